/**
Paths → the work to do, in load order: report files still to read and parse, and
outcomes already known (a folder that could not be read, stdin). The same walk,
de-duplication and reasons as loadPaths, so the order and the errors match it.
*/
import {type LoadOptions, loadPaths, reasons, stdinName} from '../load/index.js';
import {reasonForError} from '../load/reasons.js';
import {findReports} from '../load/walk.js';
import {type Outcome, parseDocument} from './outcome.js';

export type Item = {readonly file: string} | {readonly outcome: Outcome};

async function readStdin(options: LoadOptions): Promise<Outcome> {
	const {documents, errors} = await loadPaths(['-'], options);
	const document = documents[0];
	return document ? parseDocument(document) : {skipped: errors[0] ?? {file: stdinName, reason: reasons.empty}, stage: 'load'};
}

export async function planPaths(paths: readonly string[], options: LoadOptions = {}): Promise<Item[]> {
	const items: Item[] = [];
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
			const found = await findReports(path);
			items.push(...found.errors.map(skipped => ({outcome: {skipped, stage: 'load' as const}})));
			found.files.forEach((file, index) => {
				const key = found.keys[index]!;
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
