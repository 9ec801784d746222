/**
A table as lines of styled spans, measured in display columns. Lines are padded to
one width, and every line ends in a visible character when the last column is
right-aligned (terminal output trims trailing spaces), so a snapshot stays
rectangular. The dashboard draws these lines with Ink; a snapshot prints them.
*/
import type {Line, Span} from './line.js';
import type {Token} from './theme.js';
import {columnGap, columnWidths, pad, ruleLine, spanWidth, truncate, type TableColumn, type TableRow} from './table-layout.js';

export type TableLinesInput = {
	readonly columns: readonly TableColumn[];
	readonly rows: readonly TableRow[];
	/** Indexes into `rows` and `columns`; that cell is drawn with the cursor. */
	readonly cursor?: {readonly row: number; readonly column: number} | null;
	/** Column widths measured over more rows than these (a window keeps its columns while it scrolls). */
	readonly widths?: readonly number[];
	/** A text row under the cursor is drawn with the cursor too. */
	readonly cursorRow?: number | null;
	/** How wide text rows may run; the table's width unless given (a screen is often wider than its table). */
	readonly textWidth?: number;
};

const gap: Span = {text: ' '.repeat(columnGap)};

const span = (text: string, tone: Token, underCursor: boolean): Span => (underCursor ? {text, tone, cursor: true} : {text, tone});

export function tableLines({columns, rows, cursor = null, widths: given, cursorRow = null, textWidth}: TableLinesInput): Line[] {
	const widths = given ?? columnWidths(columns, rows);
	const width = spanWidth(widths);
	const fit = (text: string, index: number) => {
		const size = widths[index] ?? 0;
		return pad(truncate(text, size), size, columns[index]?.align);
	};

	const cellsLine = (spans: Span[]): Line => spans.flatMap((span, index) => (index > 0 ? [gap, span] : [span]));
	const lines: Line[] = [
		cellsLine(columns.map((column, index) => ({text: fit(column.header, index), tone: column.tone ?? 'heading'}))),
		[{text: '─'.repeat(width), tone: 'text.muted'}],
	];
	for (const [rowIndex, row] of rows.entries()) {
		if (row.kind === 'rule') {
			lines.push([{text: ruleLine(row.title, width), tone: 'accent'}]);
		} else if (row.kind === 'text') {
			lines.push([span(truncate(row.text, textWidth ?? width), row.tone ?? 'text.primary', cursorRow === rowIndex)]);
		} else {
			lines.push(cellsLine(columns.map((_, index) => {
				const cell = row.cells[index];
				return span(fit(cell?.text ?? '', index), cell?.tone ?? 'text.primary', cursor?.row === rowIndex && cursor.column === index);
			})));
		}
	}

	return lines;
}
