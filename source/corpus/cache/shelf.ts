/**
A shelf: one load's cached outcomes in one file (frame.ts), each file's record found
through the index by the path it was loaded by. Read by offset, one record at a
time, so a shelf of 30,000 reports is never in memory whole; written to a file of
its own and renamed over the old one when complete, so two rol-dash processes
writing at once leave one whole shelf or the other, and a reader that opened the old
one reads it to the end. Every failure to read is null (the files are parsed again);
failures to write throw, for the caller to drop the shelf.
*/
import {randomBytes} from 'node:crypto';
import {closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync} from 'node:fs';

import {head, headBytes, isHead, payloadOf, readTail, recordHead, recordHeadBytes, tail, tailBytes, crc32} from './frame.js';
import type {Stamp} from './stamp.js';

/** A settled file's record: its stamp and what the load kept of it, encoded (keep.ts). */
export type Shelved = {readonly stamp: Stamp; readonly record: Uint8Array};

/** What a shelf was written by and for: a shelf for anything else is not read. */
export type Label = {readonly parser: string; readonly kept: string};

/** Where a file's record is, and the file as it was parsed. */
export type Slot = {readonly stamp: Stamp; readonly at: number; readonly length: number};

type Row = [file: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, readAt: number, at: number, length: number];
type Index = Label & {readonly rows: Row[]};

export type ShelfReader = {
	readonly slots: ReadonlyMap<string, Slot>;
	/** A record's payload, valid until the next read; null if its bytes are not what was written. */
	readonly read: (slot: Slot) => Buffer | null;
	/** The shelf's descriptor, handed to whoever reads records from it later and closes it then: close() leaves it. */
	readonly lend: () => number;
	readonly close: () => void;
};

function readAt(fd: number, buffer: Buffer, position: number): boolean {
	for (let done = 0; done < buffer.length;) {
		const count = readSync(fd, buffer, done, buffer.length - done, position + done);
		if (count === 0) {
			return false;
		}

		done += count;
	}

	return true;
}

const isRow = (row: unknown): row is Row => Array.isArray(row) && row.length === 9 && typeof row[0] === 'string' && typeof row[5] === 'string'
	&& [1, 2, 3, 4, 6, 7, 8].every(k => typeof row[k] === 'number');

function slotsOf(fd: number, label: Label): Map<string, Slot> | null {
	const size = fstatSync(fd).size;
	const start = Buffer.alloc(headBytes);
	const end = Buffer.alloc(tailBytes);
	if (size < headBytes + tailBytes || !readAt(fd, start, 0) || !isHead(start) || !readAt(fd, end, size - tailBytes)) {
		return null;
	}

	const where = readTail(end, size);
	if (where === null) {
		return null;
	}

	const bytes = Buffer.alloc(where.length);
	if (!readAt(fd, bytes, where.indexAt) || crc32(bytes) !== where.crc) {
		return null;
	}

	const index = JSON.parse(bytes.toString('utf8')) as Partial<Index>;
	if (index.parser !== label.parser || index.kept !== label.kept || !Array.isArray(index.rows) || !index.rows.every(isRow)) {
		return null;
	}

	const slots = new Map<string, Slot>();
	for (const [file, size, mtimeMs, ctimeMs, ino, hash, readAt, at, length] of index.rows) {
		if (at < headBytes || at + recordHeadBytes + length > where.indexAt) {
			return null;
		}

		slots.set(file, {stamp: {size, mtimeMs, ctimeMs, ino, hash, readAt}, at, length});
	}

	return slots;
}

/** The shelf at `path` if it is whole and was written for `label`, else null. */
export function openShelf(path: string, label: Label): ShelfReader | null {
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		const slots = slotsOf(fd, label);
		if (slots === null) {
			closeSync(fd);
			return null;
		}

		const open = fd;
		let scratch = Buffer.allocUnsafeSlow(1 << 16);
		let lent = false;
		return {
			lend() {
				lent = true;
				return open;
			},
			slots,
			read(slot) {
				try {
					const size = recordHeadBytes + slot.length;
					if (scratch.length < size) {
						scratch = Buffer.allocUnsafeSlow(Math.max(size, scratch.length * 2));
					}

					const record = scratch.subarray(0, size);
					return readAt(open, record, slot.at) ? payloadOf(record, slot.length) : null;
				} catch {
					return null;
				}
			},
			close() {
				try {
					if (!lent) {
						closeSync(open);
					}
				} catch {}
			},
		};
	} catch {
		if (fd !== undefined) {
			try {
				closeSync(fd);
			} catch {}
		}

		return null;
	}
}

export type ShelfWriter = {
	readonly append: (file: string, shelved: Shelved) => void;
	/** Writes the index and puts the shelf in place of the old one. */
	readonly commit: () => void;
	/** Leaves the old shelf as it was. Never throws. */
	readonly abort: () => void;
};

/** Records are gathered and written a megabyte at a time: a write per report would be 30,000 system calls. */
const chunk = 1 << 20;

export function writeShelf(path: string, label: Label): ShelfWriter {
	const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	const fd = openSync(temporary, 'wx', 0o600);
	const rows: Row[] = [];
	const pending = Buffer.allocUnsafeSlow(chunk);
	let used = 0;
	let written = 0;
	let closed = false;
	const flush = (): void => {
		for (let at = 0; at < used;) {
			at += writeSync(fd, pending, at, used - at);
		}

		written += used;
		used = 0;
	};

	const put = (bytes: Uint8Array): void => {
		if (used + bytes.length > chunk) {
			flush();
		}

		if (bytes.length > chunk) {
			for (let at = 0; at < bytes.length;) {
				at += writeSync(fd, bytes, at, bytes.length - at);
			}

			written += bytes.length;
			return;
		}

		pending.set(bytes, used);
		used += bytes.length;
	};

	const close = (): void => {
		if (!closed) {
			closed = true;
			closeSync(fd);
		}
	};

	put(head());
	return {
		append(file, {stamp, record}) {
			const at = written + used;
			put(recordHead(record));
			put(record);
			rows.push([file, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, stamp.hash, stamp.readAt, at, record.length]);
		},
		commit() {
			const indexAt = written + used;
			const index = Buffer.from(JSON.stringify({...label, rows} satisfies Index));
			put(index);
			put(tail(indexAt, index));
			flush();
			close();
			renameSync(temporary, path);
		},
		abort() {
			try {
				close();
			} catch {}

			try {
				rmSync(temporary, {force: true});
			} catch {}
		},
	};
}
