/**
Prior-year values implied by a year-on-year statement. They are computed, never
reported, so each names the statement and the arithmetic it came from.
*/
import type {Fact} from './types.js';

function round(value: number, places: number): number {
	const factor = 10 ** places;
	return Math.round(value * factor) / factor;
}

function show(value: number): string {
	return String(round(value, 2));
}

export function derivePriorYear(fact: Fact, year: number | null): Fact | null {
	const yoy = fact.yoy;
	if (!yoy || fact.derived) {
		return null;
	}

	const isRate = fact.unit === '%';
	let value: number;
	let formula: string;
	if (yoy.kind === 'pp') {
		// Percentage points only make sense on a rate.
		if (!isRate) {
			return null;
		}

		value = fact.value - yoy.value;
		formula = `${show(fact.value)}% ${yoy.value >= 0 ? '−' : '+'} ${show(Math.abs(yoy.value))} pp = ${show(value)}%`;
	} else {
		if (yoy.value <= -100) {
			return null;
		}

		value = fact.value / (1 + yoy.value / 100);
		formula = `${show(fact.value)} ÷ (1 ${yoy.value >= 0 ? '+' : '−'} ${show(Math.abs(yoy.value))}%) ≈ ${show(value)}`;
	}

	return {
		...fact,
		value: round(value, isRate ? 2 : 0),
		approx: true,
		yoy: null,
		derived: {kind: 'prior-year', year: year === null ? null : year - 1, from: yoy.text, formula},
		// The figure it is computed from, and why that one was read as this indicator.
		...(fact.why === undefined ? {} : {why: `prior year of ${fact.match} (${fact.why})`}),
	};
}
