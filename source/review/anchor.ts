/**
How a decision finds its number again. The sentence is compared with its spacing
taken out (a page saved again may wrap or pad it differently); the expression must
be in it as written. Among several equal candidates the one nearest the remembered
line wins, so a sentence repeated in a report still resolves the way it was decided.
*/
import type {Decision} from './decision.js';

/** What the parser read and where: a fact or a figure, as far as an anchor needs. */
export type Anchorable = {readonly match: string; readonly text: string; readonly line: number};

const spacing = /[\s\u3000]+/gu;

/** A sentence as anchors compare it. */
export function sentenceKey(sentence: string): string {
	return sentence.replace(spacing, '');
}

/** The index of the item this decision is about, or null when its sentence or expression is gone. */
export function locate(decision: Pick<Decision, 'expression' | 'sentence' | 'line'>, items: readonly Anchorable[]): number | null {
	const sentence = sentenceKey(decision.sentence);
	const expression = sentenceKey(decision.expression);
	let found: number | null = null;
	let distance = Number.POSITIVE_INFINITY;
	items.forEach((item, index) => {
		if (sentenceKey(item.match) !== expression || sentenceKey(item.text) !== sentence) {
			return;
		}

		const away = decision.line === null ? 0 : Math.abs(item.line - decision.line);
		if (away < distance) {
			found = index;
			distance = away;
		}
	});
	return found;
}
