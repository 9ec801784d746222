/**
The compare view: indicators down, reports across. With no cursor and no viewport it
draws everything, which is what a snapshot wants; the dashboard passes both.
*/
import {Table} from './Table.js';
import {compareTable, type CompareTableProps} from './compare-table.js';

export type {CompareTableProps, CursorCell, Viewport} from './compare-table.js';

export function CompareTable(props: CompareTableProps) {
	const {columns, rows, cursor} = compareTable(props);
	return <Table columns={columns} rows={rows} cursor={cursor}/>;
}
