/**
How a value cell looks: derived values apart from stated ones, the best and worst
stated value of a row where the catalog says which direction is better, and a
stated year-on-year change that went the better or worse way.
*/
import type {Indicator} from '../catalog/indicators.js';
import {shownFact, trendOf, type Cell} from '../model/index.js';
import type {Token} from './theme.js';

export type Extremes = {readonly best: Ranked | null; readonly worst: Ranked | null} | null;

/**
How far apart a hedged value (余, 近, 约, 超…) must be from an exact one to be called better or worse: such
figures are rounded to their leading digits, and 近200 may be 185 as 200余 may be 215.
*/
export const hedgeMargin = 0.1;

export type Ranked = {readonly value: number; readonly approx: boolean};

/** A stated value in the indicator's own unit: the only kind a ranking may compare. */
function rankable(cell: Cell, indicator: Indicator): Ranked | null {
	const fact = cell.fact;
	return fact !== null && fact.derived === null && fact.unit === indicator.unit ? {value: fact.value, approx: fact.approx} : null;
}

/** Does `a` clearly lie beyond every exact value of `others` in the direction `sign` (+1 above, -1 below)? */
function clearly(a: Ranked, others: readonly Ranked[], sign: 1 | -1): boolean {
	return others.every(other => other === a || other.approx || (a.value - other.value) * sign > Math.abs(other.value) * hedgeMargin);
}

/**
The best and worst value among these cells, or null when polarity is neutral or there is no spread. A hedged
value at either end is marked only when it clearly beats every exact value (by more than the hedge margin):
≈180 is no better than an exact 170, so that end is left unmarked.
*/
export function extremes(cells: readonly Cell[], indicator: Indicator): Extremes {
	if (indicator.polarity === 'neutral') {
		return null;
	}

	const values = cells.map(cell => rankable(cell, indicator)).filter((value): value is Ranked => value !== null);
	if (values.length < 2) {
		return null;
	}

	const high = values.reduce((a, b) => (b.value > a.value || (b.value === a.value && !b.approx) ? b : a));
	const low = values.reduce((a, b) => (b.value < a.value || (b.value === a.value && !b.approx) ? b : a));
	if (high.value === low.value) {
		return null;
	}

	const top = !high.approx || clearly(high, values, 1) ? high : null;
	const bottom = !low.approx || clearly(low, values, -1) ? low : null;
	return indicator.polarity === 'higher' ? {best: top, worst: bottom} : {best: bottom, worst: top};
}

export function cellTone(cell: Cell, indicator: Indicator, range: Extremes = null): Token {
	const fact = shownFact(cell);
	if (fact === null) {
		return 'text.muted';
	}

	if (fact.derived !== null) {
		return 'derived';
	}

	const ranked = rankable(cell, indicator);
	const is = (end: Ranked | null | undefined) => ranked !== null && end != null && ranked.value === end.value && ranked.approx === end.approx;
	if (is(range?.best)) {
		return 'rank.best';
	}

	if (is(range?.worst)) {
		return 'rank.worst';
	}

	const trend = trendOf(fact, indicator);
	return trend === null ? 'text.primary' : trend === 'good' ? 'status.good' : 'status.bad';
}
