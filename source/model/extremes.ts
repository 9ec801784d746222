/**
The best and worst value of a row, where the catalog says which direction is better. Only
stated values of the row's measure take part (comparable.ts): a derived value is an estimate,
and a value counted in another measure is not in the same race. A caller may leave out more
cells (`mayRank`) without this rule knowing why.
*/
import type {Indicator} from '../catalog/indicators.js';
import {sameMeasure} from './comparable.js';
import type {Cell} from './comparison.js';

/**
How far apart a hedged value (余, 近, 约, 超…) must be from an exact one to be called better or worse: such
figures are rounded to their leading digits, and 近200 may be 185 as 200余 may be 215.
*/
export const hedgeMargin = 0.1;

export type Standing = 'best' | 'worst' | null;

type Candidate = {readonly value: number; readonly approx: boolean};

function candidate(cell: Cell, indicator: Indicator): Candidate | null {
	const fact = cell.fact;
	return fact !== null && fact.derived === null && sameMeasure(fact, indicator) ? {value: fact.value, approx: fact.approx} : null;
}

/** Does `a` clearly lie beyond every exact value of `others` in the direction `sign` (+1 above, -1 below)? */
function clearly(a: Candidate, others: readonly Candidate[], sign: 1 | -1): boolean {
	return others.every(other => other === a || other.approx || (a.value - other.value) * sign > Math.abs(other.value) * hedgeMargin);
}

/**
Each cell's standing in its row: best, worst or neither; all neither when polarity is neutral or there is no
spread. A hedged value at either end is marked only when it clearly beats every exact value (by more than the
hedge margin): ≈180 is no better than an exact 170, so that end is left unmarked.
*/
export function standings(cells: readonly Cell[], indicator: Indicator, mayRank: (cell: Cell, index: number) => boolean = () => true): Standing[] {
	const candidates = cells.map((cell, index) => (mayRank(cell, index) ? candidate(cell, indicator) : null));
	const none = cells.map((): Standing => null);
	const values = candidates.filter((value): value is Candidate => value !== null);
	if (indicator.polarity === 'neutral' || values.length < 2) {
		return none;
	}

	const high = values.reduce((a, b) => (b.value > a.value || (b.value === a.value && !b.approx) ? b : a));
	const low = values.reduce((a, b) => (b.value < a.value || (b.value === a.value && !b.approx) ? b : a));
	if (high.value === low.value) {
		return none;
	}

	const top = !high.approx || clearly(high, values, 1) ? high : null;
	const bottom = !low.approx || clearly(low, values, -1) ? low : null;
	const [best, worst] = indicator.polarity === 'higher' ? [top, bottom] : [bottom, top];
	const is = (value: Candidate | null, end: Candidate | null) => value !== null && end !== null && value.value === end.value && value.approx === end.approx;
	return candidates.map(value => (is(value, best) ? 'best' : is(value, worst) ? 'worst' : null));
}
