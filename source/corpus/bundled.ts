/**
The bundled reports, parsed when the package is built (scripts/build.mjs writes
dist/bundled.json with the same parser). `npx rol-dash` with no paths starts from
them without loading the parser at all: measured, that halves the time to the
first output. The cache is used only when the folder holds exactly the files it
was built from, byte for byte (SHA-256); anything else is parsed as usual.
*/
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {Report} from '../parse/types.js';
import {sanitize} from '../text/sanitize.js';
import {type Store, wholeStore} from './store.js';

export type BundledCache = {
	readonly format: typeof cacheFormat;
	/** Every entry of the folder, in name order, with the hash of its bytes. */
	readonly files: ReadonlyArray<{readonly name: string; readonly sha256: string}>;
	/** Reports as loaded, each `file` relative to the folder. */
	readonly reports: readonly Report[];
};

export const cacheFormat = 1;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The cache for a folder and the corpus loaded from it: every file must have loaded cleanly. */
export function cacheOf(folder: string, corpus: Store<Report>): BundledCache {
	const trouble = [...corpus.errors.map(error => `${error.file}: ${error.reason}`), ...corpus.notes.map(note => `${note.file}: ${note.message}`)];
	if (trouble.length > 0 || corpus.duplicates.length > 0) {
		throw new Error(`the bundled reports must load without errors, notes or duplicates: ${trouble.join('; ') || 'duplicates'}`);
	}

	const files = readdirSync(folder).sort().map(name => ({name, sha256: sha256(readFileSync(join(folder, name)))}));
	return {format: cacheFormat, files, reports: corpus.reports.map(report => ({...report, file: relative(folder, report.file)}))};
}

function matches(folder: string, cache: BundledCache): boolean {
	const names = readdirSync(folder, {withFileTypes: true});
	if (names.length !== cache.files.length) {
		return false;
	}

	const byName = new Map(cache.files.map(file => [file.name, file.sha256]));
	return names.every(entry => entry.isFile() && byName.get(entry.name) === sha256(readFileSync(join(folder, entry.name))));
}

/** The bundled folder's reports from the cache, or null when the cache is missing, stale or unreadable. */
export function bundledStore(folder: string, cacheFile: string): Store<Report> | null {
	try {
		const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as BundledCache;
		if (cache.format !== cacheFormat || !matches(folder, cache)) {
			return null;
		}

		// File names reach the terminal: sanitised as the loader does.
		const reports = cache.reports.map(report => ({...report, file: sanitize(join(folder, report.file))}));
		return wholeStore(reports);
	} catch {
		return null;
	}
}
