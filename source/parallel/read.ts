/**
One report file → its outcome: read, decode, parse. The steps and reasons are
those of loadPaths (source/load), one file at a time, so a worker can run them
without holding the whole corpus's text.

Synchronous on purpose: for thousands of small files, promise-based open, stat,
read and close cost four times the CPU of the calls themselves (measured: 3,000
files, 0.7 s against 0.15 s), and a worker has nothing else to do meanwhile.
*/
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';

import {type Document, type LoadError, hintsFromName, reasons, toDocument} from '../load/index.js';
import {reasonForError, tooLarge} from '../load/reasons.js';
import {type Outcome, parseDocument} from './outcome.js';

export function readDocument(file: string, maxBytes: number): Document | LoadError {
	let fd: number | undefined;
	try {
		// One descriptor for stat and read, so the size checked is the file read.
		fd = openSync(file, 'r');
		const info = fstatSync(fd);
		if (!info.isFile()) {
			return {file, reason: reasons.notRegular};
		}

		if (info.size > maxBytes) {
			return {file, reason: tooLarge(info.size, maxBytes)};
		}

		return toDocument(file, readFileSync(fd), hintsFromName(file));
	} catch (error) {
		return {file, reason: reasonForError(error)};
	} finally {
		if (fd !== undefined) {
			try {
				closeSync(fd);
			} catch {}
		}
	}
}

export function settleFile(file: string, maxBytes: number): Outcome {
	const document = readDocument(file, maxBytes);
	return 'reason' in document ? {skipped: document, stage: 'load'} : parseDocument(document);
}
