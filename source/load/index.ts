/**
Files → documents. Users point rol-dash at folders of reports saved from
government sites over the years: any encoding, HTML or text, some broken. Every
file either loads or is skipped with one short reason; loading never throws.
Which files to read, and in what order, is the corpus plan's (corpus/plan.ts).
*/
import {Buffer} from 'node:buffer';
import {type Document, type LoadError, toDocument} from './document.js';
import {reasonForError, tooLargeStream} from './reasons.js';

export type {Document, LoadError} from './document.js';
export type {Encoding} from './decode.js';
export {decodeBytes} from './decode.js';
export {hintsFromName} from './hints.js';
export {htmlToText} from './html.js';
export {reasons} from './reasons.js';
export {toDocument} from './document.js';
export {readDocument} from './read-document.js';

export type LoadOptions = {
	/** Files larger than this are skipped; default 20 MB. */
	readonly maxBytes?: number;
	/** What `-` reads; default process.stdin. */
	readonly stdin?: AsyncIterable<Uint8Array | string>;
};

export const defaultMaxBytes = 20 * 1024 * 1024;
/** The `file` of a document read from stdin. */
export const stdinName = '<stdin>';

/** Standard input (or any stream) → a document, or why it cannot be one; reads at most `maxBytes`. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Document | LoadError> {
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
