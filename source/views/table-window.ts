/**
A table too big for the screen, cut to what fits: report columns that fit beside
the frozen ones, and the lines that fit under the header, both following the
cursor. Only the columns on screen are ever formatted, so a corpus of thousands of
reports costs no more per frame than five.
*/
import {columnGap, fittedWidths, type TableColumn, type TableRow} from './table-layout.js';
import {headLines} from './table-lines.js';
import {fitColumns, follow, type Offscreen} from './window.js';

export type Scroll = {readonly top: number; readonly left: number};

export const origin: Scroll = {top: 0, left: 0};

export type BuiltTable = {
	readonly columns: TableColumn[];
	readonly rows: TableRow[];
	/** Line and column of the cursor cell, if on screen. */
	readonly cursor: {readonly row: number; readonly column: number} | null;
	/** Line of the cursor when it is on a text row. */
	readonly cursorLine?: number | null;
};

export type TableSpec = {
	/** Scrolling columns (reports, years). */
	readonly count: number;
	/** Display columns taken by the frozen columns before them, gaps included. */
	readonly frozen: number;
	/** Display columns taken by a column after them (a spark column), given how many show; 0 when there is none. */
	readonly trailing: (shown: number) => number;
	readonly columnWidth: (index: number) => number;
	readonly build: (first: number, shown: number) => BuiltTable;
};

export type TableFrame = BuiltTable & {
	readonly widths: readonly number[];
	readonly offscreen: Offscreen;
	readonly scroll: Scroll;
};

export function windowTable(spec: TableSpec, {column, width, height, previous}: {column: number; width: number; height: number; previous: Scroll}): TableFrame {
	const fit = (trailing: number) => fitColumns(spec.columnWidth, spec.count, column, width - spec.frozen - trailing, previous.left);
	let {first, shown} = fit(spec.trailing(0));
	// The trailing column may grow with the columns it sums up; fit again once with its real width.
	const trailing = spec.trailing(shown);
	if (trailing !== spec.trailing(0)) {
		({first, shown} = fit(trailing));
	}

	const built = spec.build(first, shown);
	// Measured over every row, not only those on screen, so the columns keep their widths as it scrolls.
	const widths = fittedWidths(built.columns, built.rows, width);
	// The header and the rule under it.
	const room = Math.max(1, height - headLines(built.columns, widths).length - 1);
	const cursorLine = built.cursor?.row ?? built.cursorLine ?? 0;
	const lead = built.rows[cursorLine - 1]?.kind === 'rule' ? 1 : 0;
	const top = follow(previous.top, cursorLine, room, built.rows.length, lead);
	const rows = built.rows.slice(top, top + room);
	const stops = (lines: readonly TableRow[]) => lines.filter(line => line.kind !== 'rule').length;
	return {
		columns: built.columns,
		rows,
		widths,
		cursor: built.cursor === null ? null : {row: built.cursor.row - top, column: built.cursor.column},
		cursorLine: built.cursorLine === undefined || built.cursorLine === null ? null : built.cursorLine - top,
		offscreen: {
			above: stops(built.rows.slice(0, top)),
			below: stops(built.rows.slice(top + room)),
			left: first,
			right: Math.max(0, spec.count - first - shown),
		},
		scroll: {top, left: first},
	};
}

/** The width of frozen columns of these widths, with the gap after each. */
export function frozenWidth(widths: readonly number[]): number {
	return widths.reduce((sum, each) => sum + each + columnGap, 0);
}
