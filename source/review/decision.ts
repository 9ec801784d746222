/**
A person's decision on one number of one report, as the review file keeps it. It is
anchored on the report's text (the number expression as written and the sentence it
sits in), never on the parser's internals, so it still finds its number after the
parser improves or the report is edited around it.
*/
/** Where decisions are read from and saved when no --review names a file: the folder rol-dash runs in. */
export const defaultReviewFile = 'rol-dash-review.csv';

export type ReviewAction = 'confirmed' | 'corrected' | 'rejected' | 'added';

export const reviewActions = ['confirmed', 'corrected', 'rejected', 'added'] as const satisfies readonly ReviewAction[];

export function isReviewAction(value: string): value is ReviewAction {
	return (reviewActions as readonly string[]).includes(value);
}

export type Decision = {
	/** The report file as the person named it when deciding (cited relative to where rol-dash ran). */
	readonly file: string;
	/** SHA-256 of the report's bytes when decided: tells whether the text has changed since. */
	readonly hash: string;
	readonly code: string | null;
	readonly year: number | null;
	readonly indicator: string;
	/** The number expression as written (`7152件`, `近200人次`). */
	readonly expression: string;
	/** 1-based line of the expression when decided: a hint among equal sentences, never the anchor. */
	readonly line: number | null;
	readonly sentence: string;
	/** The parser's value when decided; null for a fact a person added. */
	readonly original: number | null;
	readonly action: ReviewAction;
	/** The value a correction or an addition sets. */
	readonly value: number | null;
	readonly unit: string;
	readonly note: string;
	/** When decided, as written (ISO 8601 by rol-dash; a spreadsheet may rewrite it). */
	readonly time: string;
};

/** Where a decision came from: the review file and its record (1-based, the header is record 1). */
export type Sourced = {readonly decision: Decision; readonly source: string; readonly record: number};
