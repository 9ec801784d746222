/**
Paths → the work to do, in load order: report files still to read and parse, and
outcomes already known (a folder that could not be read, stdin). The same walk,
de-duplication and reasons as loadPaths, so the order and the errors match it.
*/
import {type LoadOptions, loadPaths, reasons, stdinName} from '../load/index.js';
import {reasonForError} from '../load/reasons.js';
import {findReports, type WalkOptions} from '../load/walk.js';
import {type Outcome, parseDocument} from './outcome.js';

export type Item = {readonly file: string} | {readonly outcome: Outcome};

async function readStdin(options: LoadOptions): Promise<Outcome> {
	const {documents, errors} = await loadPaths(['-'], options);
	const document = documents[0];
	return document ? parseDocument(document) : {skipped: errors[0] ?? {file: stdinName, reason: reasons.empty}, stage: 'load'};
}

/** `onFound` is told the report files found so far over all the paths, duplicates included. */
export async function planPaths(paths: readonly string[], options: LoadOptions & WalkOptions = {}): Promise<Item[]> {
	const items: Item[] = [];
	let found = 0;
	const seen = new Set<string>();
	let stdinRead = false;
	for (const path of paths) {
		if (path === '-') {
			// A second read would see an exhausted stream and report it as empty.
			items.push({outcome: stdinRead ? {skipped: {file: stdinName, reason: reasons.stdinTwice}, stage: 'load'} : await readStdin(options)});
			stdinRead = true;
			continue;
		}

		try {
			const before = found;
			const reports = await findReports(path, {onFound: count => options.onFound?.(before + count)});
			found += reports.files.length;
			items.push(...reports.errors.map(skipped => ({outcome: {skipped, stage: 'load' as const}})));
			reports.files.forEach((file, index) => {
				const key = reports.keys[index]!;
				if (!seen.has(key)) {
					seen.add(key);
					items.push({file});
				}
			});
		} catch (error) {
			items.push({outcome: {skipped: {file: path, reason: reasonForError(error)}, stage: 'load'}});
		}
	}

	return items;
}
