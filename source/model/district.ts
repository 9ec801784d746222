/**
One district over the years, shaped as a comparison so the same table draws it:
a column per year it reported, plus each earlier year a later report's
year-on-year change lets us derive (those cells hold only derived values).
*/
import {areas, indicators, type Indicator} from '../catalog/indicators.js';
import type {ReportSummary} from '../parse/types.js';
import type {Cell, Column, Comparison, Group, Row} from './comparison.js';
import {derivedYear} from './derived.js';
import {districtLabel} from './district-labels.js';
import {derivedFactFor, headlineFact} from './headline.js';
import {districtId} from './identity.js';
import type {Labelled} from './labels.js';
import {sortReports} from './order.js';

// The district view asks for each district the cursor lands on; filing the corpus once makes that a lookup.
const filed = new WeakMap<readonly ReportSummary[], Map<string, ReportSummary[]>>();

/** The reports of one district, oldest first. */
export function reportsOf(reports: readonly ReportSummary[], district: string): ReportSummary[] {
	let byDistrict = filed.get(reports);
	if (byDistrict === undefined) {
		byDistrict = new Map();
		for (const report of sortReports(reports)) {
			const id = districtId(report);
			const own = byDistrict.get(id);
			if (own === undefined) {
				byDistrict.set(id, [report]);
			} else {
				own.push(report);
			}
		}

		filed.set(reports, byDistrict);
	}

	return [...(byDistrict.get(district) ?? [])];
}

/** Each year a fact of these reports stands for, reported or derived, oldest first. */
function yearsCovered(reports: readonly ReportSummary[]): number[] {
	const years = new Set<number>();
	for (const report of reports) {
		if (report.year !== null) {
			years.add(report.year);
		}

		for (const fact of report.facts) {
			const year = derivedYear(fact, report);
			if (year !== null) {
				years.add(year);
			}
		}
	}

	return [...years].sort((a, b) => a - b);
}

/** The column of a year: its own report, or for a derived-only year the first later report (which is what a value there cites). */
function columnOf(year: number, own: readonly ReportSummary[], label: Labelled | null): Column | null {
	const report = own.find(each => each.year === year) ?? own.find(each => each.year !== null && each.year > year);
	return report === undefined ? null : {report, district: label, year, file: report.file};
}

function cellOf(indicator: Indicator, column: Column, own: readonly ReportSummary[]): Cell {
	const fact = column.report.year === column.year ? headlineFact(column.report, indicator.id) : null;
	for (const source of own) {
		if (source.year === null || column.year === null || source.year <= column.year) {
			continue;
		}

		const derived = derivedFactFor(source, indicator.id, column.year);
		if (derived !== null) {
			return {fact, derived: {fact: derived, source}};
		}
	}

	return {fact};
}

export function districtComparison(reports: readonly ReportSummary[], district: string): Comparison {
	const own = reportsOf(reports, district);
	const label = own[0] === undefined ? null : districtLabel(reports, own[0]);
	const columns = yearsCovered(own).flatMap(year => columnOf(year, own, label) ?? []);
	// Reports without a year cannot sit on a time axis, but their facts must not vanish.
	for (const report of own.filter(each => each.year === null)) {
		columns.push({report, district: label, year: null, file: report.file});
	}

	const rows: Row[] = indicators.map(indicator => ({indicator, cells: columns.map(column => cellOf(indicator, column, own))}));
	const groups: Group[] = areas
		.map(area => ({area, rows: rows.filter(row => row.indicator.area === area.id)}))
		.filter(group => group.rows.length > 0);
	return {columns, rows: groups.flatMap(group => group.rows), groups};
}
