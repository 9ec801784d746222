/**
Whether a value may stand with the others of its row. The catalog says which measure
words count the same thing as an indicator's unit (`accepts`): 26项 of audit projects
is compared as 26 in the 个 row, but 756次 of legal opinions is not 756条, and
12,134件 of consultations is not 12,134人次. Such a value is shown with its own unit
and marked, and is never ranked, plotted or sorted among the comparable ones.
*/
import type {Indicator} from '../catalog/indicators.js';
import type {Fact} from '../parse/types.js';
import {shownFact, type Cell} from './comparison.js';

export function sameMeasure(fact: Pick<Fact, 'unit'>, indicator: Indicator): boolean {
	return fact.unit === indicator.unit || indicator.accepts.includes(fact.unit);
}

/** The value a row may compare: the shown fact's, when it counts what the row counts. */
export function comparableValue(cell: Cell, indicator: Indicator): number | null {
	const fact = shownFact(cell);
	return fact !== null && sameMeasure(fact, indicator) ? fact.value : null;
}

/** Where a cell sorts in its row: 0 a comparable value, 1 a value in another measure, 2 not disclosed. */
export type SortKey = {readonly tier: 0 | 1 | 2; readonly value: number};

export function sortKey(cell: Cell, indicator: Indicator): SortKey {
	const fact = shownFact(cell);
	if (fact === null) {
		return {tier: 2, value: 0};
	}

	return sameMeasure(fact, indicator) ? {tier: 0, value: fact.value} : {tier: 1, value: 0};
}

/**
Comparable values by value (ascending when `sign` is 1), then the values in another measure, then the
undisclosed: either way a reader sorting wants the figures that compare first. Ties are left to the caller.
*/
export function compareSortKeys(a: SortKey, b: SortKey, sign: 1 | -1): number {
	return a.tier - b.tier || (a.tier === 0 ? sign * (a.value - b.value) : 0);
}
