/**
A comparison as table data: frozen label and unit columns, one column per report,
an area rule above each group, and at the end each row's peer statistics (median, interquartile range,
the pin's rank) and a spark-bar of its spread.
Pure, so the snapshot can measure the table before Ink draws it, and the dashboard
can move a cursor and a window over it.
*/
import {districtId} from '../model/identity.js';
import {hasPeers, peerStatsOf} from '../model/peer-stats.js';
import {peerCell, peerHeader} from './peer-cell.js';
import {comparableValue, labelOf, marks, ranksWith, standings, unitLabel, words, type Column, type Comparison, type Lang, type Row} from '../model/index.js';
import {cellTone} from './cell-tone.js';
import {columnTexts, type CellOptions} from './compare-cells.js';
import {spark} from './spark.js';
import {indicatorCell, type TableCell, type TableColumn, type TableRow} from './table-layout.js';

/** Row: an index into comparison.rows; column: an index into comparison.columns, or -1 for the label. */
export type CursorCell = {readonly row: number; readonly column: number};

/** The slice of rows and report columns on screen; label, unit and spark columns always show. */
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
	/** End each row with a spark-bar of the values shown (default on). */
	readonly spark?: boolean;
	/** Before the spark, the row's peer statistics (default: as the spark, where there are peers to sum up). */
	readonly peers?: boolean;
	/** Mark each row's best and worst stated value where the catalog's polarity says which is which (default on). */
	readonly highlight?: boolean;
	/** Each value's change on the year before beside it (default on). */
	readonly changes?: boolean;
	/** A report column's header; `朝阳区 2024` unless given. */
	readonly header?: (column: Column) => string;
	/**
	The first column is the pinned district's: it shows whatever the viewport (which then counts from the
	second), headed in the pin's colour, and the peer statistics give its rank.
	*/
	readonly pinned?: boolean;
};

/** Columns before the first report column. */
export const frozenColumns = 2;

export const spreadWord = {zh: '分布', en: 'Spread'} as const;

function fileStem(file: string): string {
	return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.[^.]+$/, '');
}

const offYearMark = {earlier: marks.earlier, later: marks.later} as const;

/**
`朝阳区 2024` (`Chaoyang District 2024`), `门头沟区 ←2020` for another year's report; a report whose district
was not recognised is named by its file.
*/
export function columnLabel(column: Column, lang: Lang): string {
	const district = column.district === null ? fileStem(column.file) : labelOf(column.district, lang);
	const mark = column.offYear === undefined ? '' : offYearMark[column.offYear];
	return column.year === null ? (mark === '' ? district : `${district} ${mark}?`) : `${district} ${mark}${column.year}`;
}

function slice<T>(items: readonly T[], start = 0, count?: number): {items: readonly T[]; start: number} {
	const from = Math.max(0, start);
	return {items: items.slice(from, count === undefined ? undefined : from + count), start: from};
}

function valueCells(comparison: Comparison, row: number, indexes: readonly number[], options: CellOptions, highlight: boolean): TableCell[] {
	const {indicator, cells: all} = comparison.rows[row]!;
	const cells = indexes.map(index => all[index] ?? {fact: null});
	const columns = indexes.map(index => comparison.columns[index]);
	// Another year's report is not in the race: neither best nor worst, whatever its value.
	const ranks = highlight ? standings(cells, indicator, (_, index) => ranksWith(columns[index])) : [];
	return cells.map((cell, index) => ({
		text: columnTexts(comparison, indexes[index]!, options)[row] ?? '',
		tone: cellTone(cell, indicator, ranks[index] ?? null),
	}));
}

export function compareTable(props: CompareTableProps): {
	columns: TableColumn[];
	rows: TableRow[];
	cursor: {row: number; column: number} | null;
} {
	const {comparison, lang = 'zh', cursor = null, viewport = {}, maxLabelWidth, wan = lang === 'zh', spark: withSpark = true, peers: withPeers = withSpark && hasPeers(props.comparison), highlight = true, changes = true, header = (column: Column) => columnLabel(column, lang)} = props;
	const pinned = props.pinned === true && comparison.columns.length > 0;
	const scrolled = pinned ? Math.max(1, viewport.column ?? 1) : viewport.column;
	const shownColumns = slice(comparison.columns, scrolled, viewport.columns);
	const indexes = [...(pinned ? [0] : []), ...shownColumns.items.map((_, index) => shownColumns.start + index)];
	const shownRows = slice(comparison.rows, viewport.row, viewport.rows);
	const visible = new Set<Row>(shownRows.items);
	const pinId = pinned ? districtId(comparison.columns[0]!.report) : null;
	const columns: TableColumn[] = [
		{header: labelOf(words.indicator, lang), maxWidth: maxLabelWidth},
		{header: labelOf(words.unit, lang)},
		...indexes.map((index): TableColumn => {
			const column = comparison.columns[index]!;
			const tone = pinned && index === 0 ? {tone: 'pinned' as const} : (ranksWith(column) ? {} : {tone: 'year.other' as const});
			return {header: header(column), align: 'right', wrap: true, ...tone};
		}),
		...(withPeers ? [{header: labelOf(peerHeader(pinned), lang), align: 'right' as const, wrap: true}] : []),
		...(withSpark ? [{header: labelOf(spreadWord, lang), align: 'right' as const}] : []),
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
				const column = indexes.indexOf(cursor.column);
				const onLabel = cursor.column === -1;
				tableCursor = onLabel ? {row: rows.length, column: 0} : (column >= 0 ? {row: rows.length, column: frozenColumns + column} : null);
			}

			// A value in another measure, or of another year, is a gap here: its bar would be measured against the others.
			const values = indexes.map(index => (ranksWith(comparison.columns[index]) ? comparableValue(row.cells[index] ?? {fact: null}, row.indicator) : null));
			rows.push({
				kind: 'cells',
				cells: [
					indicatorCell(row.indicator, lang),
					{text: unitLabel(row.indicator.unit, lang), tone: 'text.muted'},
					...valueCells(comparison, comparison.rows.indexOf(row), indexes, {wan, lang, changes}, highlight),
					...(withPeers ? [peerCell(peerStatsOf(row, comparison.columns, pinId), row.indicator.unit, {wan, lang}, pinned)] : []),
					...(withSpark ? [{text: spark(values), tone: 'accent' as const}] : []),
				],
			});
		}
	}

	return {columns, rows, cursor: tableCursor};
}
