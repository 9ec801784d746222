/**
The district view cut to the screen: the district's indicators with a column per
year (derived-only years marked *), a spark-bar across the years, then the chosen
report's own figures and text, every line a cursor stop.
*/
import {cellTarget, districtId, indexOfKey, labelOf, unitLabel, yearKey, type Column, type Comparison, type DetailsOf, type Lang, type Target} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import {frozenColumns} from './compare-table.js';
import {compareSpec} from './compare-frame.js';
import {figureValue, reportSections, sectionTitle, type SectionLine} from './district-sections.js';
import {spark} from './spark.js';
import {displayWidth, type TableRow} from './table-layout.js';
import {windowTable, type Scroll, type TableFrame, type TableSpec} from './table-window.js';

export type DistrictFrameInput = {
	/** The district over its years (model/district), rows already filtered. */
	readonly comparison: Comparison;
	readonly lang: Lang;
	readonly cursor: {readonly row: string | null; readonly column: string | null};
	readonly width: number;
	readonly height: number;
	readonly previous: Scroll;
	/** The chosen report's details: its own, or read again from its file. */
	readonly details: DetailsOf;
};

export type DistrictFrame = TableFrame & {
	readonly order: {readonly rows: readonly string[]; readonly columns: readonly string[]};
	readonly target: Target;
	/** The report the lines below the indicators come from. */
	readonly report: ReportSummary | null;
};

export function columnKey(column: Column): string {
	return yearKey(districtId(column.report), column.year);
}

/** `2024`, or `2023*` for a year only a later report's change speaks of. */
export function yearHeader(column: Column): string {
	const year = column.year === null ? '?' : String(column.year);
	return column.report.year === column.year ? year : `${year}*`;
}

/** The district's table before a window cuts it (the dashboard) or bands split it (a snapshot). */
export type DistrictSpec = {
	readonly spec: TableSpec;
	/** How many of a built table's rows are the indicators' (their area rules included); the report's own lines follow. */
	readonly indicatorRows: number;
	/** The column of the year the chosen report covers, where its figures sit; -1 when none. */
	readonly figureColumn: number;
	readonly at: number;
	readonly rowAt: number;
	readonly column: Column | undefined;
	readonly report: ReportSummary | null;
	readonly lines: readonly SectionLine[];
	readonly order: {readonly rows: readonly string[]; readonly columns: readonly string[]};
};

export function districtSpec({comparison, lang, cursor, width, details}: Omit<DistrictFrameInput, 'height' | 'previous'>): DistrictSpec {
	const columns = comparison.columns.map(columnKey);
	const at = indexOfKey(columns, cursor.column);
	const column = comparison.columns[at];
	const report = column?.report ?? null;
	const owner = column === undefined ? '' : `${column.district === null ? '' : labelOf(column.district, lang)} ${column.report.year ?? ''}`.trim();
	const sections = report === null ? [] : reportSections(report, details(report), lang, column?.district ?? null);
	const lines: SectionLine[] = sections.flatMap(section => section.lines);
	const rows = [...comparison.rows.map(row => row.indicator.id), ...lines.map(line => line.key)];
	const rowAt = indexOfKey(rows, cursor.row);
	const onIndicator = rowAt < comparison.rows.length;
	// A figure sits in the column of the year its report covers.
	const figureColumn = comparison.columns.findIndex(each => each.report === report && each.year === report?.year);
	const base = compareSpec({comparison, lang, cursor: {row: onIndicator ? rowAt : -2, column: at}, width, header: yearHeader, peers: false});
	const spec: TableSpec = {
		...base,
		columnWidth: (index: number) => Math.max(base.columnWidth(index), index === figureColumn ? Math.max(0, ...lines.map(line => (line.figure ? displayWidth(figureValue(line.figure, lang)) : 0))) : 0),
		build(first: number, shown: number) {
			const built = base.build(first, shown);
			const extra: TableRow[] = [];
			let cursorAt: {row: number; column: number} | null = built.cursor;
			let cursorLine: number | null = null;
			for (const section of sections) {
				extra.push({kind: 'rule', title: sectionTitle(section, lang, owner)});
				for (const line of section.lines) {
					const here = built.rows.length + extra.length;
					const mine = rows[rowAt] === line.key;
					if (line.figure === undefined) {
						cursorLine = mine ? here : cursorLine;
						extra.push({kind: 'text', text: `  ${line.text.trim()}`, tone: line.key.startsWith('outline') ? 'text.primary' : 'text.muted'});
						continue;
					}

					const values = Array.from({length: shown}, (_, index) => (first + index === figureColumn ? line.figure!.value : null));
					const visible = figureColumn - first;
					if (mine) {
						cursorAt = visible >= 0 && visible < shown ? {row: here, column: frozenColumns + visible} : null;
						cursorLine = here;
					}

					extra.push({kind: 'cells', cells: [
						{text: line.text},
						{text: unitLabel(line.figure.unit, lang), tone: 'text.muted'},
						...values.map(value => ({text: value === null ? '' : figureValue(line.figure!, lang)})),
						{text: spark(values), tone: 'accent'},
					]});
				}
			}

			return {columns: built.columns, rows: [...built.rows, ...extra], cursor: cursorAt, cursorLine: cursorAt === null ? cursorLine : null};
		},
	};
	// compareTable's rows: a rule per area that has indicators, then those indicators.
	const indicatorRows = comparison.rows.length + comparison.groups.filter(group => group.rows.length > 0).length;
	return {spec, indicatorRows, figureColumn, at, rowAt, column, report, lines, order: {rows, columns}};
}

export function districtFrame(input: DistrictFrameInput): DistrictFrame {
	const {comparison, height, previous} = input;
	const {spec, at, rowAt, column, report, lines, order} = districtSpec(input);
	const frame = windowTable(spec, {column: at, width: input.width, height, previous});
	const row = comparison.rows[rowAt];
	const target: Target = row !== undefined && column !== undefined
		? cellTarget(column, row.indicator, row.cells[at] ?? {fact: null})
		: lines[rowAt - comparison.rows.length]?.target ?? {kind: 'none'};
	return {...frame, order, target, report};
}
