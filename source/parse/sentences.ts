/**
Sentences of a line, with offsets into it. A sentence ends at 。!?; (either width).
Clauses (split further at , : 、) are where a subject carries over.
*/
export type Sentence = {
	/** Offsets within the line. */
	readonly start: number;
	readonly end: number;
};

const sentenceEnd = /[。!?;!?;]/gu;
const blank = /^\s*$/u;

export function splitSentences(folded: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	const push = (end: number) => {
		if (end > start && !blank.test(folded.slice(start, end))) {
			sentences.push({start, end});
		}

		start = end;
	};

	for (const match of folded.matchAll(sentenceEnd)) {
		push(match.index + 1);
	}

	push(folded.length);
	return sentences;
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
