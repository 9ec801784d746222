/**
Width math for tables, all in display columns: a Chinese character takes two,
so String.length would misalign every row that mixes 朝阳区 with 7,152.
*/
import {graphemes} from '../text/intl.js';
import {fastWidth} from './display-width.js';
import type {Token} from './theme.js';

export type Align = 'left' | 'right';

export type TableColumn = {
	readonly header: string;
	readonly align?: Align;
	/** Cells wider than this are cut with an ellipsis. */
	readonly maxWidth?: number;
	/** How the header reads, where it says more than a heading (a report of another year). */
	readonly tone?: Token;
};

export type TableCell = {
	readonly text: string;
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

export function pad(text: string, width: number, align: Align = 'left'): string {
	const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
	return align === 'right' ? fill + text : text + fill;
}

/** Each column as wide as its widest header or cell, but no wider than its maxWidth. */
export function columnWidths(columns: readonly TableColumn[], rows: readonly TableRow[]): number[] {
	return columns.map((column, index) => {
		let width = displayWidth(column.header);
		for (const row of rows) {
			if (row.kind === 'cells') {
				width = Math.max(width, displayWidth(row.cells[index]?.text ?? ''));
			}
		}

		return Math.min(width, column.maxWidth ?? Number.POSITIVE_INFINITY);
	});
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
