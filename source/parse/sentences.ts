/**
Sentences of a line, with offsets into it. A sentence ends at 。!?; (either width).
Clauses (split further at , : 、) are where a subject carries over.
*/
export type Sentence = {
	/** Offsets within the line. */
	readonly start: number;
	readonly end: number;
};

const sentenceEnd = /[。!?;!?;]/u;

export function splitSentences(folded: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	for (let i = 0; i < folded.length; i++) {
		if (sentenceEnd.test(folded[i]!)) {
			if (i + 1 > start) {
				sentences.push({start, end: i + 1});
			}

			start = i + 1;
		}
	}

	if (start < folded.length) {
		sentences.push({start, end: folded.length});
	}

	return sentences.filter(sentence => folded.slice(sentence.start, sentence.end).trim() !== '');
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
