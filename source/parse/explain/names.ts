/**
Why a number a quantity parser turned down is no amount, told from what stands
around it. The parsers only say "not an amount" (a number needs a measure word;
a Chinese numeral after 第 is an ordinal); the trace says which kind of name it is.
*/
import {codeBefore, indefiniteBefore} from '../quantities/before.js';
import type {ExclusionKind} from './reasons.js';

export type Named = {readonly kind: ExclusionKind; readonly index: number; readonly end: number};

/** What the trace says of each kind of name a parser turned down. */
export const namedWhy: Partial<Record<ExclusionKind, string>> = {
	year: 'a year, not an amount',
	years: 'a number of years: 年 is no measure word the parser counts',
	date: 'a date, not an amount',
	'document-number': 'a document number',
	version: 'a version label',
	identifier: 'sixteen digits or more: an identifier',
	'no-unit': 'no measure word after it (件, 人次, % …): not read as an amount',
	ordinal: 'after 第 or 前: an ordinal',
	distributive: 'after 每 or 逐: each one, not an amount',
	indefinite: 'after 数 or 几: several, not an amount',
	word: 'a numeral inside a word (零件, 千家万户)',
};

const dateMarks = '月日号';
const rangeMarks = '—–-~至到';

/** 2021—2025年: a year range's dash, when a year follows it. */
function rangeEnd(text: string, end: number): number {
	return rangeMarks.includes(text[end] ?? '') && /^\d{4}年/u.test(text.slice(end + 1, end + 6)) ? end + 1 : -1;
}

function arabicName(text: string, index: number, end: number): Named {
	const next = text[end] ?? '';
	const before = codeBefore(text, index);
	if (end - index > 15) {
		return {kind: 'identifier', index, end};
	}

	if (next === '年') {
		// 连续5年, 3年来: a number of years, not a year.
		return {kind: /^(?:19|20)\d{2}$/u.test(text.slice(index, end)) ? 'year' : 'years', index, end: end + 1};
	}

	if (/^\d{4}$/u.test(text.slice(index, end)) && rangeEnd(text, end) !== -1) {
		return {kind: 'year', index, end: rangeEnd(text, end)};
	}

	// 〔2024〕12号: the bracketed year and the number after it name a document.
	if (before === 0x3014 || before === 0x5B || next === '〕') {
		return {kind: 'document-number', index: before === 0x3014 || before === 0x5B ? index - 1 : index, end: next === '〕' || next === ']' ? end + 1 : end};
	}

	if (next === '号' && before !== 0x6708) {
		return {kind: 'document-number', index, end: end + 1};
	}

	if (dateMarks.includes(next) && next !== '') {
		return {kind: 'date', index, end: end + 1};
	}

	// V2.0, 3.0版: the number of a version, not an amount.
	if ((before >= 0x41 && before <= 0x5A) || (before >= 0x61 && before <= 0x7A) || next === '版') {
		return {kind: 'version', index, end};
	}

	return {kind: 'no-unit', index, end};
}

export function namedKind(parser: string, text: string, index: number, end: number): Named {
	if (parser === 'arabic') {
		return arabicName(text, index, end);
	}

	const before = String.fromCharCode(codeBefore(text, index));
	// 第三次, 前三名 · 每一个, 逐一 · 零件, 千家万户: what the chinese parser turns down.
	const kind: ExclusionKind = '第前'.includes(before) ? 'ordinal' : ('每逐'.includes(before) ? 'distributive' : (indefiniteBefore(text, index) ? 'indefinite' : 'word'));
	return {kind, index: kind === 'word' ? index : markBefore(text, index), end};
}

/** Where the character that makes a number a name (第, 每) stands before it, spaces skipped. */
export function markBefore(text: string, index: number): number {
	let at = index - 1;
	while (at > 0 && (text[at] === ' ' || text[at] === '\t')) {
		at--;
	}

	return Math.max(0, at);
}

/** Names next to each other that read as one: 2024年 1月 24日 as a date, 〔2024〕 12号 as a document number. */
export function joinNames(names: readonly Named[]): Named[] {
	const joined: Named[] = [];
	for (const name of names) {
		const last = joined.at(-1);
		const continues = last !== undefined && name.index === last.end
			&& ((name.kind === 'date' && (last.kind === 'year' || last.kind === 'date'))
				|| (name.kind === 'document-number' && last.kind === 'document-number')
				|| (name.kind === 'year' && last.kind === 'year'));
		if (continues) {
			joined[joined.length - 1] = {kind: name.kind, index: last.index, end: name.end};
		} else {
			joined.push(name);
		}
	}

	return joined;
}
