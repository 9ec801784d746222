/**
How a value reads. The marks are part of the product: a reader must tell a figure
the report stated (7,152) from a hedged one (≈11.6万), one it did not disclose (—,
never 0), one we computed (≈24,055*: the asterisk means derived, not reported) and one
counted in another measure than its row's (756次≠ in a 条 row: shown, never compared).
*/
import type {Indicator} from '../catalog/indicators.js';
import type {Fact} from '../parse/types.js';
import type {ReviewedFact} from '../review/apply.js';
import {formatGrouped} from '../text/grouped.js';
import {sameMeasure} from './comparable.js';
import {shownFact, type Cell} from './comparison.js';
import type {Change, ChangeKind} from './change.js';
import {labelOf, unitLabel, words, type Labelled, type Lang} from './labels.js';

export const marks = {
	notDisclosed: '—',
	approx: '≈',
	derived: '*',
	otherMeasure: '≠',
	/** Before a column's year when its report is not of the year the columns align on (←2020, →2025). */
	earlier: '←',
	later: '→',
	/** Around a change computed from two reports ([+12%]); a stated change is bare, a derived one ends in `*`. */
	computed: ['[', ']'],
	corrected: '✎',
	added: '✚',
	conflict: '?',
} as const;

/** The mark of what a person decided on a value: corrected, added, or two review files in conflict (a confirmed value reads as it was). */
export function reviewMark(fact: Fact): string {
	switch ((fact as ReviewedFact).review?.action) {
		case 'corrected': return marks.corrected;
		case 'added': return marks.added;
		case 'conflict': return marks.conflict;
		default: return '';
	}
}

/** How to read the peers' column, when a table has one. */
export const peersLegend = {
	zh: '同组 中位[四分位] n=16:16 个同组地区披露可比数值;名次 4/16 P75:标杆排第 4,领先 75%',
	en: 'Peers: median [IQR] n=16: 16 peers disclose a comparable value; rank 4/16 P75: the pin 4th, ahead of 75%',
} as const satisfies Labelled;

/** Each mark with what it means, for a legend under a table; the review's marks when a person's decisions are shown, the peers' column when there is one. */
export function legendEntries(lang: Lang, reviewed = false, peers = false): string[] {
	const example: Change = {kind: 'stated', value: 3, unit: 'pct'};
	const review = reviewed
		? [`${marks.corrected} ${labelOf(words.corrected, lang)}`, `${marks.added} ${labelOf(words.added, lang)}`, `${marks.conflict} ${labelOf(words.conflict, lang)}`]
		: [];
	return [
		`${marks.notDisclosed} ${labelOf(words.notDisclosed, lang)}`,
		`${marks.approx} ${labelOf(words.approx, lang)}`,
		`${marks.derived} ${labelOf(words.derived, lang)}`,
		`${marks.otherMeasure} ${labelOf(words.otherMeasure, lang)}`,
		`${marks.earlier}2020 ${labelOf(words.offYear, lang)}`,
		...(['stated', 'computed', 'derived'] as const).map(kind => `${formatChange({...example, kind})} ${labelOf(changeWords[kind], lang)}`),
		...review,
		...(peers ? [labelOf(peersLegend, lang)] : []),
	];
}

/** What each kind of change means, in the legend. */
export const changeWords = {
	stated: {zh: '同比,报告所述', en: 'on the year before, as reported'},
	computed: {zh: '同比,据上年报告计算', en: "computed from the year before's report"},
	derived: {zh: '同比,含推算值', en: 'computed with a derived value'},
} as const satisfies Record<ChangeKind, Labelled>;

const minus = '−';

/** `+12%`, `−3.4%`, `+10pp`: whole numbers from 10 up, one decimal below, so the column stays narrow. */
export function formatChange(change: Change): string {
	const size = Math.abs(change.value);
	const digits = size >= 10 ? String(Math.round(size)) : String(Math.round(size * 10) / 10);
	const sign = digits === '0' ? '±' : change.value < 0 ? minus : '+';
	const text = `${sign}${digits}${change.unit === 'pp' ? 'pp' : '%'}`;
	switch (change.kind) {
		case 'stated': return text;
		case 'computed': return `${marks.computed[0]}${text}${marks.computed[1]}`;
		case 'derived': return `${text}${marks.derived}`;
	}
}

export type FormatOptions = {
	/** The language of a unit written after the number (when a fact counts another measure than its indicator's): 12,134件 / 12,134 items. */
	readonly lang?: Lang;
	/** Fold values of 100,000 and more into 万 / 亿, for narrow text columns. Full digits otherwise. */
	readonly wan?: boolean;
};

export function formatNumber(value: number, unit: string, options: FormatOptions = {}): string {
	if (unit === '%') {
		return `${formatGrouped(value, 2)}%`;
	}

	const size = Math.abs(value);
	if (options.wan && size >= 1e8) {
		return `${formatGrouped(value / 1e8, 2)}亿`;
	}

	if (options.wan && size >= 1e5) {
		return `${formatGrouped(value / 1e4, 1)}万`;
	}

	return formatGrouped(value, 2);
}

/**
A fact as it reads in a cell: ≈ when hedged, * when derived. A unit the indicator accepts as its own measure
reads as the row's (26项 is 26 in a 个 row); any other is written out and marked ≠ (756次≠ in a 条 row).
*/
export function formatFact(fact: Fact, indicator: Indicator | undefined, options: FormatOptions = {}): string {
	return written(fact, indicator !== undefined && !sameMeasure(fact, indicator), options);
}

/** A fact known to count another measure than its row's (a chart's year set apart), as a cell writes it. */
export function formatApart(fact: Fact, options: FormatOptions = {}): string {
	return written(fact, true, options);
}

function written(fact: Fact, other: boolean, options: FormatOptions): string {
	const ownUnit = other && fact.unit !== '' && fact.unit !== '%';
	return (fact.approx ? marks.approx : '')
		+ formatNumber(fact.value, fact.unit, options)
		+ (ownUnit ? (options.lang === 'en' ? ` ${unitLabel(fact.unit, 'en')}` : fact.unit) : '')
		+ (other ? marks.otherMeasure : '')
		+ (fact.derived === null ? '' : marks.derived)
		+ reviewMark(fact);
}

export function formatCell(cell: Cell, indicator: Indicator, options: FormatOptions = {}): string {
	const fact = shownFact(cell);
	return fact === null ? marks.notDisclosed : formatFact(fact, indicator, options);
}

export type Trend = 'good' | 'bad';

/** Whether the stated year-on-year change went the way the indicator's polarity calls better. */
export function trendOf(fact: Fact, indicator: Indicator): Trend | null {
	if (fact.yoy === null || fact.yoy.value === 0 || indicator.polarity === 'neutral') {
		return null;
	}

	const rose = fact.yoy.value > 0;
	return rose === (indicator.polarity === 'higher') ? 'good' : 'bad';
}
