/**
A report column's cells as they read: the value, and beside it its change on the year
before (Δ). Within a column values line up on the right and changes after them,
measured over every row, so a window scrolling down keeps the column's width.
*/
import {formatCell, formatChange, type Cell, type Comparison, type Lang} from '../model/index.js';
import {displayWidth, pad} from './table-layout.js';

export type CellOptions = {
	readonly wan: boolean;
	readonly lang: Lang;
	/** The change beside each value (default on); off where it would crowd districts off a narrow screen. */
	readonly changes?: boolean;
};

const undisclosed: Cell = {fact: null};

// A frame asks for the columns it shows, a width measure for every column: each is worked out once per comparison.
const cache = new WeakMap<Comparison, Map<string, readonly string[]>>();

export function columnTexts(comparison: Comparison, index: number, {wan, lang, changes: withChanges = true}: CellOptions): readonly string[] {
	let known = cache.get(comparison);
	if (known === undefined) {
		known = new Map();
		cache.set(comparison, known);
	}

	const key = `${index}:${lang}:${wan}:${withChanges}`;
	let texts = known.get(key);
	if (texts === undefined) {
		const values = comparison.rows.map(row => formatCell(row.cells[index] ?? undisclosed, row.indicator, {wan, lang}));
		const changes = comparison.rows.map(row => {
			const change = row.cells[index]?.change;
			return change === undefined || !withChanges ? '' : formatChange(change);
		});
		const valueWidth = Math.max(0, ...values.map(displayWidth));
		const changeWidth = Math.max(0, ...changes.map(displayWidth));
		texts = changeWidth === 0 ? values : values.map((value, row) => `${pad(value, valueWidth, 'right')} ${pad(changes[row]!, changeWidth)}`);
		known.set(key, texts);
	}

	return texts;
}
