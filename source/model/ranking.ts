/**
One indicator across districts: the reports ranked by value, and for each district
that has more than one year of it, the values over time (derived years marked).
*/
import {indicatorById} from '../catalog/indicators.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import {compareSortKeys, sameMeasure, sortKey} from './comparable.js';
import {shownFact, type Cell, type Column, type Comparison} from './comparison.js';
import {derivedYear} from './derived.js';
import {districtLabel} from './district-labels.js';
import {anyDerivedFact, headlineFact} from './headline.js';
import {districtId} from './identity.js';
import type {Labelled} from './labels.js';
import {rankedKey} from './years.js';
import type {Direction} from './reshape.js';

export type Ranked = {
	readonly column: Column;
	readonly cell: Cell;
	readonly fact: Fact | null;
	/** Whether the fact counts what the indicator counts (comparable.ts): only then is it drawn against the others. */
	readonly comparable: boolean;
};

/**
The columns by this indicator's value, largest first unless ascending; then the values that do not compare
with those (a report of another year than the columns align on, a value in another measure), then the
undisclosed, each in column order.
*/
export function ranking(comparison: Comparison, indicator: string, direction: Direction = 'descending'): Ranked[] {
	const row = comparison.rows.find(each => each.indicator.id === indicator);
	if (row === undefined) {
		return [];
	}

	const sign = direction === 'ascending' ? 1 : -1;
	return comparison.columns
		.map((column, order) => {
			const cell = row.cells[order] ?? {fact: null};
			return {column, cell, fact: shownFact(cell), order, key: rankedKey(sortKey(cell, row.indicator), column)};
		})
		.sort((a, b) => compareSortKeys(a.key, b.key, sign) || a.order - b.order)
		.map(({column, cell, fact, key}) => ({column, cell, fact, comparable: key.tier === 0}));
}

export type Point = {
	readonly year: number;
	readonly value: number;
	readonly derived: boolean;
};

/** A year whose value counts another measure than the indicator's: listed beside the chart, never plotted. */
export type Apart = {
	readonly year: number;
	readonly fact: Fact;
};

export type YearLine = {
	readonly district: string;
	readonly name: Labelled;
	/** Oldest first, one per year. */
	readonly points: readonly Point[];
	/** Oldest first. */
	readonly apart: readonly Apart[];
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
	const known = indicatorById(indicator);
	const byDistrict = new Map<string, {name: Labelled; points: Map<number, Point>; apart: Map<number, Apart>}>();
	for (const report of reports) {
		const id = districtId(report);
		const entry = byDistrict.get(id) ?? {name: districtLabel(reports, report) ?? {zh: id, en: id}, points: new Map<number, Point>(), apart: new Map<number, Apart>()};
		byDistrict.set(id, entry);
		// A value in another measure would draw a step that compares what cannot be compared.
		const place = (year: number, fact: Fact, derived: boolean) => {
			if (known === undefined || sameMeasure(fact, known)) {
				entry.points.set(year, {year, value: fact.value, derived});
			} else {
				entry.apart.set(year, {year, fact});
			}
		};

		const fact = headlineFact(report, indicator);
		if (fact !== null && report.year !== null) {
			place(report.year, fact, false);
		}

		const derived = anyDerivedFact(report, indicator);
		const year = derived === null ? null : derivedYear(derived, report);
		if (derived !== null && year !== null && !entry.points.has(year) && !entry.apart.has(year)) {
			place(year, derived, true);
		}
	}

	const byYear = <T extends {year: number}>(items: Iterable<T>) => [...items].sort((a, b) => a.year - b.year);
	return [...byDistrict.entries()]
		.filter(([, {points}]) => points.size > 1)
		.map(([district, {name, points, apart}]) => ({district, name, points: byYear(points.values()), apart: byYear(apart.values())}));
}
