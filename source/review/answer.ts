/**
What a person types at a review prompt, read: a corrected value with its unit
(`1054`, `1,054 件`, `1.2万人次`), an indicator for a figure (an id, its start, or words
of its label: `legal_aid.cases`, `法律援助`), each with an optional note after `#`.
Anything that does not read as one thing is a problem to show, never a guess.
*/
import {indicators, type Indicator} from '../catalog/indicators.js';
import {matchesIndicator} from '../model/filters.js';
import {labelOf, type Labelled, type Lang} from '../model/labels.js';

export type Answer<T> = {readonly ok: T; readonly note: string} | {readonly problem: string};

const problems = {
	noValue: {zh: '请输入数值,如 1054 或 1054 件', en: 'type a value, such as 1054 or 1054 件'},
	noIndicator: {zh: '没有指标匹配', en: 'no indicator matches'},
	several: {zh: '个指标匹配,请更具体', en: 'indicators match; be more specific'},
} as const satisfies Record<string, Labelled>;

function split(text: string): {main: string; note: string} {
	const at = text.indexOf('#');
	return at === -1 ? {main: text.trim(), note: ''} : {main: text.slice(0, at).trim(), note: text.slice(at + 1).trim()};
}

const multipliers: Readonly<Record<string, number>> = {万: 1e4, 亿: 1e8};
const valuePattern = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*(万|亿)?\s*(\D*)$/u;

/** A corrected value in the base unit (1.2万 → 12000) and its unit, the fact's own when none is typed. */
export function readCorrection(text: string, unit: string, lang: Lang): Answer<{value: number; unit: string}> {
	const {main, note} = split(text.normalize('NFKC'));
	const found = valuePattern.exec(main);
	if (found === null) {
		return {problem: labelOf(problems.noValue, lang)};
	}

	const value = Number(found[1]!.replaceAll(',', '')) * (multipliers[found[2] ?? ''] ?? 1);
	return Number.isFinite(value) ? {ok: {value, unit: found[3]!.trim() || unit}, note} : {problem: labelOf(problems.noValue, lang)};
}

/** The one indicator the words name: its id exactly, else the only one whose id or label they match. */
export function readIndicator(text: string, lang: Lang): Answer<Indicator> {
	const {main, note} = split(text);
	const exact = indicators.find(indicator => indicator.id === main);
	const lower = main.toLowerCase();
	const found = exact === undefined ? indicators.filter(indicator => main !== '' && (matchesIndicator(indicator, main) || indicator.en.toLowerCase().includes(lower))) : [exact];
	if (found.length === 1) {
		return {ok: found[0]!, note};
	}

	return {problem: found.length === 0 ? `${labelOf(problems.noIndicator, lang)}: ${main}` : `${found.length} ${labelOf(problems.several, lang)}: ${found.slice(0, 4).map(indicator => indicator.id).join(', ')}${found.length > 4 ? ', …' : ''}`};
}
