/**
How a value cell looks: derived values apart from stated ones, the best and worst
stated value of a row where the catalog says which direction is better, and a
stated year-on-year change that went the better or worse way.
*/
import type {Indicator} from '../catalog/indicators.js';
import {shownFact, trendOf, type Cell} from '../model/index.js';
import type {Token} from './theme.js';

export type Extremes = {readonly best: number; readonly worst: number} | null;

/** A stated value in the indicator's own unit: the only kind a ranking may compare. */
function rankable(cell: Cell, indicator: Indicator): number | null {
	const fact = cell.fact;
	return fact !== null && fact.derived === null && fact.unit === indicator.unit ? fact.value : null;
}

/** The best and worst value among these cells, or null when polarity is neutral or there is no spread. */
export function extremes(cells: readonly Cell[], indicator: Indicator): Extremes {
	if (indicator.polarity === 'neutral') {
		return null;
	}

	const values = cells.map(cell => rankable(cell, indicator)).filter((value): value is number => value !== null);
	if (values.length < 2) {
		return null;
	}

	const high = Math.max(...values);
	const low = Math.min(...values);
	if (high === low) {
		return null;
	}

	return indicator.polarity === 'higher' ? {best: high, worst: low} : {best: low, worst: high};
}

export function cellTone(cell: Cell, indicator: Indicator, range: Extremes = null): Token {
	const fact = shownFact(cell);
	if (fact === null) {
		return 'text.muted';
	}

	if (fact.derived !== null) {
		return 'derived';
	}

	const value = rankable(cell, indicator);
	if (range !== null && value !== null && (value === range.best || value === range.worst)) {
		return value === range.best ? 'rank.best' : 'rank.worst';
	}

	const trend = trendOf(fact, indicator);
	return trend === null ? 'text.primary' : trend === 'good' ? 'status.good' : 'status.bad';
}
