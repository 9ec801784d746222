/**
Sentences of a line, with offsets into it. A sentence ends at 。!? (either width); a semicolon only
parts its clauses (新收…7152件;审结6929件 still speaks of reconsideration).
Clauses (split further at , : 、) are where a subject carries over.
*/
import {firstNonSpace} from './chars.js';

export type Sentence = {
	/** Offsets within the line. */
	readonly start: number;
	readonly end: number;
};

/** 。!? (the text is width-folded, so ！？ are among them). A regex scan beats a loop over char codes. */
const sentenceEnd = /[。!?]/g;

export function splitSentences(folded: string): Sentence[] {
	// Most lines end their sentences with 。 alone: a string search finds each end with less work than the pattern.
	if (!folded.includes('!') && !folded.includes('?')) {
		return splitAtFullStops(folded);
	}

	const sentences: Sentence[] = [];
	let start = 0;
	// test, not exec: no match object per sentence; each match is one character, so it ends at lastIndex.
	sentenceEnd.lastIndex = 0;
	while (sentenceEnd.test(folded)) {
		const end = sentenceEnd.lastIndex;
		pushSentence(sentences, folded, start, end);
		start = end;
	}

	pushSentence(sentences, folded, start, folded.length);
	return sentences;
}

/** splitSentences of a line whose only sentence end is 。. */
function splitAtFullStops(folded: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	for (let stop = folded.indexOf('。'); stop !== -1; stop = folded.indexOf('。', start)) {
		pushSentence(sentences, folded, start, stop + 1);
		start = stop + 1;
	}

	pushSentence(sentences, folded, start, folded.length);
	return sentences;
}

/** A plain function rather than a closure made per line: no allocation per line on the hot path. */
function pushSentence(sentences: Sentence[], folded: string, start: number, end: number): void {
	// A span of nothing but spaces is no sentence.
	if (end > start && firstNonSpace(folded, start, end) !== -1) {
		sentences.push({start, end});
	}
}

/** Where the clause containing `at` begins, within a sentence's text. */
export function clauseStart(text: string, at: number): number {
	for (let i = at - 1; i >= 0; i--) {
		if (',,::、'.includes(text[i]!)) {
			return i + 1;
		}
	}

	return 0;
}
