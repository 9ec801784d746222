/**
A comparison as table data: frozen label and unit columns, one column per report,
an area rule above each group. Pure, so the snapshot can measure the table before
Ink draws it, and the dashboard can move a cursor and a window over it.
*/
import {formatCell, labelOf, shownFact, trendOf, unitLabel, words, type Cell, type Column, type Comparison, type Lang, type Row} from '../model/index.js';
import type {Indicator} from '../catalog/indicators.js';
import type {TableCell, TableColumn, TableRow} from './table-layout.js';
import type {Token} from './theme.js';

/** Row: an index into comparison.rows; column: an index into comparison.columns. */
export type CursorCell = {readonly row: number; readonly column: number};

/** The slice of rows and report columns on screen; label and unit columns always show. */
export type Viewport = {
	readonly row?: number;
	readonly rows?: number;
	readonly column?: number;
	readonly columns?: number;
};

export type CompareTableProps = {
	readonly comparison: Comparison;
	readonly lang?: Lang;
	readonly cursor?: CursorCell | null;
	readonly viewport?: Viewport;
	/** Cut indicator labels wider than this (display columns). */
	readonly maxLabelWidth?: number;
	/** Fold values ≥ 100,000 into 万 (the default for zh). */
	readonly wan?: boolean;
};

/** Columns before the first report column. */
export const frozenColumns = 2;

function fileStem(file: string): string {
	return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.[^.]+$/, '');
}

/** `朝阳区 2024`; a report whose district was not recognised is named by its file. */
export function columnLabel(column: Column): string {
	const district = column.district ?? fileStem(column.file);
	return column.year === null ? district : `${district} ${column.year}`;
}

function toneOf(cell: Cell, indicator: Indicator): Token {
	const fact = shownFact(cell);
	if (fact === null) {
		return 'text.muted';
	}

	if (fact.derived !== null) {
		return 'derived';
	}

	const trend = trendOf(fact, indicator);
	return trend === null ? 'text.primary' : trend === 'good' ? 'status.good' : 'status.bad';
}

function slice<T>(items: readonly T[], start = 0, count?: number): {items: readonly T[]; start: number} {
	const from = Math.max(0, start);
	return {items: items.slice(from, count === undefined ? undefined : from + count), start: from};
}

export function compareTable({comparison, lang = 'zh', cursor = null, viewport = {}, maxLabelWidth, wan = lang === 'zh'}: CompareTableProps): {
	columns: TableColumn[];
	rows: TableRow[];
	cursor: {row: number; column: number} | null;
} {
	const shownColumns = slice(comparison.columns, viewport.column, viewport.columns);
	const shownRows = slice(comparison.rows, viewport.row, viewport.rows);
	const visible = new Set<Row>(shownRows.items);
	const columns: TableColumn[] = [
		{header: labelOf(words.indicator, lang), maxWidth: maxLabelWidth},
		{header: labelOf(words.unit, lang)},
		...shownColumns.items.map(column => ({header: columnLabel(column), align: 'right' as const})),
	];
	const rows: TableRow[] = [];
	let tableCursor: {row: number; column: number} | null = null;
	for (const group of comparison.groups) {
		const members = group.rows.filter(row => visible.has(row));
		if (members.length === 0) {
			continue;
		}

		rows.push({kind: 'rule', title: labelOf(group.area, lang)});
		for (const row of members) {
			if (cursor !== null && comparison.rows[cursor.row] === row) {
				const column = cursor.column - shownColumns.start;
				tableCursor = column >= 0 && column < shownColumns.items.length ? {row: rows.length, column: frozenColumns + column} : null;
			}

			const cells: TableCell[] = shownColumns.items.map((_, index) => {
				const cell = row.cells[shownColumns.start + index] ?? {fact: null};
				return {text: formatCell(cell, row.indicator, {wan}), tone: toneOf(cell, row.indicator)};
			});
			rows.push({
				kind: 'cells',
				cells: [
					{text: labelOf(row.indicator, lang)},
					{text: unitLabel(row.indicator.unit, lang), tone: 'text.muted'},
					...cells,
				],
			});
		}
	}

	return {columns, rows, cursor: tableCursor};
}
