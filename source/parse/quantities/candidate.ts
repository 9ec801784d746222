/** What a quantity parser proposes before the refiners decide. */
export type Candidate = {
	index: number;
	end: number;
	value: number;
	unit: string;
	approx: boolean;
	/** A year-on-year change: its values attach to the figures before it. */
	change?: {kind: 'pct' | 'pp'; values: number[]; respectively: boolean};
	/** Set by a refiner when the number is a name, not a quantity: which kind of name (explain/ says it). */
	name?: NameKind;
};

/** In quotes or title marks (“六个到位”, 《…20条》), after 第 (第3次), or a duration naming a service (15分钟…圈). */
export type NameKind = 'quoted' | 'ordinal' | 'slogan';

/** A small parser: one pattern, one extract function (the chrono shape). */
export type QuantityParser = {
	readonly name: string;
	/** Global. Run straight on a sentence: a sentence without a match fails as fast as a pre-test would. */
	readonly pattern: RegExp;
	/** When set, a sentence where this does not match is not read by the parser at all. */
	readonly hint?: RegExp;
	/** With a hint: the characters every match of it opens with, where a line is searched for it (parsersFor). */
	readonly hintStarts?: string;
	/**
	When set, every match holds one of these strings: a sentence holding none is not read. A string search is
	far cheaper than a failing exec, and most sentences hold no percentage or comparison.
	*/
	readonly needs?: readonly string[];
	extract(match: RegExpExecArray, text: string): Candidate | null;
};
