/**
A table on Box and Text that measures in display columns. Lines are padded to one
width, and every line ends in a visible character when the last column is
right-aligned (Ink trims trailing spaces), so a snapshot stays rectangular.
*/
import {Fragment, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import {columnGap, columnWidths, pad, ruleLine, spanWidth, truncate, type TableColumn, type TableRow} from './table-layout.js';
import {useTheme} from './theme.js';

export type TableProps = {
	readonly columns: readonly TableColumn[];
	readonly rows: readonly TableRow[];
	/** Indexes into `rows` and `columns`; that cell is drawn inverse. */
	readonly cursor?: {readonly row: number; readonly column: number} | null;
	/** Column widths measured over more rows than these (a window keeps its columns while it scrolls). */
	readonly widths?: readonly number[];
	/** A text row under the cursor is drawn inverse too. */
	readonly cursorRow?: number | null;
	/** How wide text rows may run; the table's width unless given (a screen is often wider than its table). */
	readonly textWidth?: number;
};

function joined(parts: readonly ReactNode[]): ReactNode[] {
	const gap = ' '.repeat(columnGap);
	// Cells never move within a line, so their position is their identity.
	return parts.map((part, index) => <Fragment key={index}>{index > 0 ? gap : ''}{part}</Fragment>);
}

export function Table({columns, rows, cursor = null, widths: given, cursorRow = null, textWidth}: TableProps) {
	const theme = useTheme();
	const widths = given ?? columnWidths(columns, rows);
	const width = spanWidth(widths);
	const fit = (text: string, index: number) => {
		const column = columns[index];
		const size = widths[index] ?? 0;
		return pad(truncate(text, size), size, column?.align);
	};

	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end" {...theme.heading}>
				{joined(columns.map((column, index) => fit(column.header, index)))}
			</Text>
			<Text wrap="truncate-end" {...theme['text.muted']}>{'─'.repeat(width)}</Text>
			{rows.map((row, rowIndex) => row.kind === 'rule'
				? <Text key={rowIndex} wrap="truncate-end" {...theme.accent}>{ruleLine(row.title, width)}</Text>
				: row.kind === 'text'
				? <Text key={rowIndex} wrap="truncate-end" {...theme[row.tone ?? 'text.primary']} {...(cursorRow === rowIndex ? theme.cursor : {})}>{truncate(row.text, textWidth ?? width)}</Text>
				: (
					<Text key={rowIndex} wrap="truncate-end">
						{joined(columns.map((_, index) => {
							const cell = row.cells[index];
							const atCursor = cursor?.row === rowIndex && cursor.column === index;
							const style = {...theme[cell?.tone ?? 'text.primary'], ...(atCursor ? theme.cursor : {})};
							return <Text {...style}>{fit(cell?.text ?? '', index)}</Text>;
						}))}
					</Text>
				))}
		</Box>
	);
}
