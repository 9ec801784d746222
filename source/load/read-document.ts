/**
One report file → a document or the reason it cannot be one.

Synchronous on purpose: for thousands of small files, promise-based open, stat,
read and close cost four times the CPU of the calls themselves (measured: 3,000
files, 0.7 s against 0.15 s), and both callers (loadPaths and the parse workers)
have nothing else to do meanwhile.
*/
import {closeSync, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import {type Document, type LoadError, toDocument} from './document.js';
import {hintsFromName} from './hints.js';
import {reasonForError, reasons, tooLarge} from './reasons.js';

/**
One buffer per thread, reused for every file it reads: a new buffer per file is memory
never touched before, which on the machines measured here costs more than the read
(3,000 files: read() 610 ms with a buffer each). Documents hold decoded text, never
these bytes.
*/
let scratch = Buffer.allocUnsafeSlow(1 << 16);

/** Files larger than this get a buffer of their own, so one big file does not keep megabytes alive. */
const reuseUpTo = 1 << 20;

function bufferFor(size: number): Buffer {
	if (size > reuseUpTo) {
		return Buffer.allocUnsafeSlow(size);
	}

	if (scratch.length < size) {
		scratch = Buffer.allocUnsafeSlow(Math.min(reuseUpTo, Math.max(size, scratch.length * 2)));
	}

	return scratch;
}

function readBytes(fd: number, size: number): Uint8Array {
	const buffer = bufferFor(size);
	let read = 0;
	while (read < size) {
		const count = readSync(fd, buffer, read, size - read, read);
		if (count === 0) {
			break;
		}

		read += count;
	}

	return buffer.subarray(0, read);
}

/** Told the file's stat and the bytes read through the same descriptor, before they are decoded (corpus/cache stamps them). */
export type OnRead = (info: Stats, bytes: Uint8Array) => void;

export function readDocument(file: string, maxBytes: number, onRead?: OnRead): Document | LoadError {
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

		// The size checked is the size read.
		const bytes = readBytes(fd, info.size);
		onRead?.(info, bytes);
		return toDocument(file, bytes, hintsFromName(file));
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
