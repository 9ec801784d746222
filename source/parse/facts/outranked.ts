/**
A report that counts an indicator in the indicator's own words (主动公开政府信息11314条) has stated it. Weaker
readings of the same indicator and unit are then set aside and kept as figures:
- a smaller figure a rule read only with a topic borrowed from its sentence or section (…发布工作动态250条, in a
  paragraph on disclosure), most often a part of that count or another body's: the total is the fact. A larger one
  stays, since the count in its own words may be the part; so do figures read by an enumeration's or a list's
  words, which are siblings, not parts;
- a figure whose own words name a lesser measure of the indicator (Rule.lesser: 审结…5129件 beside 受理…5109件),
  whatever its size: it counts something else than the indicator does, and is kept only when nothing better is
  given; so is a wider docket (Rule.broader: a court's 行政案件 beside its 行政诉讼), outranked only by a count in
  the indicator's own words;
- a figure of 今年 (今年以来,…接办代表建议173件) where the text also counts the indicator under the year under review
  (2023年,…接办人大建议161件), whatever its size: the two are two periods, and the year named is the report's (a
  news item of the spring tells last year's results, then the new year's so far).
*/
import type {Fact, Figure, Quantity} from '../types.js';
import type {Hold} from './why.js';

/** Why a fact was set aside: how it was held, or the period its paragraph set it in. */
export type Weakness = 'borrowed topic' | 'lesser measure' | 'wider docket' | 'this year' | 'summed part';

/** The holds a weaker reading may be outranked by. */
type WeakHold = 'borrowed topic' | 'lesser measure' | 'wider docket';

/**
A fact a stronger count may outrank: where it stands among the facts and figures, its quantity, and why: of 今年,
or held by a borrowed topic or as a lesser measure (either or both).
*/
export type Outrankable = {
	readonly at: number;
	readonly figuresBefore: number;
	readonly quantity: Quantity;
	readonly thisYear: boolean;
	readonly held: WeakHold | null;
	/** The count before it in its sentence that it and the items beside it add up to (facts/summed.ts), if any. */
	readonly summed?: Fact;
};

/** Told of each fact set aside, with the fact that outranks it and why. */
export type OutrankedSink = (quantity: Quantity, by: Fact, weakness: Weakness) => void;

/** The period a figure's paragraph last named before it, looked for within this many characters. */
const periodReach = 2000;
const statesYear = /(?:19|20)\d\d年/u;

/** A year named as a span that runs on (2021年来, 2021年以来, 2021年至今): no single period. */
const span = /^(?:以?来|至今|起)/u;

/**
The period a paragraph last names before a figure: 'this year' when 今年 comes after the year under review and no
other year follows it, 'named' when the year under review (2023年, not 2023年以来) comes after any 今年, else null.
Where each word stands is found once a paragraph (most name neither), then looked up for each of its facts.
*/
export class Periods {
	private readonly yearWord: string;
	private text: string | undefined;
	private thisYear: number[] = [];
	private named: number[] = [];

	constructor(year: number) {
		this.yearWord = `${year}年`;
	}

	before(text: string, at: number): 'this year' | 'named' | null {
		if (text !== this.text) this.find(text);
		// Each word whole before the figure, within reach.
		const thisYear = lastBefore(this.thisYear, at - 2, at - periodReach);
		const named = lastBefore(this.named, at - this.yearWord.length, at - periodReach);
		if (thisYear > named) return statesYear.test(text.slice(thisYear, at)) ? null : 'this year';
		const after = named + this.yearWord.length;
		return named >= 0 && !span.test(text.slice(after, Math.min(after + 2, at))) ? 'named' : null;
	}

	private find(text: string): void {
		this.text = text;
		this.thisYear = positions(text, '今年');
		this.named = positions(text, this.yearWord);
	}
}

function positions(text: string, word: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) found.push(at);
	return found;
}

/** The last of the sorted `starts` at or before `last` and at or after `first`, or -1. */
function lastBefore(starts: readonly number[], last: number, first: number): number {
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (starts[middle]! <= last) low = middle + 1;
		else high = middle;
	}

	const found = low > 0 ? starts[low - 1]! : -1;
	return found >= first ? found : -1;
}

/**
How a fact held so may be outranked by how it was held (index.ts lists the facts this or a period of 今年 makes
outrankable, a few a report); `staged`: its own words name a later stage of what its indicator counts (Rule.stage),
which no count outranks by size.
*/
export function heldWeakly(hold: Hold, staged: boolean): WeakHold | null {
	if (hold === 'borrowed topic') return staged ? null : hold;
	return hold === 'lesser measure' || hold === 'wider docket' ? hold : null;
}

/**
Moves each weaker reading a stronger count outranks from `facts` to `figures`, where it would have stood, with
the prior-year value derived from it. `holds` says how each fact was held (derived ones: lent words); `named`
lists the facts whose paragraph last named the year under review.
*/
export function setAsideOutranked(facts: Fact[], holds: readonly Hold[], figures: Figure[], readings: readonly Outrankable[], named: readonly number[], sink?: OutrankedSink): void {
	const drop = new Set<number>();
	let moved = 0;
	for (const {at, figuresBefore, quantity, thisYear, held, summed} of readings) {
		const fact = facts[at]!;
		// An item of a sum first; a count of 今年 beside the year's first, then by how it was held, as any reading.
		const inYear = summed === undefined && thisYear ? inNamedYear(facts, named, fact) : undefined;
		const by = summed ?? inYear ?? (held === null ? undefined : outrankedByHold(facts, holds, fact, held));
		if (by === undefined) continue;
		const weakness: Weakness = summed === undefined ? (inYear === undefined ? held! : 'this year') : 'summed part';
		drop.add(at);
		// The value derived from its change goes with it.
		if (facts[at + 1]?.derived && facts[at + 1]!.line === fact.line && facts[at + 1]!.indicator === fact.indicator) drop.add(at + 1);
		sink?.(quantity, by, weakness);
		const {indicator: _indicator, derived: _derived, why: _why, ...figure} = fact;
		figures.splice(figuresBefore + moved++, 0, figure);
	}

	if (drop.size === 0) return;
	let kept = 0;
	for (let i = 0; i < facts.length; i++) {
		if (!drop.has(i)) facts[kept++] = facts[i]!;
	}

	facts.length = kept;
}

function inNamedYear(facts: readonly Fact[], named: readonly number[], of: Fact): Fact | undefined {
	for (const at of named) {
		const fact = facts[at]!;
		if (fact.indicator === of.indicator && fact.unit === of.unit) return fact;
	}

	return undefined;
}

/**
The count that outranks a reading held by a borrowed topic, as a lesser measure or as a wider docket, if any: one in
its own words; for a lesser measure, a wider docket too (审结一审行政案件 beside 受理一审行政案件: the suits brought), and a
count with a borrowed topic that is larger (…主动公开规章13件 beside 全年网站共发布各类信息46106条, in a section on
disclosure) or in the same sentence (办理行政复议案件4148件,受理3246件: the cases taken in, its topic from the cases handled).
*/
function outrankedByHold(facts: readonly Fact[], holds: readonly Hold[], of: Fact, weakness: Weakness): Fact | undefined {
	let best: Fact | undefined;
	for (let i = 0; i < facts.length; i++) {
		const fact = facts[i]!;
		const strong = holds[i] === 'own words' || (weakness === 'lesser measure' && (holds[i] === 'wider docket'
			|| (holds[i] === 'borrowed topic' && (fact.value > of.value || (fact.line === of.line && fact.text === of.text)))));
		// A lesser measure gives way whatever its size, so in any unit (主动公开政府信息10311条 outranks 发布主动公开文件12件).
		const unit = fact.unit === of.unit || weakness === 'lesser measure';
		if (strong && unit && fact.indicator === of.indicator && (best === undefined || fact.value > best.value)) best = fact;
	}

	return best === undefined || (weakness === 'borrowed topic' && best.value <= of.value) ? undefined : best;
}
