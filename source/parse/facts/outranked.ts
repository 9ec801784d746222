/**
A report that counts an indicator in the indicator's own words (主动公开政府信息11314条) has stated it. Two weaker
readings of the same indicator and unit are then set aside and kept as figures:
- a smaller figure a rule read only with a topic borrowed from its sentence or section (…发布工作动态250条, in a
  paragraph on disclosure), most often a part of that count or another body's: the total is the fact. A larger one
  stays, since the count in its own words may be the part; so do figures read by an enumeration's or a list's
  words, which are siblings, not parts;
- a figure whose own words name a lesser measure of the indicator (Rule.lesser: 审结…5129件 beside 受理…5109件),
  whatever its size: it counts something else than the indicator does, and is kept only when nothing better is
  given.
*/
import type {Fact, Figure, Quantity} from '../types.js';
import type {Hold} from './why.js';

/** A fact a count in its own words may outrank: where it stands among the facts and figures, and its quantity. */
export type Outrankable = {readonly at: number; readonly figuresBefore: number; readonly quantity: Quantity};

/** Told of each fact set aside, with the fact in its indicator's own words that outranks it. */
export type OutrankedSink = (quantity: Quantity, by: Fact) => void;

/** Whether a fact held so may be outranked (index.ts keeps a list of those, a few a report). */
export function outrankable(hold: Hold): boolean {
	return hold === 'borrowed topic' || hold === 'lesser measure';
}

/**
Moves each outrankable reading a count in its own words outranks from `facts` to `figures`, where it would have
stood, with the prior-year value derived from it. `holds` says how each fact was held (derived ones: lent words).
*/
export function setAsideOutranked(facts: Fact[], holds: readonly Hold[], figures: Figure[], readings: readonly Outrankable[], sink?: OutrankedSink): void {
	const drop = new Set<number>();
	let moved = 0;
	for (const {at, figuresBefore, quantity} of readings) {
		const fact = facts[at]!;
		const by = largestInOwnWords(facts, holds, fact);
		if (by === undefined || (holds[at] === 'borrowed topic' && by.value <= fact.value)) continue;
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
