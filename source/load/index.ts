/**
Paths → documents. Users point rol-dash at folders of reports saved from
government sites over the years: any encoding, HTML or text, some broken. Every
file either loads or is skipped with one short reason; loading never throws.
*/
import {Buffer} from 'node:buffer';
import {open, realpath} from 'node:fs/promises';
import process from 'node:process';

import {type Document, type LoadError, toDocument} from './document.js';
import {hintsFromName} from './hints.js';
import {reasonForError, reasons, tooLarge, tooLargeStream} from './reasons.js';
import {findReports} from './walk.js';

export type {Document, LoadError} from './document.js';
export type {Encoding} from './decode.js';
export {decodeBytes} from './decode.js';
export {hintsFromName} from './hints.js';
export {htmlToText} from './html.js';
export {reasons} from './reasons.js';
export {toDocument} from './document.js';

export type Loaded = {
	readonly documents: Document[];
	readonly errors: LoadError[];
};

export type LoadOptions = {
	/** Files larger than this are skipped; default 20 MB. */
	readonly maxBytes?: number;
	/** What `-` reads; default process.stdin. */
	readonly stdin?: AsyncIterable<Uint8Array | string>;
};

export const defaultMaxBytes = 20 * 1024 * 1024;
/** The `file` of a document read from stdin. */
export const stdinName = '<stdin>';

// Enough reads in flight to keep the disk busy while the previous file is decoded.
const concurrency = 4;

async function loadFile(file: string, maxBytes: number): Promise<Document | LoadError> {
	let handle;
	try {
		// One open handle for stat and read, so the size checked is the file read.
		handle = await open(file, 'r');
		const info = await handle.stat();
		if (!info.isFile()) {
			return {file, reason: reasons.notRegular};
		}

		if (info.size > maxBytes) {
			return {file, reason: tooLarge(info.size, maxBytes)};
		}

		return toDocument(file, await handle.readFile(), hintsFromName(file));
	} catch (error) {
		return {file, reason: reasonForError(error)};
	} finally {
		await handle?.close().catch(() => undefined);
	}
}

async function loadStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Document | LoadError> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for await (const chunk of stream) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += bytes.byteLength;
			if (size > maxBytes) {
				return {file: stdinName, reason: tooLargeStream(maxBytes)};
			}

			chunks.push(bytes);
		}
	} catch (error) {
		return {file: stdinName, reason: reasonForError(error)};
	}

	return toDocument(stdinName, Buffer.concat(chunks), {});
}

/** Results in the order of `items`, at most `limit` running at once. */
async function mapOrdered<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = Array.from({length: items.length});
	let next = 0;
	const worker = async (): Promise<void> => {
		for (let index = next++; index < items.length; index = next++) {
			results[index] = await task(items[index]!);
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	return results;
}

/**
Loads report files and folders (searched recursively for .txt .md .html .htm,
in sorted order); `-` reads one report from `options.stdin`. A file reached
twice (a folder and a file in it, or a link) loads once. Never throws.
*/
export async function loadPaths(paths: readonly string[], options: LoadOptions = {}): Promise<Loaded> {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const documents: Document[] = [];
	const errors: LoadError[] = [];
	const seen = new Set<string>();
	let stdinRead = false;
	const collect = (result: Document | LoadError): void => {
		if ('reason' in result) {
			errors.push(result);
		} else {
			documents.push(result);
		}
	};

	for (const path of paths) {
		if (path === '-') {
			// A second read would see an exhausted stream and report it as empty.
			collect(stdinRead ? {file: stdinName, reason: reasons.stdinTwice} : await loadStream(options.stdin ?? process.stdin, maxBytes));
			stdinRead = true;
			continue;
		}

		try {
			const found = await findReports(path);
			errors.push(...found.errors);
			const fresh: string[] = [];
			for (const file of found.files) {
				const key = await realpath(file).catch(() => file);
				if (!seen.has(key)) {
					seen.add(key);
					fresh.push(file);
				}
			}

			for (const result of await mapOrdered(fresh, concurrency, file => loadFile(file, maxBytes))) {
				collect(result);
			}
		} catch (error) {
			// Every step above reports its own failures; this only keeps one path from ending the run.
			errors.push({file: path, reason: reasonForError(error)});
		}
	}

	return {documents, errors};
}
