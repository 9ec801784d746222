/**
What parseReport made of one quantity, and why, in one line: the rule that read it and
the words it matched; the near misses when no rule did; what set it aside otherwise.
*/
import {crossed, notAnAmount, over, threshold, type NotAnAmount} from '../facts/amount.js';
import {combinedWith, misfit, type Misfit} from '../facts/classify.js';
import {carried, isPart} from '../facts/parts.js';
import type {Weakness} from '../facts/outranked.js';
import {type Rule, countsUnit, widerDocket} from '../facts/rule.js';
import {rules} from '../facts/rules/index.js';
import {factWhy} from '../facts/why.js';
import {openingSpan, opensOnTotal, spanBefore, type Words} from '../facts/words.js';
import {exclusions, type Outcome} from './reasons.js';
import type {Fact} from '../types.js';
import type {TracedQuantity} from './trace.js';

export type Verdict = {readonly outcome: Outcome; readonly why: string};

/** The words a figure was read with, quoted; a long noun phrase after the number cut short. */
function quoted(words: Words): string {
	const own = words.own.trim();
	return `"${own.length > 32 ? `${own.slice(0, 31)}…` : own}"`;
}

/** A regex source cut to a readable length: a topic may list a dozen words. */
function shown(pattern: RegExp | undefined): string {
	const source = pattern?.source ?? '';
	return source.length > 24 ? `${source.slice(0, 23)}…` : source;
}

function missText(rule: Rule, miss: Misfit, words: Words): string {
	const own = rule.own.exec(words.own)?.[0] ?? '';
	switch (miss.test) {
		case 'noun': {
			return `${rule.indicator}: counts ${miss.words} only before its noun`;
		}

		case 'own': {
			return `${rule.indicator}: none of its words`;
		}

		case 'not': {
			return `${rule.indicator}: ${own} but not ${miss.words}`;
		}

		case 'notNear': {
			return `${rule.indicator}: ${own} but ${miss.words} by the number`;
		}

		case 'notNoun': {
			return `${rule.indicator}: ${own} but it counts ${miss.words}`;
		}

		case 'notInSentence': {
			return `${rule.indicator}: ${own} but the sentence has ${miss.words}`;
		}

		case 'notBefore': {
			return `${rule.indicator}: ${own} but ${miss.words} before it in the sentence`;
		}

		case 'notAfter': {
			return `${rule.indicator}: ${own} but ${miss.words} after it in the sentence`;
		}

		case 'notInSection': {
			return `${rule.indicator}: ${own} but the section is about ${miss.words}`;
		}

		case 'topic': {
			const where = (rule.topicIn === undefined ? 'its own words' : (rule.topicIn === 'sentence' ? 'the sentence' : 'the sentence or section')) + (rule.topicBefore === true ? ' or the sentence before' : '');
			return `${rule.indicator}: ${own} but no ${shown(rule.topic)} in ${where}`;
		}
	}
}

const counting = (unit: string): Rule[] => rules.filter(rule => countsUnit(rule, unit));

/** Why no rule read a figure: the rules for its unit that found their words and what turned each down. */
function noRule(unit: string, words: Words): string {
	const candidates = counting(unit);
	if (candidates.length === 0) {
		return unit === '' ? 'no rule reads a number without a measure word' : `no rule counts ${unit}`;
	}

	const misses = candidates.map(rule => ({rule, miss: misfit(rule, words)}));
	const fitting = misses.filter(({miss}) => miss === null).map(({rule}) => rule.indicator);
	if (fitting.length > 0) {
		// A test of classify's that declined() does not know yet: say so rather than guess.
		return `${fitting.join(', ')} fits, but classify set it aside; words ${quoted(words)}`;
	}

	const near = misses.filter(({miss}) => miss !== null && miss.test !== 'own').map(({rule, miss}) => missText(rule, miss!, words));
	return near.length === 0
		? `no rule's words in ${quoted(words)} (${candidates.length} rules count ${unit})`
		: `no rule fits ${quoted(words)}: ${near.join('; ')}`;
}

/** What each of classify's "not an amount" tests means, said of the figure. */
const notAnAmountWhy: Record<NotAnAmount, (words: Words) => string> = {
	change: () => 'a change with no figure before it: a difference, never a level',
	bound(words) {
		if (crossed(words)) return `a threshold crossed (${words.quantity.text}), the value told after it`;
		if (threshold(words)) return `the line a list of those above or below it is told by (${words.quantity.text}的有…), not a figure of its own`;
		return over.test(words.quantity.text)
			? `a line each of the bodies counted before it passed (${words.quantity.text}), not a count`
			: `a bound a count stays under or over (${words.lead.slice(-4)}…), not a count`;
	},
	average: words => (Number.isInteger(words.quantity.value)
		? 'an average, a rate per period or a count for each (每年, 年均, 各…), not the year\'s count'
		: `a count with a fraction (${words.quantity.text}): a ratio or an average, not the year's count`),
	target: () => 'a target (力争, 计划, 目标, a quota handed down…), not a result',
	set: words => `the size of a set something is one of (${words.sentence.slice(words.quantity.index, words.sentence.indexOf('之一', words.quantity.end) + 2)}), not a count of things done`,
	category: words => `one category of a breakdown (${words.lead.slice(-6)}…), not the indicator's count`,
	share: words => `a share of things before 的 (${words.sentence.slice(words.quantity.index, words.quantity.end + 4)}…), not a rate`,
	whole: words => `the whole a share is of (${words.lead.slice(-6)}…的%), not the government's own count`,
	organisations: words => `a count of bodies (${words.own.slice(words.at, words.at + 8)}…), not of things done`,
	enumeration: () => 'a Chinese numeral enumerating kinds of things (两个模块), not a count',
	achievements: words => `a count of reforms, practices or honours (${words.own.slice(words.at, words.at + 8)}…), not of things done`,
	none: words => `a count said not to have happened (${words.lead.slice(-3)}…), not a count`,
	exception: () => 'the part left out of what is said of the rest (除…外), not a count',
	range: words => `the end of a range (${words.before.slice(-4)}${words.quantity.text}), not a count`,
	start: words => `the value a move started from (${words.lead.slice(-4)}${words.quantity.text}…), not the value it reached`,
};

/**
Why classify read no rule for a figure a rule may fit: it is no amount (facts/amount.ts), the sum of kinds of
several indicators (facts/classify.ts), or a part of a total of the same indicator stated before it
(facts/parts.ts); null when none, and no rule fits.
*/
function declined(unit: string, words: Words): Verdict | null {
	const notAmount = notAnAmount(words);
	if (notAmount !== null) {
		return {outcome: {kind: 'excluded', by: notAmount}, why: `${notAnAmountWhy[notAmount](words)} (kept as a figure)`};
	}

	const combined = combinedWith(unit, words);
	if (combined !== null) {
		return {outcome: {kind: 'excluded', by: 'combined'}, why: `${combined.indicator} reads one kind of a list before 等 that names other indicators' kinds too (${quoted(words)}): their sum, none of them (kept as a figure)`};
	}

	const item = carried(words);
	const fitting = [
		...counting(unit).filter(rule => misfit(rule, words) === null),
		...(item !== undefined && misfit(item.rule, item.words) === null ? [item.rule] : []),
	];
	const part = fitting.find(rule => isPart(rule, words));
	if (part === undefined) {
		return null;
	}

	if (words.total === undefined) {
		return {outcome: {kind: 'excluded', by: 'sub-total'}, why: `${part.indicator}, but one kind of a breakdown the sentence opens on (从…看): a part (kept as a figure)`};
	}

	const total = words.total.quantity.text;
	const byName = opensOnTotal(words.sentence, words.total);
	return {outcome: {kind: 'excluded', by: 'sub-total'}, why: `${part.indicator}, but a part of ${total} before it (${byName ? 'the sentence opens on its noun: …中' : '其中…'}): a sub-total (kept as a figure)`};
}

/** Other rules that fit too, which the nearest one beat. */
function alsoFitting(rule: Rule, unit: string, words: Words): string {
	const others = counting(unit).filter(other => other !== rule && misfit(other, words) === null);
	return others.length === 0 ? '' : `; also fits ${others.map(other => other.indicator).join(', ')} (farther from the number)`;
}

/** 2023年 in 2023年受理…, or the words that name another period (上年, 近三年…). */
function otherYear(words: Words, year: number | null): string {
	for (const match of words.lead.matchAll(/((?:19|20)\d{2})年/gu)) {
		if (Number(match[1]) !== year) {
			return `other year: ${match[0]}`;
		}
	}

	const opening = openingSpan(words, year);
	if (opening !== null) {
		return `another period opens the sentence: "${opening}"`;
	}

	const span = spanBefore(words, year);
	if (span !== null) {
		return `another period opens a clause before it: "${span}"`;
	}

	return `another period: "${words.lead.trim()}"`;
}

/** Why a fact was set aside once the report was read, as facts/outranked.ts decided. */
function outranked(rule: Rule, why: string, words: Words, {by, weakness}: Outranking, year: number | null): string {
	const counted = `line ${by.line} counts ${rule.indicator}`;
	switch (weakness) {
		case 'this year': {
			return `rule: ${why}, but of 今年; ${counted} for ${year ?? 'the year'} as ${by.match}: another period (kept as a figure)`;
		}

		case 'lesser measure': {
			return `rule: ${why}, but ${rule.lesser?.exec(words.own)?.[0] ?? ''} counts a lesser measure; ${counted} as ${by.match} (kept as a figure)`;
		}

		case 'wider docket': {
			return `rule: ${why}, but ${widerDocket(rule, words.own) ?? ''} counts a wider docket; ${counted} in its own words as ${by.match} (kept as a figure)`;
		}

		case 'borrowed topic': {
			return `rule: ${why}, its topic only borrowed; ${counted} in its own words as ${by.match}: a part or another body's count (kept as a figure)`;
		}

		case 'summed part': {
			return `rule: ${why}, but it and the items beside it add up to ${by.match} before it: a part (kept as a figure)`;
		}
	}
}

/** A fact set aside once the report was read: the fact that outranks it, and why. */
export type Outranking = {readonly by: Fact; readonly weakness: Weakness};

export function verdictOf(traced: TracedQuantity, year: number | null, outranking?: Outranking): Verdict {
	const {quantity, words, previous, excluded, rule, section} = traced;
	if (excluded === 'plan') {
		return {outcome: {kind: 'excluded', by: excluded}, why: `under plans: ${section} (kept as a figure)`};
	}

	if (excluded === 'other-year') {
		const column = traced.columnYear === null ? null : `another year: a table column headed ${traced.columnYear}年`;
		return {outcome: {kind: 'excluded', by: excluded}, why: `${column ?? otherYear(words, year)} (kept as a figure)`};
	}

	if (excluded !== null) {
		return {outcome: {kind: 'excluded', by: excluded}, why: `${exclusions[excluded]} (kept as a figure)`};
	}

	if (rule !== null) {
		// A later item of an enumeration is read with the verb of the item before (审查A29件、B148件): the fact's own why,
		// then the words it was read as.
		const item = misfit(rule, words) === null ? undefined : carried(words);
		const why = factWhy(rule, words, quantity.index, previous) + (item === undefined ? '' : `, read as ${item.words.lead.trim()}`);
		if (outranking !== undefined) {
			return {outcome: {kind: 'excluded', by: 'outranked'}, why: outranked(rule, why, words, outranking, year)};
		}

		return {outcome: {kind: 'fact', indicator: rule.indicator}, why: `rule: ${why}${alsoFitting(rule, quantity.unit, words)}`};
	}

	return declined(quantity.unit, words) ?? {outcome: {kind: 'figure'}, why: noRule(quantity.unit, words)};
}
