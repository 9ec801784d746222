/**
How much of the catalog each report discloses: a count per column over the rows
shown. Only stated values count; a value we derived is not the report's disclosure.
*/
import type {Comparison} from './comparison.js';

export type Coverage = {
	/** Per column: rows with a reported value. */
	readonly disclosed: readonly number[];
	/** Per row, in comparison.rows order: columns with a reported value. */
	readonly byRow: readonly number[];
	readonly rows: number;
};

export function coverage(comparison: Comparison): Coverage {
	const disclosed = comparison.columns.map(() => 0);
	const byRow = comparison.rows.map(row => {
		let count = 0;
		row.cells.forEach((cell, index) => {
			if (cell.fact !== null) {
				count++;
				disclosed[index]!++;
			}
		});
		return count;
	});
	return {disclosed, byRow, rows: comparison.rows.length};
}

/** 0–100, rounded; 0 for an empty catalog. */
export function percent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
