/**
How a shelf (one load's cached reports, shelf.ts) is laid out in its file, so that
a damaged one is told by its bytes, never trusted:

	head     "rol-dash shelf\n" and the layout's version (u32)
	records  each: length (u32), CRC-32 of the payload (u32), payload
	index    JSON: the parser's version, what was kept, and each file's stamp and record
	tail     where the index starts (f64) and its length (u32), its CRC-32 (u32), "shelf end\n"

A file cut short has no tail; one written by another version of rol-dash says so
in its head or its index; a record torn or overwritten fails its CRC and only that
file is parsed again. Pure: bytes in, bytes or null out.
*/
import {createHash} from 'node:crypto';
import zlib from 'node:zlib';

/** Bumped when this layout or what a record holds changes. */
export const layoutVersion = 2;

const headMagic = Buffer.from('rol-dash shelf\n');
export const headBytes = headMagic.length + 4;
const tailMagic = Buffer.from('shelf end\n');
export const tailBytes = 8 + 4 + 4 + tailMagic.length;
export const recordHeadBytes = 8;

/** zlib.crc32 came in Node 20.15; before it, the first four bytes of a SHA-1 check as well. */
export const crc32 = (bytes: Uint8Array): number => (typeof zlib.crc32 === 'function' ? zlib.crc32(bytes) : createHash('sha1').update(bytes).digest().readUInt32LE(0));

export function head(): Buffer {
	const bytes = Buffer.alloc(headBytes);
	headMagic.copy(bytes);
	bytes.writeUInt32LE(layoutVersion, headMagic.length);
	return bytes;
}

export const isHead = (bytes: Buffer): boolean => bytes.length === headBytes && bytes.subarray(0, headMagic.length).equals(headMagic) && bytes.readUInt32LE(headMagic.length) === layoutVersion;

export function recordHead(payload: Uint8Array): Buffer {
	const bytes = Buffer.alloc(recordHeadBytes);
	bytes.writeUInt32LE(payload.length, 0);
	bytes.writeUInt32LE(crc32(payload), 4);
	return bytes;
}

/** The payload of a record read with its head, or null when its length or CRC says it is not what was written. */
export function payloadOf(record: Buffer, length: number): Buffer | null {
	if (record.length !== recordHeadBytes + length || record.readUInt32LE(0) !== length) {
		return null;
	}

	const payload = record.subarray(recordHeadBytes);
	return crc32(payload) === record.readUInt32LE(4) ? payload : null;
}

export function tail(indexAt: number, index: Uint8Array): Buffer {
	const bytes = Buffer.alloc(tailBytes);
	bytes.writeDoubleLE(indexAt, 0);
	bytes.writeUInt32LE(index.length, 8);
	bytes.writeUInt32LE(crc32(index), 12);
	tailMagic.copy(bytes, 16);
	return bytes;
}

export type Tail = {readonly indexAt: number; readonly length: number; readonly crc: number};

/** Where the index is, if the tail is whole and points inside a file of this size. */
export function readTail(bytes: Buffer, fileSize: number): Tail | null {
	if (bytes.length !== tailBytes || !bytes.subarray(16).equals(tailMagic)) {
		return null;
	}

	const indexAt = bytes.readDoubleLE(0);
	const length = bytes.readUInt32LE(8);
	return Number.isSafeInteger(indexAt) && indexAt >= headBytes && indexAt + length + tailBytes === fileSize ? {indexAt, length, crc: bytes.readUInt32LE(12)} : null;
}
