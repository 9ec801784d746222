/** A table drawn by Ink: the lines of table-lines.ts, which a snapshot prints without Ink. */
import {Lines} from './Lines.js';
import {tableLines, type TableLinesInput} from './table-lines.js';

export type TableProps = TableLinesInput;

export function Table(props: TableProps) {
	return <Lines lines={tableLines(props)}/>;
}
