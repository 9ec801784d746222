/**
What a shelf's record holds of a file: what its load keeps (keep.ts), in the form a
worker sends it, so a cached report comes back as a decoded one from a worker does
and the load cannot tell which it was.

Reports and summaries: the JSON text a worker posts (wire.ts), or, parsed here, the
outcome as JSON. An export's piece: its sketch as JSON (the cells' offsets as an
array) after its length, then the piece's bytes as written.
*/
import type {Piece, Sketch} from '../../snapshot/piece.js';
import type {Outcome} from '../outcome.js';

/**
JSON text as UTF-16: a report's text is mostly Chinese, three bytes a character in UTF-8 and two here, and
UTF-16 is how V8 holds it, so reading it back is a copy where UTF-8 is a decode (docs/performance.md).
*/
export const jsonRecord = (text: string): Uint8Array => Buffer.from(text, 'utf16le');
export const jsonOfRecord = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf16le');

type SketchJson = Omit<Sketch, 'cells'> & {readonly cells?: number[]};

export function pieceRecord(outcome: Outcome<Piece>): Uint8Array {
	const head = 'report' in outcome
		? {sketch: {...outcome.report.sketch, cells: outcome.report.sketch.cells ? [...outcome.report.sketch.cells] : undefined} satisfies SketchJson}
		: outcome;
	const json = Buffer.from(JSON.stringify(head), 'utf8');
	const bytes = 'report' in outcome ? outcome.report.bytes : new Uint8Array(0);
	const record = Buffer.allocUnsafe(4 + json.length + bytes.length);
	record.writeUInt32LE(json.length, 0);
	json.copy(record, 4);
	record.set(bytes, 4 + json.length);
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
	const head = JSON.parse(buffer.toString('utf8', 4, 4 + length)) as {sketch: SketchJson} | Outcome<Piece>;
	if (!('sketch' in head)) {
		return head;
	}

	const {cells, ...sketch} = head.sketch;
	const piece = {sketch: cells === undefined ? sketch : {...sketch, cells: Uint32Array.from(cells)}, bytes: record.subarray(4 + length)};
	return {report: stored ? {...piece, stored: {fd: stored.lend(), at: stored.at + 4 + length}} : piece};
}
