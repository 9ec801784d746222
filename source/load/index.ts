/**
Paths → documents. Users point rol-dash at folders of reports saved from
government sites over the years: any encoding, HTML or text, some broken. Every
file either loads or is skipped with one short reason; loading never throws.
*/
import {Buffer} from 'node:buffer';
import process from 'node:process';

import {type Document, type LoadError, toDocument} from './document.js';
import {reasonForError, reasons, tooLargeStream} from './reasons.js';
import {readDocument} from './read-document.js';
import {findReports} from './walk.js';

export type {Document, LoadError} from './document.js';
export type {Encoding} from './decode.js';
export {decodeBytes} from './decode.js';
export {hintsFromName} from './hints.js';
export {htmlToText} from './html.js';
export {reasons} from './reasons.js';
export {toDocument} from './document.js';
export {readDocument} from './read-document.js';

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
			for (const [index, file] of found.files.entries()) {
				const key = found.keys[index]!;
				if (!seen.has(key)) {
					seen.add(key);
					fresh.push(file);
				}
			}

			for (const file of fresh) {
				collect(readDocument(file, maxBytes));
			}
		} catch (error) {
			// Every step above reports its own failures; this only keeps one path from ending the run.
			errors.push({file: path, reason: reasonForError(error)});
		}
	}

	return {documents, errors};
}
