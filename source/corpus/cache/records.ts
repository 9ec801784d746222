/**
What a shelf's record holds of a file: what its load keeps (keep.ts), in the form a
worker sends it, so a cached report comes back as a decoded one from a worker does
and the load cannot tell which it was.

Reports and summaries: the JSON text a worker posts (wire.ts), or, parsed here, the
outcome as JSON. An export's piece: its sketch, then the piece's bytes as written.
*/
import type {Piece, Sketch} from '../../snapshot/piece.js';
import type {Outcome} from '../outcome.js';

/**
JSON text as UTF-16: a report's text is mostly Chinese, three bytes a character in UTF-8 and two here, and
UTF-16 is how V8 holds it, so reading it back is a copy where UTF-8 is a decode (docs/performance.md).
*/
export const jsonRecord = (text: string): Uint8Array => Buffer.from(text, 'utf16le');
export const jsonOfRecord = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf16le');

/** No cells (a JSON piece's sketch has none), told apart from none found. */
const noCells = 0xFF_FF_FF_FF;

/**
An export's piece: [sketch JSON's length][sketch JSON, without its cells][cell count][cells, u32 each][bytes].
The cells as numbers in the JSON cost more to read back than the rest of the sketch (30,000 pieces).
*/
export function pieceRecord(outcome: Outcome<Piece>): Uint8Array {
	const piece = 'report' in outcome ? outcome.report : undefined;
	const {cells, ...sketch} = piece?.sketch ?? {};
	const json = Buffer.from(JSON.stringify(piece ? {sketch} : outcome), 'utf8');
	const bytes = piece?.bytes ?? new Uint8Array(0);
	const cellBytes = cells ? cells.length * 4 : 0;
	const record = Buffer.allocUnsafe(8 + json.length + cellBytes + bytes.length);
	record.writeUInt32LE(json.length, 0);
	json.copy(record, 4);
	record.writeUInt32LE(cells ? cells.length : noCells, 4 + json.length);
	if (cells) {
		record.set(new Uint8Array(cells.buffer, cells.byteOffset, cellBytes), 8 + json.length);
	}

	record.set(bytes, 8 + json.length + cellBytes);
	return record;
}

/** Where a record's payload is in its shelf; `lend` keeps the shelf open for whoever reads from it later. */
export type Stored = {readonly at: number; readonly lend: () => number};

/**
The piece's bytes are a view of `record`: hold them before the record is reused. It says where they are in the
shelf, which stays open for the export to read them from (export.ts, spool.ts).
*/
export function pieceOfRecord(record: Uint8Array, stored?: Stored): Outcome<Piece> {
	const buffer = Buffer.from(record.buffer, record.byteOffset, record.length);
	const length = buffer.readUInt32LE(0);
	const head = JSON.parse(buffer.toString('utf8', 4, 4 + length)) as {sketch: Sketch} | Outcome<Piece>;
	if (!('sketch' in head)) {
		return head;
	}

	const count = buffer.readUInt32LE(4 + length);
	const cellsAt = 8 + length;
	// Copied out: the record's buffer is reused, and a Uint32Array must start on a multiple of four.
	const cells = count === noCells ? undefined : new Uint32Array(buffer.buffer.slice(buffer.byteOffset + cellsAt, buffer.byteOffset + cellsAt + count * 4));
	const bytesAt = cellsAt + (cells ? count * 4 : 0);
	const piece = {sketch: cells ? {...head.sketch, cells} : head.sketch, bytes: record.subarray(bytesAt)};
	return {report: stored ? {...piece, stored: {fd: stored.lend(), at: stored.at + bytesAt}} : piece};
}
