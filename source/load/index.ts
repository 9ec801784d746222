/**
Files → documents. A minimal first version: UTF-8 text files and folders of them.
(Encodings, HTML, limits and safety come with the loader issue.)
*/
import {readdir, readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';

import type {Hints} from '../parse/types.js';

export type Document = {
	readonly file: string;
	readonly text: string;
	readonly hints: Hints;
};

export type LoadError = {
	readonly file: string;
	readonly reason: string;
};

export type Loaded = {
	readonly documents: Document[];
	readonly errors: LoadError[];
};

const reportExtensions = /\.(txt|md|html?)$/i;

export async function loadPaths(paths: readonly string[]): Promise<Loaded> {
	const documents: Document[] = [];
	const errors: LoadError[] = [];
	for (const path of paths) {
		try {
			const info = await stat(path);
			const files = info.isDirectory() ? (await readdir(path, {recursive: true})).filter(name => reportExtensions.test(name)).sort().map(name => join(path, name)) : [path];
			for (const file of files) {
				documents.push({file, text: await readFile(file, 'utf8'), hints: {}});
			}
		} catch (error) {
			errors.push({file: path, reason: (error as NodeJS.ErrnoException).code ?? String(error)});
		}
	}

	return {documents, errors};
}
