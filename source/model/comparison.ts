/**
Reports side by side: one column per report, one row per catalog indicator. A cell
holds the report's headline fact and, when a later report of the same district
states a change from which this year's value follows, that derived value too.
*/
import {areas, type Area, type Indicator} from '../catalog/indicators.js';
import type {Fact, Report} from '../parse/types.js';
import {selectIndicators, selectReports, type Filters} from './filters.js';
import {firstInResults, headlineFact} from './headline.js';

export type Column = {
	readonly report: Report;
	/** The district as written (朝阳区); null when the report never names it. */
	readonly district: string | null;
	readonly year: number | null;
	readonly file: string;
};

export type Cell = {
	/** The reported headline value; null when the report does not disclose it. */
	readonly fact: Fact | null;
	/** A value for this district and year derived from a later report's year-on-year change. */
	readonly derived?: Derived;
};

export type Derived = {
	readonly fact: Fact;
	/** The report that stated the change, which is where the value must be cited. */
	readonly source: Report;
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

const collator = new Intl.Collator('zh-Hans-CN');

// Missing values sort last, so unresolved reports do not push real ones down.
function compareText(a: string | null, b: string | null): number {
	if (a === b) {
		return 0;
	}

	if (a === null) {
		return 1;
	}

	if (b === null) {
		return -1;
	}

	return collator.compare(a, b);
}

function compareNumber(a: number | null, b: number | null): number {
	return a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;
}

/** By province, then district (pinyin order), then year; the file breaks ties. */
export function compareReports(a: Report, b: Report): number {
	return compareText(a.district.province, b.district.province)
		|| compareText(a.district.name ?? a.district.fullName, b.district.name ?? b.district.fullName)
		|| compareText(a.district.code, b.district.code)
		|| compareNumber(a.year, b.year)
		|| compareText(a.file, b.file);
}

/** Two reports are of one district when their codes agree, or, without codes, their names do. */
export function sameDistrict(a: Report, b: Report): boolean {
	if (a.district.code !== null && b.district.code !== null) {
		return a.district.code === b.district.code;
	}

	const name = (report: Report) => report.district.fullName ?? report.district.name;
	return name(a) !== null && name(a) === name(b);
}

/** The year a derived fact stands for; a prior-year value without a stated year is the year before the report. */
export function derivedYear(fact: Fact, report: Report): number | null {
	if (fact.derived === null) {
		return null;
	}

	return fact.derived.year ?? (report.year === null ? null : report.year - 1);
}

function derivedFor(report: Report, indicator: string, corpus: readonly Report[]): Derived | undefined {
	if (report.year === null) {
		return undefined;
	}

	for (const other of corpus) {
		if (other === report || !sameDistrict(other, report)) {
			continue;
		}

		const fact = firstInResults(other, fact => fact.indicator === indicator && derivedYear(fact, other) === report.year);
		if (fact !== null) {
			return {fact, source: other};
		}
	}

	return undefined;
}

export function buildComparison(reports: readonly Report[], filters: Filters = {}): Comparison {
	const kept = selectReports(reports, filters).sort(compareReports);
	const columns: Column[] = kept.map(report => ({
		report,
		district: report.district.name ?? report.district.fullName,
		year: report.year,
		file: report.file,
	}));
	const all: Row[] = selectIndicators(filters).map(indicator => ({
		indicator,
		cells: kept.map(report => {
			const fact = headlineFact(report, indicator.id);
			// Derived values may come from reports the filters hid: --year 2023 still shows 2023 derived from 2024.
			const derived = derivedFor(report, indicator.id, reports);
			return derived === undefined ? {fact} : {fact, derived};
		}),
	}));
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
