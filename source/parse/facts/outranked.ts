/**
A report that counts an indicator in the indicator's own words (主动公开政府信息11314条) has stated it. A smaller
figure of the same indicator and unit that a rule read only with a topic borrowed from its sentence or section
(…发布工作动态250条, in a paragraph on disclosure) is then most often a part of that count or another body's: the
total is the fact, so the part is set aside and kept as a figure. A larger one stays, since the count in its own
words may be the part; so do figures read by an enumeration's or a list's words, which are siblings, not parts.
*/
import type {Fact, Figure, Quantity} from '../types.js';
import type {Hold} from './why.js';

/** A fact read with a borrowed topic: where it stands among the facts and figures, and its quantity. */
export type Borrowed = {readonly at: number; readonly figuresBefore: number; readonly quantity: Quantity};

/** Told of each fact set aside, with the fact in its indicator's own words that outranks it. */
export type OutrankedSink = (quantity: Quantity, by: Fact) => void;

/**
Moves each borrowed reading a count in its own words outranks from `facts` to `figures`, where it would have
stood, with the prior-year value derived from it. `holds` says how each fact was held (derived ones: lent words).
*/
export function setAsideOutranked(facts: Fact[], holds: readonly Hold[], figures: Figure[], borrowed: readonly Borrowed[], sink?: OutrankedSink): void {
	const drop = new Set<number>();
	let moved = 0;
	for (const {at, figuresBefore, quantity} of borrowed) {
		const fact = facts[at]!;
		const by = largestInOwnWords(facts, holds, fact);
		if (by === undefined || by.value <= fact.value) continue;
		drop.add(at);
		// The value derived from its change goes with it.
		if (facts[at + 1]?.derived && facts[at + 1]!.line === fact.line && facts[at + 1]!.indicator === fact.indicator) drop.add(at + 1);
		sink?.(quantity, by);
		const {indicator: _indicator, derived: _derived, why: _why, ...figure} = fact;
		figures.splice(figuresBefore + moved++, 0, figure);
	}

	if (drop.size === 0) return;
	let kept = 0;
	for (let i = 0; i < facts.length; i++) {
		if (!drop.has(i)) facts[kept++] = facts[i]!;
	}

	facts.length = kept;
}

function largestInOwnWords(facts: readonly Fact[], holds: readonly Hold[], of: Fact): Fact | undefined {
	let best: Fact | undefined;
	for (let i = 0; i < facts.length; i++) {
		const fact = facts[i]!;
		if (holds[i] === 'own words' && fact.indicator === of.indicator && fact.unit === of.unit && (best === undefined || fact.value > best.value)) best = fact;
	}

	return best;
}
