/**
What parseReport tells the explain trace as it reads, when asked (ParseOptions.trace).
Parsing without a trace builds none of this.
*/
import type {Rule} from '../facts/rule.js';
import type {Weakness} from '../facts/outranked.js';
import type {Words} from '../facts/words.js';
import type {QuantitySink} from '../quantities/sink.js';
import type {Fact, Quantity} from '../types.js';
import type {ExclusionKind} from './reasons.js';

/** A sentence as read: its line, where it starts in the line, its text as read and as shown. */
export type TracedSentence = {
	readonly line: number;
	readonly start: number;
	/** Width-folded and simplified: what the parsers and rules read. */
	readonly read: string;
	/** The line as shown, for the expressions' text. */
	readonly display: string;
};

/** One quantity and what parseReport made of it. */
export type TracedQuantity = {
	readonly quantity: Quantity;
	readonly words: Words;
	/** The words of the figure before it in the sentence, whose subject it may carry. */
	readonly previous: Words | undefined;
	/** Set aside before any rule was tried (a plan, another year's figure), or null. */
	readonly excluded: ExclusionKind | null;
	/** The rule classify chose; null for a figure. */
	readonly rule: Rule | null;
	/** The section path. */
	readonly section: string;
	/** The year heading the table column it stands in when that is not the year under review (table-columns.ts), else null. */
	readonly columnYear: number | null;
};

export type ParseTrace = {
	/** A sentence about to be read; the sink hears the number expressions its quantities leave out. */
	sentence(sentence: TracedSentence): QuantitySink;
	/** A quantity of the last sentence given, once decided. */
	quantity(traced: TracedQuantity): void;
	/** A fact read earlier, set aside once the report was read: `by` counts its indicator more strongly. */
	outranked?(quantity: Quantity, by: Fact, weakness: Weakness): void;
	/** What decided the report's district and year, heard once before its first sentence. */
	metadata?(reasons: MetadataReasons): void;
};

export type MetadataReasons = {readonly district: string; readonly year: string};
