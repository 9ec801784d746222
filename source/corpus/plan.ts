/**
Paths → the work to do, in load order: report files still to settle, standard input
read once, and paths that could not be walked. A folder is searched in sorted order,
and a file reached twice (a folder and a file in it, or a link) is settled once.
*/
import {type Document, type LoadError, type LoadOptions, defaultMaxBytes, readStream, reasons, stdinName} from '../load/index.js';
import {reasonForError} from '../load/reasons.js';
import {findReports, type WalkOptions} from '../load/walk.js';

export type Item =
	| {readonly file: string}
	/** Standard input, read already: it cannot be read again. */
	| {readonly document: Document}
	| {readonly skipped: LoadError};

/** `onFound` is told the report files found so far over all the paths, duplicates included. */
export async function planPaths(paths: readonly string[], options: LoadOptions & WalkOptions = {}): Promise<Item[]> {
	const items: Item[] = [];
	let found = 0;
	const seen = new Set<string>();
	let stdinRead = false;
	for (const path of paths) {
		if (path === '-') {
			// A second read would see an exhausted stream and report it as empty.
			const read = stdinRead
				? {file: stdinName, reason: reasons.stdinTwice}
				: await readStream(options.stdin ?? process.stdin, options.maxBytes ?? defaultMaxBytes);
			items.push('reason' in read ? {skipped: read} : {document: read});
			stdinRead = true;
			continue;
		}

		try {
			const before = found;
			const reports = await findReports(path, {onFound: count => options.onFound?.(before + count)});
			found += reports.files.length;
			items.push(...reports.errors.map(skipped => ({skipped})));
			reports.files.forEach((file, index) => {
				const key = reports.keys[index]!;
				if (!seen.has(key)) {
					seen.add(key);
					items.push({file});
				}
			});
		} catch (error) {
			// Every step above reports its own failures; this only keeps one path from ending the run.
			items.push({skipped: {file: path, reason: reasonForError(error)}});
		}
	}

	return items;
}
