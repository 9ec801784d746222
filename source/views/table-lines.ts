/**
A table as lines of styled spans, measured in display columns. Lines are padded to
one width, and every line ends in a visible character when the last column is
right-aligned (terminal output trims trailing spaces), so a snapshot stays
rectangular. The dashboard draws these lines with Ink; a snapshot prints them.
*/
import type {Line, Span} from './line.js';
import type {Token} from './theme.js';
import {columnGap, columnWidths, displayWidth, headerLines, pad, ruleLine, spanWidth, truncate, type TableColumn, type TableRow} from './table-layout.js';

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

/**
The header as lines: a wrapped header takes as many as it needs, the others sit on the
last, next to the cells they head (a year under its district, as the values are).
*/
export function headLines(columns: readonly TableColumn[], widths: readonly number[]): string[] {
	return headSpans(columns, widths).map(line => line.map(each => each.text).join(''));
}

/** The header lines as spans, each column's in its own tone (a report of another year reads apart). */
function headSpans(columns: readonly TableColumn[], widths: readonly number[]): Line[] {
	const each = columns.map((column, index) => headerLines(column, widths[index] ?? 0));
	const height = Math.max(1, ...each.map(lines => lines.length));
	return Array.from({length: height}, (_, line) => columns.flatMap((column, index): Span[] => {
		const lines = each[index]!;
		const text: Span = {text: pad(lines[line - (height - lines.length)] ?? '', widths[index] ?? 0, column.align), tone: column.tone ?? 'heading'};
		return index === 0 ? [text] : [gap, text];
	}));
}

export function tableLines({columns, rows, cursor = null, widths: given, cursorRow = null, textWidth}: TableLinesInput): Line[] {
	const widths = given ?? columnWidths(columns, rows);
	const width = spanWidth(widths);
	const fit = (text: string, index: number) => {
		const size = widths[index] ?? 0;
		return pad(truncate(text, size), size, columns[index]?.align);
	};

	const cellsLine = (spans: Span[]): Line => spans.flatMap((span, index) => (index > 0 ? [gap, span] : [span]));
	const lines: Line[] = [
		...headSpans(columns, widths),
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
				const text = cell?.short !== undefined && displayWidth(cell.text) > (widths[index] ?? 0) ? cell.short : cell?.text ?? '';
				return span(fit(text, index), cell?.tone ?? 'text.primary', cursor?.row === rowIndex && cursor.column === index);
			})));
		}
	}

	return lines;
}
