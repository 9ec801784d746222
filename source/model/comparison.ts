/**
Reports side by side: one column per report, one row per catalog indicator. A cell
holds the report's headline fact and, when a later report of the same district
states a change from which this year's value follows, that derived value too.
*/
import {areas, type Area, type Indicator} from '../catalog/indicators.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import {selectIndicators, selectReports, type Filters} from './filters.js';
import {changeLookup, type Change} from './change.js';
import {derivedLookup} from './derived.js';
import {districtLabel} from './district-labels.js';
import {statedHeadlines} from './headline.js';
import type {Labelled} from './labels.js';
import {sortReports} from './order.js';

export type Column = {
	readonly report: ReportSummary;
	/**
	The district as the views name it: as written (朝阳区), with its city or province where another
	loaded district has the same name (朝阳区·北京, district-labels.ts), in either language (Chaoyang (Beijing));
	null when the report never names it.
	*/
	readonly district: Labelled | null;
	readonly year: number | null;
	readonly file: string;
	/**
	Set where the columns align on a year this report is not of (years.ts): the district's nearest earlier
	report stands in, or the person stepped the column to another of its years. Marked, never ranked.
	*/
	readonly offYear?: 'earlier' | 'later';
};

export type Cell = {
	/** The reported headline value; null when the report does not disclose it. */
	readonly fact: Fact | null;
	/** A value for this district and year derived from a later report's year-on-year change. */
	readonly derived?: Derived;
	/** The change on the year before: stated with the value, computed from the year before's report, or derived. */
	readonly change?: Change;
};

export type Derived = {
	readonly fact: Fact;
	/** The report that stated the change, which is where the value must be cited. */
	readonly source: ReportSummary;
};

export type Row = {
	readonly indicator: Indicator;
	/** One per column, in column order. */
	readonly cells: readonly Cell[];
};

export type Group = {
	readonly area: Area;
	readonly rows: readonly Row[];
};

export type Comparison = {
	readonly columns: readonly Column[];
	/** Every row in display order; the groups below hold the same rows by area. */
	readonly rows: readonly Row[];
	readonly groups: readonly Group[];
};

// Most cells of a large comparison are empty; they share one (cells are never changed).
const undisclosed: Cell = {fact: null};

export function buildComparison(reports: readonly ReportSummary[], filters: Filters = {}): Comparison {
	const kept = sortReports(selectReports(reports, filters));
	const derivedFor = derivedLookup(reports);
	const changeOf = changeLookup(reports, derivedFor);
	const columns: Column[] = kept.map(report => ({
		report,
		district: districtLabel(reports, report),
		year: report.year,
		file: report.file,
	}));
	// At 30,000 reports a comparison is a million cells, nearly all undisclosed: start every cell so, then
	// visit only what each report states (some fifteen headlines) instead of asking it about every indicator.
	// Derived values may come from reports the filters hid: --year 2023 still shows 2023 derived from 2024.
	const selected = selectIndicators(filters);
	const rowOf = new Map(selected.map((indicator, index) => [indicator.id, index]));
	// new Array(n).fill: Array.from({length: n}) reads n absent properties first, a tenth of a second here.
	const cells: Cell[][] = selected.map(() => new Array<Cell>(kept.length).fill(undisclosed));
	kept.forEach((report, column) => {
		const touched = new Set<number>();
		for (const [indicator, fact] of statedHeadlines(report)) {
			const row = rowOf.get(indicator);
			if (row !== undefined) {
				cells[row]![column] = {fact};
				touched.add(row);
			}
		}

		for (const [indicator, from] of derivedFor(report)) {
			const row = rowOf.get(indicator);
			if (row !== undefined) {
				cells[row]![column] = {fact: cells[row]![column]!.fact, derived: from};
				touched.add(row);
			}
		}

		if (touched.size === 0) {
			return;
		}

		// Each value's change on the year before, asked only of what the report shows.
		const changeFor = changeOf(report);
		for (const row of touched) {
			const cell = cells[row]![column]!;
			const change = changeFor(selected[row]!, cell);
			if (change !== undefined) {
				cells[row]![column] = cell.derived === undefined ? {fact: cell.fact, change} : {fact: cell.fact, derived: cell.derived, change};
			}
		}
	});
	const all: Row[] = selected.map((indicator, index) => ({indicator, cells: cells[index]!}));
	const groups: Group[] = areas
		.map(area => ({area, rows: all.filter(row => row.indicator.area === area.id)}))
		.filter(group => group.rows.length > 0);
	// Flattened from the groups so a cursor row index means the same thing in both.
	const rows = groups.flatMap(group => group.rows);

	return {columns, rows, groups};
}

/** The fact a cell shows: the reported one, else the derived one, else none. */
export function shownFact(cell: Cell): Fact | null {
	return cell.fact ?? cell.derived?.fact ?? null;
}
