/**
Number expressions in a sentence → quantities with unit, hedge and attached
year-on-year change. Names (years, document numbers, slogans, ordinals) never come out.
*/
import type {Quantity, Yoy} from '../types.js';
import type {Candidate} from './candidate.js';
import {everyParser, runParsers} from './parsers.js';
import {changeTargets, markNames, removeOverlaps, type Refiner} from './refiners.js';
import type {QuantitySink} from './sink.js';

const refiners: readonly Refiner[] = [removeOverlaps, markNames];

/**
`text` must be width-folded; offsets refer to it (and to the original, one for one).
`sink` hears every number expression set aside and why (the explain trace); parsing passes none. `may`: the
parsers worth running, as parsersFor of the line the sentence is part of.
*/
export function extractQuantities(text: string, sink?: QuantitySink, may = everyParser): Quantity[] {
	let candidates = runParsers(text, sink, may);
	if (candidates.length === 0) {
		// Most sentences state no number: nothing to refine.
		return [];
	}

	for (const refine of refiners) {
		candidates = refine(candidates, text, sink);
	}

	if (!hasChange(candidates)) {
		// No year-on-year change to attach: every candidate but the names stands as it is.
		const quantities: Quantity[] = [];
		for (const candidate of candidates) {
			if (!candidate.name) {
				quantities.push(toQuantity(candidate, null, text));
			}
		}

		return quantities;
	}

	const yoyOf = new Map<Candidate, Yoy>();
	const orphanChanges: Candidate[] = [];
	candidates.forEach((candidate, at) => {
		const change = candidate.change;
		if (!change || candidate.name) {
			return;
		}

		const targets = changeTargets(candidates, at, text);
		sink?.change(candidate, targets);
		if (targets.length === 0) {
			orphanChanges.push(candidate);
			return;
		}

		targets.forEach((target, i) => {
			const value = change.values[change.respectively ? i : 0] ?? change.values[0]!;
			yoyOf.set(target, {kind: change.kind, value, text: text.slice(candidate.index, candidate.end)});
		});
	});

	// A change with no figure before it (得分率较去年提升10.5%) is still a stated quantity.
	return candidates
		.filter(candidate => !candidate.name && (!candidate.change || orphanChanges.includes(candidate)))
		.map(candidate => (candidate.change ? toQuantity(candidate, null, text, true) : toQuantity(candidate, yoyOf.get(candidate) ?? null, text)));
}

function hasChange(candidates: readonly Candidate[]): boolean {
	for (const candidate of candidates) {
		if (candidate.change) {
			return true;
		}
	}

	return false;
}

/** Every quantity is written with the same keys in the same order (change undefined but for an orphan change): one hidden class for all, so the loads that read them stay monomorphic. */
function toQuantity(candidate: Candidate, yoy: Yoy | null, text: string, change?: true): Quantity {
	return {
		value: candidate.value,
		unit: candidate.unit,
		approx: candidate.approx,
		yoy,
		index: candidate.index,
		end: candidate.end,
		text: text.slice(candidate.index, candidate.end),
		change,
	};
}
