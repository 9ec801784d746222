/**
What became of each number expression in a report, for `rol-dash --explain` and the
tests. Every way the parser sets a number aside is one kind below, with the words
the trace prints for it: a new exclusion adds its kind here and says, where it
decides, that it applies (parseReport's `excluded`, or explain/verdict.ts for
classify's own); the text of a reason is free.
*/
export const exclusions = {
	// Numbers that are names, not amounts (quantities/: parsers and refiners).
	year: 'year',
	years: 'years',
	date: 'date',
	'document-number': 'document number',
	version: 'version label',
	identifier: 'identifier',
	'no-unit': 'no measure word',
	quoted: 'name in quotes',
	ordinal: 'ordinal',
	distributive: 'each (每/逐)',
	indefinite: 'several (数十, 几百)',
	word: 'part of a word',
	slogan: 'slogan',
	overlap: 'overlapped',
	// Quantities that are not results of the year under review (parseReport), kept as figures.
	plan: 'plan',
	'other-year': 'other year',
	// Quantities classify reads as no amount of anything an indicator counts (facts/amount.ts), as a part
	// of a total stated before them (facts/parts.ts), or as the sum of kinds of several indicators listed before 等
	// (facts/classify.ts); kept as figures too.
	change: 'change without its level',
	bound: 'bound',
	average: 'average or rate per period',
	target: 'target',
	set: 'size of a set something is one of',
	category: 'category of a breakdown',
	share: 'share of things',
	whole: 'the whole of a share',
	organisations: 'count of bodies',
	enumeration: 'enumeration',
	achievements: 'count of reforms, practices or honours',
	none: 'count said not to have happened',
	exception: 'exception (除…外)',
	start: 'where a move started (从…至)',
	range: 'the end of a range',
	'sub-total': 'sub-total',
	combined: 'sum of several indicators\' kinds',
	// A figure whose topic was only borrowed, or whose words name a lesser measure or a wider docket, beside the
	// report's count of its indicator in its own words; or one of 今年 beside the count for the year under review
	// (facts/outranked.ts).
	outranked: 'outranked by a stronger count of its indicator',
} as const satisfies Record<string, string>;

export type ExclusionKind = keyof typeof exclusions;

/** The kinds that set aside a number the parsers read as a quantity: the report keeps it among its figures. */
const quantityKinds: ReadonlySet<ExclusionKind> = new Set<ExclusionKind>(['plan', 'other-year', 'change', 'bound', 'average', 'target', 'set', 'category', 'share', 'whole', 'organisations', 'enumeration', 'achievements', 'none', 'exception', 'start', 'range', 'sub-total', 'combined', 'outranked']);

export function keptAsFigure(outcome: Outcome): boolean {
	return outcome.kind === 'figure' || (outcome.kind === 'excluded' && quantityKinds.has(outcome.by));
}

/**
A fact of an indicator; a figure no rule reads; a year-on-year change, which belongs to the figure
before it (`of`, its expression); or set aside, and by what.
*/
export type Outcome =
	| {readonly kind: 'fact'; readonly indicator: string}
	| {readonly kind: 'figure'}
	| {readonly kind: 'change'; readonly of: string}
	| {readonly kind: 'excluded'; readonly by: ExclusionKind};

export type Entry = {
	/** 1-based line in the file. */
	readonly line: number;
	/** Offset within the line, for the order of a line's entries. */
	readonly column: number;
	/** The number expression as written (a date or a document number whole). */
	readonly expression: string;
	readonly outcome: Outcome;
	/** Why, in one line: the rule and the words it matched, or what set the number aside. */
	readonly why: string;
};

/** The outcome in a few words: `fact litigation.head_appearances`, `figure`, `excluded (year)`. */
export function outcomeText(outcome: Outcome): string {
	switch (outcome.kind) {
		case 'fact': {
			return `fact ${outcome.indicator}`;
		}

		case 'figure': {
			return 'figure';
		}

		case 'change': {
			return `change of ${outcome.of}`;
		}

		case 'excluded': {
			return `excluded (${exclusions[outcome.by]})`;
		}
	}
}
