/**
The words a figure is read with. Chinese puts the noun before the number
(审结6929件, 出庭应诉281人次) except after a bare measure word, where the noun
follows (上线112个“一件事”集成服务, 对809名执法人员…进行轮训).
*/
import type {Quantity} from '../types.js';

export type Words = {
	/** The figure's own words: the clause before it, plus the noun phrase after it when it stands before its noun. */
	readonly own: string;
	/** Where the number sits within `own` (its words before it are own.slice(0, at)). */
	readonly at: number;
	/** own.slice(0, at), kept rather than sliced again by every reader. */
	readonly lead: string;
	/** The sentence up to the figure. */
	readonly before: string;
	readonly sentence: string;
	/** Section titles, innermost last. */
	readonly scope: string;
};

const clauseBreaks = ',,::;;';
/** Two-character words that say nothing of the subject; no two start with the same character. */
const fillerWords = ['共计', '累计', '全年', '其中', '分别', '达到', '合计', '总计'] as const;
const fillerChars = '共计达为和及与等了的是有';

/** A lookup table by UTF-16 code: 1 marks a clause break, 2 a filler character. */
const charKind = new Uint8Array(0x10000);
for (const char of clauseBreaks) charKind[char.charCodeAt(0)] = 1;
for (const char of fillerChars) charKind[char.charCodeAt(0)] = 2;
/** 1 marks the first character of a filler word: most characters start none, and need no word compared. */
const fillerStart = new Uint8Array(0x10000);
for (const word of fillerWords) fillerStart[word.charCodeAt(0)] = 1;

function lastBreak(text: string, from: number, to: number): number {
	for (let i = to - 1; i >= from; i--) {
		if (charKind[text.charCodeAt(i)] === 1) {
			return i + 1;
		}
	}

	return from;
}

function nextBreak(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) {
		if (charKind[text.charCodeAt(i)] === 1) {
			return i;
		}
	}

	return to;
}

const han = /[\p{Script=Han}“"‘《]/u;
const notNounStarts = ['以上', '左右', '之多', '以来', '同比', '较', '比', '的'] as const;

/** A measure word followed straight by a noun or a quote: the number modifies what follows. */
function standsBeforeNoun(sentence: string, quantity: Quantity): boolean {
	const next = sentence[quantity.end] ?? '';
	return han.test(next) && !notNounStarts.some(word => sentence.startsWith(word, quantity.end));
}

function fillerWordAt(text: string, i: number): boolean {
	for (const word of fillerWords) {
		if (text.startsWith(word, i)) {
			return true;
		}
	}

	return false;
}

/**
Two Chinese characters that are more than filler (共计, 其中, 和 …): a subject of its own.
Read as if the filler words were removed first, without building that string.
*/
function hasContent(text: string): boolean {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x4E00 && code <= 0x9FFF) {
			if (fillerStart[code] === 1 && fillerWordAt(text, i)) {
				i++;
			} else if (charKind[code] !== 2 && ++count >= 2) {
				return true;
			}
		}
	}

	return false;
}

export function wordsFor(sentence: string, quantities: readonly Quantity[], k: number, scope: string, previous: Words | undefined): Words {
	const quantity = quantities[k]!;
	const previousEnd = k > 0 ? quantities[k - 1]!.end : 0;
	const nextStart = quantities[k + 1]?.index ?? sentence.length;
	const leadStart = lastBreak(sentence, previousEnd, quantity.index);
	let lead = sentence.slice(leadStart, quantity.index);
	const tail = standsBeforeNoun(sentence, quantity) ? sentence.slice(quantity.end, nextBreak(sentence, quantity.end, nextStart)) : '';
	let own = lead + tail;
	// 信访总量18426件次、23667人次 / 受理24件: the subject carries from the figure before.
	if (previous !== undefined && !hasContent(own)) {
		lead = previous.lead + lead;
		own = lead + tail;
	}

	return {
		own,
		at: lead.length,
		lead,
		// The topic of a figure is stated near it; a bounded look-back keeps a run-on sentence linear.
		before: sentence.slice(Math.max(0, quantity.index - 200), quantity.index),
		sentence,
		scope,
	};
}

/**
A figure introduced as another year's (2023年受理…100件, 去年同期为…) is a comparison, and one
summed over several years (近三年, 2021年以来, 党的十八大以来) is a total: neither is a result
of the year under review. 2024年以来 in a report on 2024 is that year.
*/
const otherPeriod = /上年|去年|上一年|前一年|近[两三四五六七八九十]年|[两三四五六七八九十]年来|历年|十[一二三四]五以来|[十二][八九十]大以来/u;

const statedYear = /((?:19|20)\d{2})年(?!至今|起)/gu;

export function aboutAnotherYear(words: Words, year: number | null): boolean {
	const {lead} = words;
	if (otherPeriod.test(lead)) {
		return true;
	}

	if (year === null) {
		return false;
	}

	if (!lead.includes('年')) {
		return false;
	}

	statedYear.lastIndex = 0;
	for (let match = statedYear.exec(lead); match !== null; match = statedYear.exec(lead)) {
		if (Number(match[1]) !== year) {
			return true;
		}
	}

	return false;
}
