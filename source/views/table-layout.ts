/**
Width math for tables, all in display columns: a Chinese character takes two,
so String.length would misalign every row that mixes 朝阳区 with 7,152.
*/
import type {Indicator} from '../catalog/indicators.js';
import {labelOf, type Lang} from '../model/labels.js';
import {graphemes} from '../text/intl.js';
import {fastWidth} from './display-width.js';
import type {Token} from './theme.js';

export type Align = 'left' | 'right';

export type TableColumn = {
	readonly header: string;
	readonly align?: Align;
	/** Cells wider than this are cut with an ellipsis. */
	readonly maxWidth?: number;
	/**
	The header may wrap at its spaces onto more lines (Chaoyang / (Beijing) 2024), so that where
	room is short the column need only be as wide as its cells and the header's longest word.
	*/
	readonly wrap?: boolean;
	/** How the header reads, where it says more than a heading (a report of another year). */
	readonly tone?: Token;
};

export type TableCell = {
	readonly text: string;
	/** What the cell says where its text does not fit: an abbreviation chosen by hand, not cut by count. */
	readonly short?: string;
	readonly tone?: Token;
};

export type TableRow =
	| {readonly kind: 'cells'; readonly cells: readonly TableCell[]}
	/** A line across the whole table naming the group below it. */
	| {readonly kind: 'rule'; readonly title: string}
	/** Free text under the table's columns (a report's outline, its plans), cut to the table's width. */
	| {readonly kind: 'text'; readonly text: string; readonly tone?: Token};

export const columnGap = 2;
export const ellipsis = '…';

const widths = new Map<string, number>();

export function displayWidth(text: string): number {
	let width = widths.get(text);
	if (width === undefined) {
		width = fastWidth(text);
		widths.set(text, width);
	}

	return width;
}

export function truncate(text: string, max: number): string {
	if (displayWidth(text) <= max) {
		return text;
	}

	if (max < 1) {
		return '';
	}

	let kept = '';
	let width = 0;
	for (const {segment} of graphemes().segment(text)) {
		const next = displayWidth(segment);
		if (width + next > max - 1) {
			break;
		}

		kept += segment;
		width += next;
	}

	return kept + ellipsis;
}

/** An indicator's label as a table's first cell, with its hand-made abbreviation in English. */
export function indicatorCell(indicator: Indicator, lang: Lang): TableCell {
	const text = labelOf(indicator, lang);
	return lang === 'en' && indicator.short !== undefined ? {text, short: indicator.short} : {text};
}

export function pad(text: string, width: number, align: Align = 'left'): string {
	const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
	return align === 'right' ? fill + text : text + fill;
}

const words = (text: string) => text.split(' ').filter(word => word !== '');

/** The narrowest a header may be: its longest word when it wraps, else the whole of it. */
export function headerWidth(column: TableColumn, compact = true): number {
	return compact && column.wrap === true ? Math.max(0, ...words(column.header).map(displayWidth)) : displayWidth(column.header);
}

/**
A wrapping header in lines of at most `width`, words kept whole where they fit. Its last
word (a column's year) takes the last line of its own, so the years line up under names.
*/
export function headerLines(column: TableColumn, width: number): string[] {
	if (column.wrap !== true || displayWidth(column.header) <= width) {
		return [truncate(column.header, width)];
	}

	const all = words(column.header);
	const lines: string[] = [];
	for (const word of all.slice(0, -1)) {
		const last = lines.at(-1);
		if (last !== undefined && displayWidth(last) + 1 + displayWidth(word) <= width) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else {
			lines.push(truncate(word, width));
		}
	}

	return [...lines, truncate(all.at(-1) ?? '', width)];
}

/** The widest cell of a column, its maxWidth aside. */
function widestCell(rows: readonly TableRow[], index: number): number {
	let width = 0;
	for (const row of rows) {
		if (row.kind === 'cells') {
			width = Math.max(width, displayWidth(row.cells[index]?.text ?? ''));
		}
	}

	return width;
}

/**
Each column as wide as its widest header or cell, but no wider than its maxWidth. `compact`:
a wrapping header counts its longest word only (fittedWidths widens it again where there is room).
*/
export function columnWidths(columns: readonly TableColumn[], rows: readonly TableRow[], compact = false): number[] {
	return columns.map((column, index) => Math.min(Math.max(headerWidth(column, compact), widestCell(rows, index)), column.maxWidth ?? Number.POSITIVE_INFINITY));
}

/**
Widths for a table that has `room` display columns: every column at its narrowest, then
what is left given first to the labels (the first column) up to their whole text, which
is what a row is known by, then to wrapped headers when it puts every one on one line again.
*/
export function fittedWidths(columns: readonly TableColumn[], rows: readonly TableRow[], room: number): number[] {
	const widths = columnWidths(columns, rows, true);
	let spare = room - spanWidth(widths);
	const grow = (index: number, wanted: number) => {
		const step = Math.max(0, Math.min(spare, wanted - (widths[index] ?? 0)));
		widths[index] = (widths[index] ?? 0) + step;
		spare -= step;
	};

	if (columns.length > 0) {
		grow(0, Math.max(headerWidth(columns[0]!), widestCell(rows, 0)));
	}

	// Only all at once: one header left wrapped keeps the header as tall, and ragged.
	const wrapped = columns.flatMap((column, index) => (column.wrap === true ? [index] : []));
	const wanted = wrapped.reduce((sum, index) => sum + Math.max(0, headerWidth(columns[index]!, false) - (widths[index] ?? 0)), 0);
	if (wanted <= spare) {
		for (const index of wrapped) {
			grow(index, headerWidth(columns[index]!, false));
		}
	}

	return widths;
}

/** The width of columns of these widths laid side by side with gaps. */
export function spanWidth(widths: readonly number[]): number {
	return widths.reduce((sum, width) => sum + width, 0) + (columnGap * Math.max(0, widths.length - 1));
}

/** `── title ─────`, exactly `width` columns, so it ends in a visible character like every other line. */
export function ruleLine(title: string, width: number): string {
	const head = `── ${truncate(title, Math.max(0, width - 4))} `;
	return truncate(head, width) + '─'.repeat(Math.max(0, width - displayWidth(head)));
}
