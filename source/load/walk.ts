/**
Paths → report files. A named file is taken whatever its extension (the user
chose it); folders are searched recursively for report extensions.
*/
import type {Dirent, Stats} from 'node:fs';
import {lstat, readdir, realpath, stat} from 'node:fs/promises';
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

export const reportExtension = /\.(?:txt|md|html?)$/i;

/** stat's error, told apart: a dangling link is not the same mistake as a typo. */
async function missingReason(path: string, error: unknown): Promise<string> {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') {
		const link = await lstat(path).catch(() => null);
		if (link?.isSymbolicLink()) {
			return reasons.brokenLink;
		}
	}

	return reasonForError(error);
}

type Walk = {
	readonly files: string[];
	readonly keys: string[];
	readonly errors: Skip[];
	/** Real paths of folders entered, so links back up the tree end instead of looping. */
	readonly visited: Set<string>;
};

async function enter(folder: string, walk: Walk): Promise<boolean> {
	const real = await realpath(folder).catch(() => folder);
	if (walk.visited.has(real)) {
		return true;
	}

	walk.visited.add(real);
	let entries: Dirent[];
	try {
		entries = await readdir(folder, {withFileTypes: true});
	} catch (error) {
		walk.errors.push({file: folder, reason: reasonForError(error)});
		return false;
	}

	for (const entry of entries) {
		// Dot folders (.git) and dot files (._朝阳区.txt from macOS) are never reports.
		if (entry.name.startsWith('.')) {
			continue;
		}

		const path = join(folder, entry.name);
		let kind: Dirent | Stats = entry;
		let key = join(real, entry.name);
		if (entry.isSymbolicLink()) {
			key = await realpath(path).catch(() => path);
			try {
				kind = await stat(path);
			} catch (error) {
				walk.errors.push({file: path, reason: await missingReason(path, error)});
				continue;
			}
		}

		if (kind.isDirectory()) {
			await enter(path, walk);
		} else if (kind.isFile() && reportExtension.test(entry.name)) {
			walk.files.push(path);
			walk.keys.push(key);
		}
	}

	return true;
}

/** Never throws: every problem becomes a skip naming the path. */
export async function findReports(path: string): Promise<Found> {
	let info: Stats;
	try {
		info = await stat(path);
	} catch (error) {
		return {files: [], keys: [], errors: [{file: path, reason: await missingReason(path, error)}]};
	}

	if (info.isFile()) {
		return {files: [path], keys: [await realpath(path).catch(() => path)], errors: []};
	}

	if (!info.isDirectory()) {
		// A FIFO or device would block or never end.
		return {files: [], keys: [], errors: [{file: path, reason: reasons.notRegular}]};
	}

	const walk: Walk = {files: [], keys: [], errors: [], visited: new Set()};
	try {
		const readable = await enter(path, walk);
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
