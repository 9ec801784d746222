/**
Which catalog indicator a figure states, if any. Every rule that fits is a
candidate; the one whose own words stand nearest the number wins, so in
办理人大代表建议393件、政协提案404件 the 404 is a proposal, not a suggestion.
*/
import type {Rule} from './rule.js';
import {rules} from './rules/index.js';
import type {Words} from './words.js';

const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
	let global = globals.get(pattern);
	if (!global) {
		global = new RegExp(pattern.source, 'gu');
		globals.set(pattern, global);
	}

	return global;
}

function distance(pattern: RegExp, words: Words): number {
	let best = Number.POSITIVE_INFINITY;
	const global = globalOf(pattern);
	// exec in a loop: matchAll copies the pattern on every call.
	global.lastIndex = 0;
	for (let match = global.exec(words.own); match !== null; match = global.exec(words.own)) {
		const end = match.index + match[0].length;
		const gap = end <= words.at ? words.at - end : Math.max(0, match.index - words.at);
		best = Math.min(best, gap);
		if (match[0].length === 0) {
			// As matchAll does: step over an empty match by one code point.
			global.lastIndex += (words.own.codePointAt(global.lastIndex) ?? 0) > 0xFFFF ? 2 : 1;
		}
	}

	return best;
}

/** The few characters before the number and whatever follows it: where the counted noun stands. */
function near(words: Words): string {
	return words.own.slice(Math.max(0, words.at - 6));
}

function topicFound(rule: Rule, words: Words): boolean {
	if (!rule.topic) {
		return true;
	}

	if (rule.topic.test(words.own)) {
		return true;
	}

	if (rule.topicIn === undefined) {
		return false;
	}

	return rule.topic.test(words.before) || (rule.topicIn === 'sentence-or-section' && rule.topic.test(words.scope));
}

export function fits(rule: Rule, unit: string, words: Words): boolean {
	return rule.units.includes(unit) && fitsWords(rule, words);
}

/** fits without the unit test, for rules already chosen by their unit. */
function fitsWords(rule: Rule, words: Words): boolean {
	return rule.own.test(words.own)
		&& !(rule.not?.test(words.own) ?? false)
		&& !(rule.notNear?.test(near(words)) ?? false)
		&& !(rule.notInSentence?.test(words.sentence) ?? false)
		&& topicFound(rule, words);
}

type UnitRules = {
	/** The rules that count the unit, in catalog order (earlier rules still win ties). */
	readonly rules: readonly Rule[];
	/** Every `own` of those rules as one alternation: where it finds nothing, no rule fits. */
	readonly anyOwn: RegExp;
};

// Most figures have a unit only a few rules take, so only those are tried, and a figure whose words
// hold none of their vocabulary is settled by one pattern instead of one per rule.
const byUnit = new Map<string, UnitRules>();
for (const unit of new Set(rules.flatMap(rule => rule.units))) {
	const counting = rules.filter(rule => rule.units.includes(unit));
	// Each own pattern is a plain 'u' pattern (no flags that change what test finds), so the
	// alternation matches exactly when one of them does.
	const anyOwn = new RegExp(counting.map(rule => `(?:${rule.own.source})`).join('|'), 'u');
	byUnit.set(unit, {rules: counting, anyOwn});
}

for (const rule of rules) {
	if (rule.own.flags !== 'u') {
		throw new Error(`${rule.indicator}: own must have exactly the u flag, not '${rule.own.flags}'`);
	}
}

export function classify(unit: string, words: Words): Rule | null {
	const forUnit = byUnit.get(unit);
	if (forUnit === undefined || !forUnit.anyOwn.test(words.own)) {
		return null;
	}

	let best: Rule | null = null;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const rule of forUnit.rules) {
		if (!fitsWords(rule, words)) {
			continue;
		}

		const gap = distance(rule.own, words);
		if (gap < bestDistance) {
			best = rule;
			bestDistance = gap;
		}
	}

	return best;
}
