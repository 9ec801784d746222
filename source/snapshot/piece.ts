/**
A streamed export's share of one report, made where the report is parsed (a worker,
or this thread): the text the export writes for it, and a sketch of the report from
which the writer decides, once every report has been parsed, the order and what
depends on the other reports (duplicates, headlines). The report itself is then let go.
*/
// The model's modules, not its index: a start from the bundled reports loads only what an export uses.
import type {Filters} from '../model/filters.js';
import type {Report, ReportSummary} from '../parse/types.js';
import type {Sourced} from '../review/decision.js';
import {reviewContext, reviewReport, type ReviewContext} from '../review/reviewed-reports.js';
import type {ReviewTally} from '../review/orphans.js';
import {csvPiece} from './csv.js';
import {citedPath} from './paths.js';
import {jsonPiece} from './json.js';
import type {ExportFormat} from './names.js';

/** What every report's piece is made with: known before the corpus is (district and year filters are applied by the writer). */
export type PieceSpec = {
	readonly format: ExportFormat;
	readonly cwd?: string;
	/** The indicator and area filters, which narrow each report's facts. */
	readonly filters?: Pick<Filters, 'indicator' | 'area'>;
	/** The review files' decisions, applied to each report before its piece is made. */
	readonly review?: readonly Sourced[];
};

/** What the writer knows of a report without it: enough to order, filter and flag it, and to name it in a note. */
export type Sketch = Pick<ReportSummary, 'file' | 'district' | 'year' | 'origin'> & {
	readonly factCount: number;
	/** csv: the indicators the report states, each with its headline. */
	readonly stated?: readonly string[];
	/**
	csv: the values it derives for other years, as [indicator, year], in the order of its facts. Those the
	indicator filters keep are its rows' derived cells, in this order.
	*/
	readonly derivations?: ReadonlyArray<readonly [string, number]>;
	/** csv: where its rows' cells are that depend on other reports (csvPiece). */
	readonly cells?: Uint32Array;
	/** The spec's decisions about this report (by their place in `review`): those applied, those whose number is gone. */
	readonly reviewed?: ReviewTally;
};

/**
The text in UTF-8, made where the report is parsed: a worker hands the bytes over rather than copying a string.
A piece read back from a cache says where its bytes are in the cache's file, so they are read from there when
written out rather than copied aside first.
*/
export type Piece = {readonly sketch: Sketch; readonly bytes: Uint8Array; readonly stored?: {readonly fd: number; readonly at: number}};

const contexts = new WeakMap<readonly Sourced[], ReviewContext>();

/** The spec's decisions indexed once per spec (a worker is handed the spec once). */
function contextOf(review: readonly Sourced[]): ReviewContext {
	let context = contexts.get(review);
	if (context === undefined) {
		context = reviewContext(review);
		contexts.set(review, context);
	}

	return context;
}

export function pieceOf(parsed: Report, {format, cwd, filters = {}, review}: PieceSpec): Piece {
	const {report, tally} = review === undefined || review.length === 0
		? {report: parsed}
		: reviewReport(parsed, contextOf(review), {file: citedPath(parsed.file, cwd), code: parsed.district.code, year: parsed.year});
	const {file, district, year, origin} = report;
	const sketch: Sketch = {file, district, year, origin, factCount: report.facts.length, ...(tally === undefined ? {} : {reviewed: tally})};
	if (format !== 'csv') {
		return {sketch, bytes: new TextEncoder().encode(jsonPiece(report, {cwd, filters, lines: format === 'jsonl'}))};
	}

	const {bytes, cells, stated, derivations} = csvPiece(report, {filters, cwd});
	return {
		sketch: {...sketch, stated: [...stated.keys()], derivations: derivations.map(({indicator, year}) => [indicator, year] as const), cells},
		bytes,
	};
}

/** What a worker hands over rather than copies when it posts a piece. */
export const transferOf = (piece: Piece): ArrayBuffer[] => [piece.bytes.buffer as ArrayBuffer, ...(piece.sketch.cells ? [piece.sketch.cells.buffer as ArrayBuffer] : [])];
