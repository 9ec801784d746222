/**
Text in, Report out. Knows nothing of files or of Ink.
clean → (traditional → simplified) → metadata → one pass over sentences that
builds the outline and reads quantities into facts and figures.
*/
import {derivePriorYear} from './derive.js';
import {classify} from './facts/classify.js';
import {factReading, type Hold} from './facts/why.js';
import {heldWeakly, type Outrankable, Periods, setAsideOutranked} from './facts/outranked.js';
import {namesItsYear} from './facts/parts.js';
import {lendRestatedChanges} from './facts/restated.js';
import {listGoesOn, maySum, summedInto} from './facts/summed.js';
import {aboutAnotherYear, wordsFor, type Words} from './facts/words.js';
import type {ExclusionKind} from './explain/reasons.js';
import type {Rule} from './facts/rule.js';
import type {ParseTrace} from './explain/trace.js';
import {firstNonSpace, isIdeograph} from './chars.js';
import {cleanLines} from './clean.js';
import type {Line} from './lines.js';
import {readMetadata} from './metadata/index.js';
import {foldDecimalDots, foldWidth, hasMiddleDot, hasWide} from './normalize.js';
import {TableColumns} from './table-columns.js';
import {OutlineBuilder} from './outline.js';
import {extractQuantities} from './quantities/index.js';
import {parsersFor} from './quantities/parsers.js';
import {isTraditional, toSimplified} from './script.js';
import {type Sentence, splitSentences} from './sentences.js';
import type {Fact, Figure, Hints, Quantity, Report} from './types.js';

export type ParseOptions = {
	/** A label for the source, usually the file path; the parser never reads it. */
	readonly file?: string;
	readonly hints?: Hints;
	/** Told every number expression's fate, for the explain trace (explain/); parsing passes none. */
	readonly trace?: ParseTrace;
};

/** Simplified text for reading, original text for showing; same offsets when the conversion keeps length. */
/** `read`: what the facts are read from; `plain`: the same before spaces inside words are dropped, for the metadata, to which a space in a page's banner parts names. */
type ReadLine = Line & {readonly read: string; readonly plain: string};

function toReadLines(lines: readonly Line[], traditional: boolean, wide: boolean, dotted: boolean): ReadLine[] {
	return lines.map(line => {
		// Lines are parts of the text: when it has no full-width character (or no middle dot), none of them has.
		const half = wide ? foldWidth(line.text) : line.text;
		const dots = dotted ? foldDecimalDots(half) : half;
		// Offsets must still point into the original line; a conversion that changes a line's
		// length (rare phrase mappings) is shown as converted, see `display` below.
		const plain = traditional ? toSimplified(dots) : dots;
		// 全年更 新各类政府信息: a page set a space inside a word; between two ideographs it is read as none. Not in a
		// traditional text, whose lines are shown as written only while the reading keeps their length.
		const read = traditional ? plain : withoutSpacesInWords(dots);
		return {text: line.text, line: line.line, read, plain};
	});
}

const spaceInWord = /(?<=[\u4E00-\u9FFF]) (?=[\u4E00-\u9FFF])/gu;

/** The text without its spaces between two ideographs; the pattern only for a line that has one (most spaces stand by a digit or a bar). */
function withoutSpacesInWords(text: string): string {
	for (let at = text.indexOf(' ', 1); at !== -1; at = text.indexOf(' ', at + 1)) {
		if (isIdeograph(text.charCodeAt(at - 1)) && isIdeograph(text.charCodeAt(at + 1))) return text.replace(spaceInWord, '');
	}

	return text;
}

function mask(text: string, length: number): string {
	return ' '.repeat(length) + text.slice(length);
}

/** No digit in a lead: a sentence with a figure (2024年即将过去…) states something rather than names a subject. */
const hasDigit = /\d/u;

/** A line's first sentence when it is short, ends on 。 and more follows it in the line; else ''. */
function leadOf(read: string, spans: readonly Sentence[]): string {
	const first = spans[0];
	if (spans.length < 2 || first === undefined || first.end - first.start > 24 || read.charCodeAt(first.end - 1) !== 0x3002) {
		return '';
	}

	const sentence = read.slice(first.start, first.end);
	return hasDigit.test(sentence) ? '' : sentence.trim();
}

/** Where a figure of a sentence went: its fact's index (-1: a figure), the figures before it, and whether it stands as a fact beside a count it is an item of. */
type Placed = {readonly at: number; readonly figuresBefore: number; readonly stands: boolean};

/** The last figure of a sentence, where it went: a count the next sentence of its paragraph may break down. */
type Ending = {readonly quantity: Quantity; readonly at: number};

/**
The facts of a sentence that are items adding up to a count before them (facts/summed.ts), in the sentence or ending
the one before (`ending`), set aside with the outranked readings: each joins `weaker` (kept in the order of the facts),
told which count it sums into.
*/
function partsOfSums(sentence: string, quantities: readonly Quantity[], placed: readonly Placed[], ending: Ending | undefined, facts: readonly Fact[], holds: readonly Hold[], weaker: Outrankable[]): void {
	if (!maySum(quantities, ending?.quantity)) return;
	// A wider docket's narrower count stands (受理行政案件720件,其中行政诉讼案件390件,…330件): it is the indicator's own.
	const indicatorAt = (at: number): string | null => (at === -1 || holds[at] === 'wider docket' ? null : facts[at]!.indicator);
	const readings = quantities.map((quantity, k) => ({quantity, indicator: indicatorAt(placed[k]!.at), listed: listGoesOn(sentence, quantity.end)}));
	const before = ending === undefined ? [] : [{quantity: ending.quantity, indicator: indicatorAt(ending.at), listed: false}];
	const into = summedInto([...before, ...readings]).slice(before.length);
	if (!into.some(total => total !== -1)) return;
	const totalAt = (total: number): number => (total < before.length ? ending!.at : placed[total - before.length]!.at);
	const first = placed.find(place => place.at !== -1)!.at;
	// This sentence's readings already held weakly, merged with its parts of a sum, in the order of the facts.
	const held = new Map<number, Outrankable>();
	while (weaker.length > 0 && weaker.at(-1)!.at >= first) {
		const reading = weaker.pop()!;
		held.set(reading.at, reading);
	}

	into.forEach((total, k) => {
		if (total === -1 || placed[k]!.stands) return;
		const {at, figuresBefore} = placed[k]!;
		const summed = facts[totalAt(total)]!;
		const reading = held.get(at);
		held.set(at, reading === undefined ? {at, figuresBefore, quantity: quantities[k]!, thisYear: false, held: null, summed} : {...reading, summed});
	});
	weaker.push(...[...held.values()].sort((a, b) => a.at - b.at));
}

function scopeWithLead(path: string, lead: string): string {
	return path === '' ? lead : `${path} > ${lead}`;
}

export function parseReport(text: string, options: ParseOptions = {}): Report {
	const sources: Line[] = [];
	// Whether any line needs folding, asked once of the text: a page with no full-width character (or one typed with
	// ASCII punctuation) spares every line the search.
	const wide = hasWide(text);
	const original = cleanLines(text, sources, wide);
	const traditional = isTraditional(text);
	const lines = toReadLines(original, traditional, wide, hasMiddleDot(text));
	const meta = readMetadata(
		lines.map((line, i) => (line.plain === line.text ? original[i]! : {text: line.plain, line: line.line})),
		options.hints,
		traditional ? sources.map(line => ({text: toSimplified(line.text), line: line.line})) : sources,
	);
	options.trace?.metadata?.(meta.reasons);
	const outline = new OutlineBuilder(meta.year);
	const facts: Fact[] = [];
	// How each fact was held, and the few read with a borrowed topic, as a lesser measure or of 今年 (facts/outranked.ts).
	const holds: Hold[] = [];
	const weaker: Outrankable[] = [];
	// The facts whose paragraph last named the year under review, which outrank one of 今年.
	const named: number[] = [];
	// The period each fact's paragraph last named (facts/outranked.ts).
	const periods = meta.year === null ? undefined : new Periods(meta.year);
	const figures: Figure[] = [];
	const shortcomings: string[] = [];
	const plans: string[] = [];
	const {trace} = options;
	// Figures under next year's plans are targets, and figures of another year are comparisons: neither is a
	// result of the year under review.
	// A figure in a table's column headed by another year (项目 | 2023年 | 2024年) is that year's.
	// Most texts hold no table: asked once of the text, not of every line.
	const table = text.includes(' | ') ? new TableColumns() : undefined;
	let otherColumn = false;
	const lastYearNamesIt = meta.origin.year === 'filename';
	const outOfYear = (words: Words): boolean => outline.position.kind === 'plans' || otherColumn || aboutAnotherYear(words, meta.year, lastYearNamesIt);

	// The last figure of the sentence before: what a sentence opening on 其中 breaks down. Kept across a line break,
	// since a page may set each sentence on a line of its own (…化解4043件。 / 其中,人民调解…); a heading ends it.
	let earlierLast: Words | undefined;
	// The last figure of the sentence before, where it went (facts/summed.ts).
	let lastEnding: Ending | undefined;
	// The last sentence of the line before, for the same reason: a sentence with no subject of its own (已审结…) goes on
	// with it as with the sentence before it in its paragraph. A heading ends it.
	// Kept as the line's text and the span, and sliced only for a figure that needs it: most lines' never is.
	let lastRead = '';
	let lastStart = 0;
	let lastEnd = 0;
	for (const line of lines) {
		// What a sentence or match is shown from: the original when the conversion kept the length.
		const display = line.read.length === line.text.length ? line.text : line.read;
		const headingLength = outline.lineHeading(line.read, line.line);
		table?.next(line.read);
		// A top-level heading (二、存在的不足) names the part; it is not itself a shortcoming or a plan.
		const topHeading = headingLength > 0 && outline.position.depth === 1;
		const read = mask(line.read, headingLength);
		const parsers = parsersFor(read);
		// An index loop, not entries(), and no `shown` closure per line: no iterator or [index, span] pair per
		// sentence on the hottest loop of the parse.
		const spans = splitSentences(read);
		if (headingLength > 0) {
			earlierLast = undefined;
			lastEnd = 0;
		}

		// A paragraph led by a short sentence naming its subject (法律咨询服务成效明显。全年接待咨询…) reads its later
		// sentences under it, as under a heading.
		const lead = headingLength === 0 ? leadOf(read, spans) : '';
		// Built when a figure first needs it, again only if a 一是 heading changes the path within the line.
		let leadScope: string | undefined;
		let leadScopeOf: string | undefined;
		for (let index = 0; index < spans.length; index++) {
			const span = spans[index]!;
			const at = Math.max(span.start, firstNonSpace(read, span.start, span.end));
			const marker = outline.sentenceHeading(read, at, span.end, line.line);
			// The enumeration marker (一是) is blanked in this sentence's copy only: rebuilding the line for each
			// marker made a long line quadratic (a report on one line of 2 MB took 25 s and 2.2 GB).
			const sentence = marker > 0 ? read.slice(span.start, at) + ' '.repeat(marker) + read.slice(at + marker, span.end) : read.slice(span.start, span.end);
			const position = outline.position;
			const quantities = extractQuantities(sentence, trace?.sentence({line: line.line, start: span.start, read: sentence, display}), parsers);
			const listed = !(topHeading && index === 0) && (position.kind === 'shortcomings' || position.kind === 'plans');
			if (!listed && quantities.length === 0) {
				// Most sentences are neither listed nor state a figure: their text is never shown.
				earlierLast = undefined;
				lastEnding = undefined;
				continue;
			}

			const source = display.slice(span.start, span.end).trim();
			if (listed) {
				(position.kind === 'shortcomings' ? shortcomings : plans).push(source);
			}

			let previous: Words | undefined;
			// A count that ended the sentence before in this line, which this one may break down.
			const ending = index > 0 ? lastEnding : undefined;
			// Where each figure's fact stands (-1: none) and how many figures stood before it, for a sentence long enough to
			// break a count down (facts/summed.ts): most sentences hold fewer than three figures.
			const placed: Placed[] | undefined = quantities.length >= 3 || (ending !== undefined && quantities.length >= 2) ? [] : undefined;
			let lastAt = -1;
			const earlier = index > 0 ? read.slice(spans[index - 1]!.start, spans[index - 1]!.end) : lastRead.slice(lastStart, lastEnd);
			for (let k = 0; k < quantities.length; k++) {
				const quantity = quantities[k]!;
				const before = previous;
				let scope = position.path;
				if (index > 0 && lead !== '') {
					if (leadScopeOf !== position.path) {
						leadScopeOf = position.path;
						leadScope = scopeWithLead(position.path, lead);
					}

					scope = leadScope!;
				}

				const words = wordsFor(sentence, quantities, k, scope, before, earlier, earlierLast);
				const columnYear = table === undefined ? null : table.yearAt(read, span.start + quantity.index);
				otherColumn = columnYear !== null && meta.year !== null && columnYear !== meta.year;
				previous = words;
				const match = display.slice(span.start + quantity.index, span.start + quantity.end).trim();
				let rule: Rule | null;
				if (trace === undefined) {
					rule = classify(quantity.unit, words, outOfYear);
				} else {
					// The trace says why of every figure, so it asks of each whether it is set aside.
					const excluded: ExclusionKind | null = position.kind === 'plans' ? 'plan' : (otherColumn || aboutAnotherYear(words, meta.year, lastYearNamesIt) ? 'other-year' : null);
					rule = excluded === null ? classify(quantity.unit, words) : null;
					trace.quantity({quantity, words, previous: before, excluded, rule, section: position.path, columnYear: otherColumn ? columnYear : null});
				}

				// Facts and figures are written out as literals, in the same key order as ever (the JSON shows it).
				if (rule) {
					const {why, hold} = factReading(rule, words, quantity.index, before);
					const period = periods?.before(read, span.start + quantity.index) ?? null;
					if (period === 'named') named.push(facts.length);
					const held = heldWeakly(hold, rule.stage?.test(words.own) ?? false);
					if (held !== null || period === 'this year') weaker.push({at: facts.length, figuresBefore: figures.length, quantity, thisYear: period === 'this year', held});
					// A later stage (立案) or a year's share (2021年受理4宗) stands beside a count it adds up to, as beside one under 其中.
					placed?.push({at: facts.length, figuresBefore: figures.length, stands: (rule.stage?.test(words.own) ?? false) || namesItsYear(words.lead)});
					lastAt = facts.length;
					const fact: Fact = {
						indicator: rule.indicator,
						derived: null,
						value: quantity.value,
						unit: quantity.unit,
						approx: quantity.approx,
						yoy: quantity.yoy,
						text: source,
						match,
						line: line.line,
						section: position.path,
						why,
					};
					facts.push(fact);
					holds.push(hold);
					const prior = derivePriorYear(fact, meta.year);
					if (prior) {
						facts.push(prior);
						holds.push('lent words');
					}
				} else {
					placed?.push({at: -1, figuresBefore: figures.length, stands: false});
					lastAt = -1;
					figures.push({
						value: quantity.value,
						unit: quantity.unit,
						approx: quantity.approx,
						yoy: quantity.yoy,
						text: source,
						match,
						line: line.line,
						section: position.path,
					});
				}
			}

			if (placed !== undefined) partsOfSums(sentence, quantities, placed, ending, facts, holds, weaker);
			lastEnding = quantities.length > 0 ? {quantity: quantities.at(-1)!, at: lastAt} : undefined;
			earlierLast = previous;
		}

		// A heading is no sentence before: what follows it reads under it as its section.
		const last = spans.at(-1);
		lastRead = read;
		lastStart = last === undefined ? 0 : last.start;
		lastEnd = last === undefined || last.start < headingLength ? 0 : last.end;
	}

	if (weaker.length > 0) setAsideOutranked(facts, holds, figures, weaker, named, trace?.outranked?.bind(trace));
	lendRestatedChanges(facts);
	return {
		file: options.file ?? '',
		district: meta.district,
		year: meta.year,
		published: meta.published,
		script: traditional ? 'traditional' : 'simplified',
		origin: meta.origin,
		outline: outline.roots,
		facts,
		figures,
		shortcomings,
		plans,
	};
}
