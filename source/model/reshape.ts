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
import {districtId} from './identity.js';
import {alignColumns, alignedYear, rankedKey} from './years.js';

/** 'auto' filters each axis the query matches anything on, so `fy` narrows rows and `cy` columns. */
export type FilterTarget = 'auto' | 'rows' | 'columns';

export type Direction = 'ascending' | 'descending';

export type Sort = {readonly indicator: string; readonly direction: Direction};

export type Shape = {
	readonly peers?: Peers;
	/**
	The year the columns align on, one column per district (years.ts): null for the year most of them
	report. 'each' (the default) keeps every report its own column, as a district over its years is shown.
	*/
	readonly year?: number | null | 'each';
	/** Districts stepped to another of their years: district id → year. */
	readonly chosen?: Readonly<Record<string, number>>;
	readonly query?: string;
	readonly target?: FilterTarget;
	readonly sort?: Sort | null;
	/** The district benchmarked (a district id): its column comes first whatever the sort. */
	readonly pinned?: string | null;
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

function sortedIndexes(comparison: Comparison, indexes: number[], sort: Sort, columns: readonly Column[] = comparison.columns): number[] {
	const row = comparison.rows.find(each => each.indicator.id === sort.indicator);
	if (row === undefined) {
		return indexes;
	}

	const sign = sort.direction === 'ascending' ? 1 : -1;
	// A column of another year sorts after the aligned ones, with the values in another measure: its value is not
	// ranked against theirs. Not disclosed sorts last either way: a reader sorting wants the figures first.
	return indexes
		.map((index, order) => ({index, order, key: rankedKey(sortKey(row.cells[index] ?? {fact: null}, row.indicator), columns[index])}))
		.sort((a, b) => compareSortKeys(a.key, b.key, sign) || a.order - b.order)
		.map(({index}) => index);
}

export type Reshaped = Comparison & {
	/** The year the columns align on; null when every report is its own column or none has a year. */
	readonly year: number | null;
	/** The benchmarked district when its column is shown (first); null otherwise. */
	readonly pinned: string | null;
	/** How many rows and columns the query kept on each axis it filtered; null where it did not filter. */
	readonly matched: {readonly rows: number | null; readonly columns: number | null};
};

/** The pinned district's columns moved to the front, the others keeping their order. */
function pinnedFirst(indexes: number[], columns: readonly Column[], pinned: string): number[] {
	const isPinned = (index: number) => districtId(columns[index]!.report) === pinned;
	return [...indexes.filter(isPinned), ...indexes.filter(index => !isPinned(index))];
}

export function reshape(comparison: Comparison, {peers, year = 'each', chosen, query = '', target = 'auto', sort = null, pinned = null}: Shape): Reshaped {
	let indexes = comparison.columns.flatMap((column, index) => (peers === undefined || inPeers(column.report, peers) ? [index] : []));
	// Aligned, a column may be another year's report marked as such: cells keep following their column's index.
	let marked: readonly Column[] = comparison.columns;
	let aligned: number | null = null;
	if (year !== 'each') {
		aligned = year ?? alignedYear(indexes.map(index => comparison.columns[index]!));
		if (aligned !== null) {
			const picked = alignColumns(comparison.columns, indexes, aligned, chosen);
			indexes = picked.indexes;
			const byIndex = [...comparison.columns];
			picked.indexes.forEach((index, order) => {
				byIndex[index] = picked.columns[order]!;
			});
			marked = byIndex;
		}
	}

	let rows: readonly Row[] = comparison.rows;
	const matched: {rows: number | null; columns: number | null} = {rows: null, columns: null};
	if (query.trim() !== '') {
		const keptRows = target === 'columns' ? rows : rows.filter(row => matchesQuery(indicatorLabels(row.indicator), query));
		const keptColumns = target === 'rows' ? indexes : indexes.filter(index => matchesColumn(marked[index]!, query));
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
		indexes = sortedIndexes(comparison, indexes, sort, marked);
	}

	if (pinned !== null) {
		indexes = pinnedFirst(indexes, marked, pinned);
	}

	const columns = indexes.map(index => marked[index]!);
	const unchanged = indexes.length === comparison.columns.length && indexes.every((index, order) => index === order);
	const reshapedRows = rows.map(row => (unchanged ? row : {...row, cells: indexes.map(index => row.cells[index] ?? {fact: null})}));
	const kept = new Map(rows.map((row, index) => [row, reshapedRows[index]!]));
	const groups = comparison.groups
		.map(group => ({area: group.area, rows: group.rows.flatMap(row => kept.get(row) ?? [])}))
		.filter(group => group.rows.length > 0);
	const shownPin = pinned !== null && columns[0] !== undefined && districtId(columns[0].report) === pinned ? pinned : null;
	return {columns, rows: groups.flatMap(group => group.rows), groups, matched, year: aligned, pinned: shownPin};
}
