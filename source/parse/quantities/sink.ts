/**
What the quantity parsers and refiners can tell about the number expressions they
set aside, for the explain trace. Parsing passes no sink: nothing is built for it.
*/
import type {Candidate, NameKind} from './candidate.js';

/** Why a candidate a parser proposed did not become a quantity. */
export type Dropped = NameKind | 'overlap';

export type QuantitySink = {
	/** A match of a parser's pattern that its extract turned down (a year, a date, a bare number…). */
	rejected(parser: string, index: number, end: number): void;
	/** A candidate a refiner set aside; for an overlap, `by` is the reading that stands. */
	dropped(candidate: Candidate, why: Dropped, by?: Candidate): void;
	/** A year-on-year change and the figures it was attached to; none when it stands as a figure of its own. */
	change(change: Candidate, targets: readonly Candidate[]): void;
};
