/**
What a load keeps of each report, decided where its file is settled (in a worker or
in this thread) so that only that crosses between threads: the report whole, its
summary (model/summary: the dashboard, text and Markdown), or an export's piece (the
text a streamed export writes for it and a sketch to order and flag it by). Workers
are told the spec, a plain value, and build the same keep from it.
*/
import {summaryOf} from '../model/summary.js';
import type {Report, ReportSummary} from '../parse/types.js';
import {type Piece, pieceOf, type PieceSpec, transferOf} from '../snapshot/piece.js';
import {jsonOfRecord, jsonRecord, pieceOfRecord, pieceRecord, type Stored} from './cache/records.js';
import type {Outcome} from './outcome.js';
import {decode, encode} from './wire.js';

export type KeepSpec =
	| {readonly kind: 'whole'}
	| {readonly kind: 'summary'}
	| {readonly kind: 'export'; readonly piece: PieceSpec};

export type Keep<Sent> = {
	/** What is kept of a report, where it was parsed. */
	readonly keep: (report: Report) => Sent;
	/**
	What is kept of a report that cannot be read again (standard input): a summary's
	details could not be read from its file later, so it stays whole.
	*/
	readonly keepOnce: (report: Report) => Sent;
	/** An outcome as a worker posts it, and as this thread takes it back. */
	readonly send: (outcome: Outcome<Sent>) => unknown;
	readonly receive: (posted: unknown) => Outcome<Sent>;
	/** What a worker hands over with it rather than copies (ArrayBuffers), if anything. */
	readonly transfer?: (kept: Sent) => ArrayBuffer[];
	/** An outcome as a shelf's record (cache/records.ts): settled here, or as a worker posted it; and back. */
	readonly record: {
		readonly here: (outcome: Outcome<Sent>) => Uint8Array;
		readonly posted: (posted: unknown) => Uint8Array;
		readonly read: (record: Uint8Array, stored?: Stored) => Outcome<Sent>;
	};
};

/** Reports and summaries cross as JSON text (wire.ts); what comes back is what was sent. */
const asJson = <R extends ReportSummary>() => ({
	send: (outcome: Outcome<R>) => encode(outcome),
	receive: (posted: unknown) => decode(posted as string) as Outcome<R>,
	record: {
		// Not encode(): it rewrites the report it is given, which this thread still holds.
		here: (outcome: Outcome<R>) => jsonRecord(JSON.stringify(outcome)),
		posted: (posted: unknown) => jsonRecord(posted as string),
		read: (record: Uint8Array) => decode(jsonOfRecord(record)) as Outcome<R>,
	},
});

/** Pieces are bytes and a small sketch: posted as they are, the bytes handed over. */
const asPosted = {
	send: (outcome: Outcome<Piece>) => outcome,
	receive: (posted: unknown) => posted as Outcome<Piece>,
	transfer: transferOf,
	record: {
		here: pieceRecord,
		posted: (posted: unknown) => pieceRecord(posted as Outcome<Piece>),
		read: pieceOfRecord,
	},
};

export function keepOf(spec: {readonly kind: 'whole'}): Keep<Report>;
export function keepOf(spec: {readonly kind: 'summary'}): Keep<ReportSummary>;
export function keepOf(spec: {readonly kind: 'export'; readonly piece: PieceSpec}): Keep<Piece>;
export function keepOf(spec: KeepSpec): Keep<Report> | Keep<ReportSummary> | Keep<Piece> {
	switch (spec.kind) {
		case 'whole': {
			return {keep: report => report, keepOnce: report => report, ...asJson<Report>()};
		}

		case 'summary': {
			return {keep: summaryOf, keepOnce: report => report, ...asJson<ReportSummary>()};
		}

		case 'export': {
			const keep = (report: Report) => pieceOf(report, spec.piece);
			return {keep, keepOnce: keep, ...asPosted};
		}
	}
}

export type Posting = {readonly posted: unknown; readonly transfer: readonly ArrayBuffer[]};

/** In a worker: a settled file's outcome as it is posted, with what the spec keeps of its report. */
export function postWith(spec: KeepSpec): (outcome: Outcome<Report>) => Posting {
	const post = <Sent>(keep: Keep<Sent>) => (outcome: Outcome<Report>): Posting => {
		const sent = kept(outcome, keep.keep);
		return {posted: keep.send(sent), transfer: 'report' in sent && keep.transfer ? keep.transfer(sent.report) : []};
	};

	switch (spec.kind) {
		case 'whole': {
			return post(keepOf(spec));
		}

		case 'summary': {
			return post(keepOf(spec));
		}

		case 'export': {
			return post(keepOf(spec));
		}
	}
}

/** An outcome with what is kept of its report, or held of what was kept. */
export function kept<From, To>(outcome: Outcome<From>, keep: (report: From) => To): Outcome<To> {
	return 'report' in outcome ? {report: keep(outcome.report)} : outcome;
}
