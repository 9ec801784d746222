/**
Paths → report files. A named file is taken whatever its extension (the user
chose it); folders are searched recursively for report extensions.

Synchronous on purpose, as reading is (read-document.ts): a walk is one
realpath and one readdir per folder, and awaiting each in turn left this thread
idle between them. The benchmark's 30,000 files in 361 folders: 0.44 s awaited
with join() per entry, 0.21 s awaited without it, 0.12 s synchronously.
*/
import {type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync} from 'node:fs';
import {join} from 'node:path';

import {reasonForError, reasons} from './reasons.js';

export type Skip = {
	readonly file: string;
	readonly reason: string;
};

export type Found = {
	readonly files: string[];
	/**
	Each file's real path, to tell a file reached twice (a folder and a file in it,
	a link). Found without a syscall per file: a plain entry's is its folder's real
	path (taken on entering it) and its name; only links are resolved one by one.
	*/
	readonly keys: string[];
	readonly errors: Skip[];
};

export type WalkOptions = {
	/** Told the number of report files found so far, as the walk finds them: a large load can get ready early. */
	readonly onFound?: (count: number) => void;
};

export const reportExtension = /\.(?:txt|md|html?)$/i;

/** stat's error, told apart: a dangling link is not the same mistake as a typo. */
function missingReason(path: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') {
		const link = tryOr(() => lstatSync(path), null);
		if (link?.isSymbolicLink()) {
			return reasons.brokenLink;
		}
	}

	return reasonForError(error);
}

function tryOr<T, F>(run: () => T, fallback: F): T | F {
	try {
		return run();
	} catch {
		return fallback;
	}
}

type Walk = {
	readonly files: string[];
	readonly keys: string[];
	readonly errors: Skip[];
	/** Real paths of folders entered, so links back up the tree end instead of looping. */
	readonly visited: Set<string>;
	readonly onFound?: (count: number) => void;
};

/**
What join(folder, name) puts before a plain name: '' for '.', 'seeds/' for 'seeds'
or './seeds/'. An entry's name is one plain segment (never . or .., never a
separator), so its path is this and the name, without normalising the whole path
again per entry as join() does.
*/
function prefixOf(folder: string): string {
	return join(folder, 'x').slice(0, -1);
}

function enter(folder: string, walk: Walk): boolean {
	const real = tryOr(() => realpathSync.native(folder), folder);
	if (walk.visited.has(real)) {
		return true;
	}

	walk.visited.add(real);
	let entries: Dirent[];
	try {
		entries = readdirSync(folder, {withFileTypes: true});
	} catch (error) {
		walk.errors.push({file: folder, reason: reasonForError(error)});
		return false;
	}

	const within = prefixOf(folder);
	const realWithin = prefixOf(real);
	for (const entry of entries) {
		// Dot folders (.git) and dot files (._朝阳区.txt from macOS) are never reports.
		if (entry.name.startsWith('.')) {
			continue;
		}

		const path = within + entry.name;
		let kind: Dirent | Stats = entry;
		let key = realWithin + entry.name;
		if (entry.isSymbolicLink()) {
			key = tryOr(() => realpathSync.native(path), path);
			try {
				kind = statSync(path);
			} catch (error) {
				walk.errors.push({file: path, reason: missingReason(path, error)});
				continue;
			}
		}

		if (kind.isDirectory()) {
			enter(path, walk);
		} else if (reportExtension.test(entry.name)) {
			if (kind.isFile()) {
				walk.files.push(path);
				walk.keys.push(key);
			} else {
				// A FIFO, socket or device named like a report: reading it would block or never end, and
				// passing it over in silence would let --strict pass a folder it did not read whole.
				walk.errors.push({file: path, reason: reasons.notRegular});
			}
		}
	}

	walk.onFound?.(walk.files.length);
	return true;
}

/** Never throws: every problem becomes a skip naming the path. */
export async function findReports(path: string, options: WalkOptions = {}): Promise<Found> {
	let info: Stats;
	try {
		info = statSync(path);
	} catch (error) {
		return {files: [], keys: [], errors: [{file: path, reason: missingReason(path, error)}]};
	}

	if (info.isFile()) {
		return {files: [path], keys: [tryOr(() => realpathSync.native(path), path)], errors: []};
	}

	if (!info.isDirectory()) {
		// A FIFO or device would block or never end.
		return {files: [], keys: [], errors: [{file: path, reason: reasons.notRegular}]};
	}

	const walk: Walk = {files: [], keys: [], errors: [], visited: new Set(), onFound: options.onFound};
	try {
		const readable = enter(path, walk);
		if (readable && walk.files.length === 0) {
			walk.errors.push({file: path, reason: reasons.noReports});
		}
	} catch (error) {
		walk.errors.push({file: path, reason: reasonForError(error)});
	}

	// Plain code-unit order: the same on every machine, whatever the locale.
	const order = walk.files.map((_, index) => index).sort((a, b) => (walk.files[a]! < walk.files[b]! ? -1 : walk.files[a]! > walk.files[b]! ? 1 : 0));
	return {files: order.map(index => walk.files[index]!), keys: order.map(index => walk.keys[index]!), errors: walk.errors};
}
