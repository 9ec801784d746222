/**
What parseReport made of one quantity, and why, in one line: the rule that read it and
the words it matched; the near misses when no rule did; what set it aside otherwise.
*/
import {misfit, type Misfit} from '../facts/classify.js';
import type {Rule} from '../facts/rule.js';
import {rules} from '../facts/rules/index.js';
import {factWhy} from '../facts/why.js';
import type {Words} from '../facts/words.js';
import {exclusions, type Outcome} from './reasons.js';
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
		case 'own': {
			return `${rule.indicator}: none of its words`;
		}

		case 'not': {
			return `${rule.indicator}: ${own} but not ${miss.words}`;
		}

		case 'notNear': {
			return `${rule.indicator}: ${own} but ${miss.words} by the number`;
		}

		case 'notInSentence': {
			return `${rule.indicator}: ${own} but the sentence has ${miss.words}`;
		}

		case 'topic': {
			const where = rule.topicIn === undefined ? 'its own words' : (rule.topicIn === 'sentence' ? 'the sentence' : 'the sentence or section');
			return `${rule.indicator}: ${own} but no ${shown(rule.topic)} in ${where}`;
		}
	}
}

const counting = (unit: string): Rule[] => rules.filter(rule => rule.units.includes(unit));

/** Why no rule read a figure: the rules for its unit that found their words and what turned each down. */
function noRule(unit: string, words: Words): string {
	const candidates = counting(unit);
	if (candidates.length === 0) {
		return unit === '' ? 'no rule reads a number without a measure word' : `no rule counts ${unit}`;
	}

	const misses = candidates.map(rule => ({rule, miss: misfit(rule, words)}));
	const fitting = misses.filter(({miss}) => miss === null).map(({rule}) => rule.indicator);
	if (fitting.length > 0) {
		// classify set aside a rule that fits (a part of a total, not an amount …): it knows why, the trace does not yet.
		return `${fitting.join(', ')} fits, but classify set it aside; words ${quoted(words)}`;
	}

	const near = misses.filter(({miss}) => miss !== null && miss.test !== 'own').map(({rule, miss}) => missText(rule, miss!, words));
	return near.length === 0
		? `no rule's words in ${quoted(words)} (${candidates.length} rules count ${unit})`
		: `no rule fits ${quoted(words)}: ${near.join('; ')}`;
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

	return `another period: "${words.lead.trim()}"`;
}

export function verdictOf(traced: TracedQuantity, year: number | null): Verdict {
	const {quantity, words, previous, excluded, rule, section} = traced;
	if (excluded === 'plan') {
		return {outcome: {kind: 'excluded', by: excluded}, why: `under plans: ${section} (kept as a figure)`};
	}

	if (excluded === 'other-year') {
		return {outcome: {kind: 'excluded', by: excluded}, why: `${otherYear(words, year)} (kept as a figure)`};
	}

	if (excluded !== null) {
		return {outcome: {kind: 'excluded', by: excluded}, why: `${exclusions[excluded]} (kept as a figure)`};
	}

	if (rule !== null) {
		const why = factWhy(rule, words, quantity.index, previous);
		return {outcome: {kind: 'fact', indicator: rule.indicator}, why: `rule: ${why}${alsoFitting(rule, quantity.unit, words)}`};
	}

	return {outcome: {kind: 'figure'}, why: noRule(quantity.unit, words)};
}
