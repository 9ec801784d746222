/** What a quantity parser proposes before the refiners decide. */
export type Candidate = {
	index: number;
	end: number;
	value: number;
	unit: string;
	approx: boolean;
	/** A year-on-year change: its values attach to the figures before it. */
	change?: {kind: 'pct' | 'pp'; values: number[]; respectively: boolean};
	/** Set by a refiner when the number is a name (slogan, ordinal, title), not a quantity. */
	name?: true;
};

/** A small parser: one pattern, one extract function (the chrono shape). */
export type QuantityParser = {
	readonly name: string;
	readonly pattern: RegExp;
	/** A cheap test that must pass before the full pattern is worth running. */
	readonly hint: RegExp;
	extract(match: RegExpExecArray, text: string): Candidate | null;
};
