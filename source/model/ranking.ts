/**
One indicator across districts: the reports ranked by value, and for each district
that has more than one year of it, the values over time (derived years marked).
*/
import type {Fact, ReportSummary} from '../parse/types.js';
import {shownFact, type Cell, type Column, type Comparison} from './comparison.js';
import {derivedYear} from './derived.js';
import {districtLabel} from './district-labels.js';
import {anyDerivedFact, headlineFact} from './headline.js';
import {districtId} from './identity.js';
import {ranksWith} from './years.js';
import type {Direction} from './reshape.js';

export type Ranked = {
	readonly column: Column;
	readonly cell: Cell;
	readonly fact: Fact | null;
};

/**
The columns by this indicator's value, largest first unless ascending. Reports of another year than the
columns align on come after the ranked ones (their values are not ranked against those), not disclosed
last, each in column order.
*/
export function ranking(comparison: Comparison, indicator: string, direction: Direction = 'descending'): Ranked[] {
	const row = comparison.rows.find(each => each.indicator.id === indicator);
	if (row === undefined) {
		return [];
	}

	const sign = direction === 'ascending' ? 1 : -1;
	const place = (column: Column, fact: Fact | null) => (fact === null ? 2 : ranksWith(column) ? 0 : 1);
	return comparison.columns
		.map((column, order) => {
			const cell = row.cells[order] ?? {fact: null};
			const fact = shownFact(cell);
			return {column, cell, fact, order, place: place(column, fact)};
		})
		.sort((a, b) => a.place - b.place || (a.place === 0 ? sign * (a.fact!.value - b.fact!.value) : 0) || a.order - b.order)
		.map(({column, cell, fact}) => ({column, cell, fact}));
}

export type Point = {
	readonly year: number;
	readonly value: number;
	readonly derived: boolean;
};

export type YearLine = {
	readonly district: string;
	readonly name: string;
	/** Oldest first, one per year. */
	readonly points: readonly Point[];
};

// Asked again each time the indicator view moves to another indicator: kept per corpus and indicator.
const cache = new WeakMap<readonly ReportSummary[], Map<string, YearLine[]>>();

/** Every district with values in more than one year, reported values winning over derived ones. */
export function yearLines(reports: readonly ReportSummary[], indicator: string): YearLine[] {
	let lines = cache.get(reports);
	if (lines === undefined) {
		lines = new Map();
		cache.set(reports, lines);
	}

	let found = lines.get(indicator);
	if (found === undefined) {
		found = linesOf(reports, indicator);
		lines.set(indicator, found);
	}

	return found;
}

function linesOf(reports: readonly ReportSummary[], indicator: string): YearLine[] {
	const byDistrict = new Map<string, {name: string; points: Map<number, Point>}>();
	for (const report of reports) {
		const id = districtId(report);
		const entry = byDistrict.get(id) ?? {name: districtLabel(reports, report) ?? id, points: new Map<number, Point>()};
		byDistrict.set(id, entry);
		const fact = headlineFact(report, indicator);
		if (fact !== null && report.year !== null) {
			entry.points.set(report.year, {year: report.year, value: fact.value, derived: false});
		}

		const derived = anyDerivedFact(report, indicator);
		const year = derived === null ? null : derivedYear(derived, report);
		if (derived !== null && year !== null && !entry.points.get(year)) {
			entry.points.set(year, {year, value: derived.value, derived: true});
		}
	}

	return [...byDistrict.entries()]
		.filter(([, {points}]) => points.size > 1)
		.map(([district, {name, points}]) => ({district, name, points: [...points.values()].sort((a, b) => a.year - b.year)}));
}
