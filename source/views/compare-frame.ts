/**
The compare view cut to the screen: which reports and indicators fit around the
cursor, measured in display columns, and what is left off to either side.
*/
import {labelOf, unitLabel, words, type Column, type Comparison, type Lang} from '../model/index.js';
import {columnTexts} from './compare-cells.js';
import {columnLabel, compareTable, spreadWord, type CursorCell} from './compare-table.js';
import {displayWidth, headerWidth} from './table-layout.js';
import {frozenWidth, windowTable, type Scroll, type TableFrame, type TableSpec} from './table-window.js';

export type CompareFrameInput = {
	readonly comparison: Comparison;
	readonly lang: Lang;
	readonly cursor: CursorCell;
	readonly width: number;
	readonly height: number;
	readonly previous: Scroll;
	readonly header?: (column: Column) => string;
	/** Each value's change beside it: true or false as asked, null (or absent) when it leaves room for enough districts. */
	readonly changes?: boolean | null;
};

/** Districts side by side that the changes beside their values may not crowd out (fewer when fewer are compared). */
export const fewestDistricts = 3;

/** Labels take up to a quarter of the width, never under 12 columns (行政复议收案 and 行政复议审结 must stay apart). */
export function labelRoom(width: number): number {
	return Math.max(12, Math.floor(width / 4));
}

export type CompareSpecInput = Omit<CompareFrameInput, 'height' | 'previous' | 'changes'> & {
	readonly changes?: boolean;
	/** The spread column at the end (default on); a printed band leaves it off, see snapshot/text.ts. */
	readonly spark?: boolean;
};

export function compareSpec({comparison, lang, cursor, width, header = column => columnLabel(column, lang), changes = true, spark = true}: CompareSpecInput): TableSpec {
	const wan = lang === 'zh';
	const labels = comparison.rows.map(row => displayWidth(labelOf(row.indicator, lang)));
	const labelWidth = Math.min(labelRoom(width), Math.max(displayWidth(labelOf(words.indicator, lang)), ...labels));
	const unitWidth = Math.max(displayWidth(labelOf(words.unit, lang)), ...comparison.rows.map(row => displayWidth(unitLabel(row.indicator.unit, lang))));
	const widths = new Map<number, number>();
	const columnWidth = (index: number) => {
		let size = widths.get(index);
		if (size === undefined) {
			const column = comparison.columns[index];
			size = column === undefined ? 0 : headerWidth({header: header(column), wrap: true});
			for (const text of columnTexts(comparison, index, {wan, lang, changes})) {
				size = Math.max(size, displayWidth(text));
			}

			widths.set(index, size);
		}

		return size;
	};

	return {
		count: comparison.columns.length,
		frozen: frozenWidth([labelWidth, unitWidth]),
		trailing: shown => (spark ? Math.max(displayWidth(labelOf(spreadWord, lang)), shown) : 0),
		columnWidth,
		build: (first, shown) => compareTable({comparison, lang, cursor, viewport: {column: first, columns: shown}, maxLabelWidth: labelWidth, wan, header, changes, spark}),
	};
}

/** The frame, and whether it shows the changes beside the values (what `d` turns the other way). */
export function compareFrame(input: CompareFrameInput): TableFrame & {readonly changes: boolean} {
	const frame = (changes: boolean) => ({...windowTable(compareSpec({...input, changes}), {column: input.cursor.column, width: input.width, height: input.height, previous: input.previous}), changes});
	if (typeof input.changes === 'boolean') {
		return frame(input.changes);
	}

	const withChanges = frame(true);
	const {left, right} = withChanges.offscreen;
	const count = input.comparison.columns.length;
	return count - left - right >= Math.min(fewestDistricts, count) ? withChanges : frame(false);
}

