/**
What a parsed report is. Everything here is plain data: the loader, the model,
the views and the JSON contract all read these shapes, and none of them know
how the text was parsed.
*/

/** A year-on-year change stated next to a figure: relative percent or percentage points. */
export type Yoy = {
	readonly kind: 'pct' | 'pp';
	/** Signed: a fall (下降/减少) is negative. */
	readonly value: number;
	/** The words it was read from, e.g. 同比下降23.4%. */
	readonly text: string;
};

/** A number expression found in text, normalised to its base unit. */
export type Quantity = {
	readonly value: number;
	/** Unit after the number (件, 人次, %, 元 …); '' when none. 万/亿 are folded into value. */
	readonly unit: string;
	readonly approx: boolean;
	readonly yoy: Yoy | null;
	/** Offsets of the number expression within the text it was found in. */
	readonly index: number;
	readonly end: number;
	readonly text: string;
	/** A change stated with no figure before it (败诉率同比下降10.65%): a difference, never a level. */
	readonly change?: true;
};

export type SectionKind = 'results' | 'duties' | 'shortcomings' | 'plans' | 'honours' | 'other';

/** Heading styles: 一、 / (一) / 1. / 一是 */
/** 'title': a part's title a page set on a line of its own without a marker (only a plans title is known so). */
export type HeadingStyle = 'chinese' | 'paren' | 'arabic' | 'bracket' | 'enumerated' | 'title';

export type Section = {
	readonly title: string;
	readonly style: HeadingStyle;
	readonly depth: number;
	/** 1-based line in the original text. */
	readonly line: number;
	kind: SectionKind;
	readonly children: Section[];
};

/** How a derived value was computed: never shown as if reported. */
export type Derivation = {
	readonly kind: 'prior-year';
	/** The year the derived value stands for. */
	readonly year: number | null;
	/** The statement it came from (the yoy words with their figure). */
	readonly from: string;
	/** The arithmetic, readable: 18426 ÷ (1 − 23.4%) ≈ 24055. */
	readonly formula: string;
};

export type Fact = {
	readonly indicator: string;
	readonly value: number;
	readonly unit: string;
	readonly approx: boolean;
	readonly yoy: Yoy | null;
	readonly derived: Derivation | null;
	/** The sentence it came from, as written in the original text. */
	readonly text: string;
	/** The matched number expression inside `text`. */
	readonly match: string;
	/** 1-based line in the original text. */
	readonly line: number;
	/** Section path, titles joined by ' > '. */
	readonly section: string;
	/**
	Why its rule read it, in one line: the rule's own words matched, then its topic and where that was found
	(出庭 + 负责人 (sentence)); a derived fact names the figure it comes from. `rol-dash --explain` says more.
	*/
	readonly why?: string;
};

/** A quantity that no catalog id covers, kept so nothing a report states is lost. */
export type Figure = Omit<Fact, 'indicator' | 'derived' | 'why'>;

export type District = {
	/** As written in the report (朝阳区, 开封市示范区); null when nothing names it. */
	readonly name: string | null;
	readonly fullName: string | null;
	readonly province: string | null;
	readonly city: string | null;
	/** Six-digit GB/T 2260 code; null for zones that are not divisions. */
	readonly code: string | null;
};

/** Where a metadata value came from. */
export type Origin = 'text' | 'filename' | 'none';

export type Report = {
	readonly file: string;
	readonly district: District;
	readonly year: number | null;
	/** ISO date (YYYY-MM-DD) from a signature or date line. */
	readonly published: string | null;
	readonly script: 'simplified' | 'traditional';
	readonly origin: {readonly district: Origin; readonly year: Origin};
	readonly outline: Section[];
	readonly facts: Fact[];
	readonly figures: Figure[];
	/** Sentences admitting shortcomings (不足). */
	readonly shortcomings: string[];
	/** Sentences of next year's plans. */
	readonly plans: string[];
};

/** What the caller knows besides the text, e.g. from a file name (朝阳区2023.txt). */
export type Hints = {
	readonly district?: string;
	readonly year?: number;
};

/**
What a report says besides its facts and where it comes from: all that the
district view lists below the indicators. A national corpus keeps only summaries,
and a report's details are read again from its file when a person opens it.
*/
export type ReportDetails = Pick<Report, 'figures' | 'outline' | 'shortcomings' | 'plans'>;

/**
The kind of the section each of a summary's facts sits in, by section path (the
facts' own `section` strings): all that the headline rule reads of an outline.
*/
export type SectionKinds = {
	readonly paths: readonly string[];
	/** kinds[i] is the kind of paths[i]; null where the outline does not know the path. */
	readonly kinds: ReadonlyArray<SectionKind | null>;
};

/**
A report without its details, as the dashboard holds tens of thousands: instead of
its outline, the kind of each section its facts sit in, all that tells which
statement of an indicator is the headline (model/headline). Every Report is a
summary too.
*/
export type ReportSummary = Omit<Report, 'figures' | 'shortcomings' | 'plans' | 'outline'> & {
	/** A whole report's outline; a summary has `sectionKinds` instead. */
	readonly outline?: Section[];
	readonly sectionKinds?: SectionKinds;
};
