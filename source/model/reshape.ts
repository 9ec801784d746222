/**
What the dashboard does to a comparison between keypresses: pick a peer group and
a year, filter rows or columns by a query, sort the columns by one row. The comparison is built
once per corpus; these only select and reorder what it already holds.
*/
import {labelOf} from './labels.js';
import {compareSortKeys, sortKey} from './comparable.js';
import type {Column, Comparison, Row} from './comparison.js';
import type {Indicator} from '../catalog/indicators.js';
import {inPeers, type Peers} from './peers.js';
import {matchesQuery, matchesWritten} from './search.js';

/** 'auto' filters each axis the query matches anything on, so `fy` narrows rows and `cy` columns. */
export type FilterTarget = 'auto' | 'rows' | 'columns';

export type Direction = 'ascending' | 'descending';

export type Sort = {readonly indicator: string; readonly direction: Direction};

export type Shape = {
	readonly peers?: Peers;
	readonly year?: number | null;
	readonly query?: string;
	readonly target?: FilterTarget;
	readonly sort?: Sort | null;
};

export function indicatorLabels(indicator: Indicator): string[] {
	return [labelOf(indicator, 'zh'), labelOf(indicator, 'en')];
}

/** What a column is found by: its district's names (pinyin too), or its file as written. */
export function columnLabels(column: Column): string[] {
	const {name, fullName} = column.report.district;
	return [name, fullName].filter((label): label is string => label !== null);
}

function matchesColumn(column: Column, query: string): boolean {
	return matchesQuery(columnLabels(column), query) || matchesWritten(column.file, query);
}

/** The years the columns (of a peer group) cover, latest first: what `y` cycles through. */
export function yearsOf(comparison: Comparison, peers?: Peers): number[] {
	const years = new Set<number>();
	for (const column of comparison.columns) {
		if (column.year !== null && (peers === undefined || inPeers(column.report, peers))) {
			years.add(column.year);
		}
	}

	return [...years].sort((a, b) => b - a);
}

function sortedIndexes(comparison: Comparison, indexes: number[], sort: Sort): number[] {
	const row = comparison.rows.find(each => each.indicator.id === sort.indicator);
	if (row === undefined) {
		return indexes;
	}

	const sign = sort.direction === 'ascending' ? 1 : -1;
	return indexes
		.map((index, order) => ({index, order, key: sortKey(row.cells[index] ?? {fact: null}, row.indicator)}))
		.sort((a, b) => compareSortKeys(a.key, b.key, sign) || a.order - b.order)
		.map(({index}) => index);
}

export type Reshaped = Comparison & {
	/** How many rows and columns the query kept on each axis it filtered; null where it did not filter. */
	readonly matched: {readonly rows: number | null; readonly columns: number | null};
};

export function reshape(comparison: Comparison, {peers, year = null, query = '', target = 'auto', sort = null}: Shape): Reshaped {
	let indexes = comparison.columns.flatMap((column, index) => ((year === null || column.year === year) && (peers === undefined || inPeers(column.report, peers)) ? [index] : []));
	let rows: readonly Row[] = comparison.rows;
	const matched: {rows: number | null; columns: number | null} = {rows: null, columns: null};
	if (query.trim() !== '') {
		const keptRows = target === 'columns' ? rows : rows.filter(row => matchesQuery(indicatorLabels(row.indicator), query));
		const keptColumns = target === 'rows' ? indexes : indexes.filter(index => matchesColumn(comparison.columns[index]!, query));
		if (target === 'rows' || (target === 'auto' && keptRows.length > 0)) {
			rows = keptRows;
			matched.rows = keptRows.length;
		}

		if (target === 'columns' || (target === 'auto' && keptColumns.length > 0)) {
			indexes = keptColumns;
			matched.columns = keptColumns.length;
		}
	}

	if (sort !== null) {
		indexes = sortedIndexes(comparison, indexes, sort);
	}

	const columns = indexes.map(index => comparison.columns[index]!);
	const unchanged = indexes.length === comparison.columns.length && indexes.every((index, order) => index === order);
	const reshapedRows = rows.map(row => (unchanged ? row : {...row, cells: indexes.map(index => row.cells[index] ?? {fact: null})}));
	const kept = new Map(rows.map((row, index) => [row, reshapedRows[index]!]));
	const groups = comparison.groups
		.map(group => ({area: group.area, rows: group.rows.flatMap(row => kept.get(row) ?? [])}))
		.filter(group => group.rows.length > 0);
	return {columns, rows: groups.flatMap(group => group.rows), groups, matched};
}
