/**
What the user narrowed the corpus to. Every list is "any of"; an empty or missing
list lets everything through.
*/
import {areas, indicators, type AreaId, type Indicator} from '../catalog/indicators.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import type {PeerScope} from './peers.js';

export type Filters = {
	/** Matches a district's name, full name (substring) or six-digit code (exact). */
	readonly district?: readonly string[];
	/** An id (litigation.loss_rate), an id prefix (litigation) or part of the Chinese label (败诉). */
	readonly indicator?: readonly string[];
	readonly year?: readonly number[];
	readonly area?: readonly AreaId[];
	/**
	The district benchmarked (--pin), as --district names one. It selects nothing: the views open on its peer
	group with its column first, and the snapshots print its report card.
	*/
	readonly pin?: string;
	/**
	The peer group to open on (--peers): every district loaded, or the province or city of the pinned (else the
	first named) district. Without it the views open on the narrowest group holding the named districts.
	*/
	readonly peers?: PeerScope;
};

export function isAreaId(value: string): value is AreaId {
	return areas.some(area => area.id === value);
}

function any<T>(list: readonly T[] | undefined, test: (item: T) => boolean): boolean {
	return list === undefined || list.length === 0 || list.some(test);
}

/** What the district and year filters read of a report: a whole one, its summary, or an export's sketch of it. */
export type Placed = Pick<ReportSummary, 'district' | 'year'>;

export function matchesDistrict(report: Placed, query: string): boolean {
	const {name, fullName, code} = report.district;
	const needle = query.trim();
	if (needle === '') {
		return false;
	}

	return code === needle || (name?.includes(needle) ?? false) || (fullName?.includes(needle) ?? false);
}

export function matchesIndicator(indicator: Indicator, query: string): boolean {
	const needle = query.trim();
	if (needle === '') {
		return false;
	}

	return indicator.id.startsWith(needle) || indicator.zh.includes(needle);
}

export function selectReports<R extends Placed>(reports: readonly R[], filters: Filters): R[] {
	return reports.filter(report =>
		any(filters.district, query => matchesDistrict(report, query))
		&& any(filters.year, year => report.year === year));
}

/** The catalog indicators the filters keep, in catalog order (which is grouped by area). */
export function selectIndicators(filters: Filters): Indicator[] {
	return indicators.filter(indicator =>
		any(filters.indicator, query => matchesIndicator(indicator, query))
		&& any(filters.area, area => indicator.area === area));
}

/** Indicator queries that match nothing: a typo the user should hear about. */
export function unmatchedIndicatorQueries(queries: readonly string[]): string[] {
	return queries.filter(query => !indicators.some(indicator => matchesIndicator(indicator, query)));
}

/** Whether the indicator and area filters keep an indicator id; ids outside the catalog pass only when neither is set. */
export function keepsIndicator(filters: Filters): ((id: string) => boolean) | null {
	const unfiltered = (filters.indicator ?? []).length === 0 && (filters.area ?? []).length === 0;
	if (unfiltered) {
		return null;
	}

	const kept = new Set(selectIndicators(filters).map(indicator => indicator.id));
	return id => kept.has(id);
}

/** The facts of a report the indicator and area filters keep. */
export function selectFacts(report: ReportSummary, filters: Filters): Fact[] {
	const keeps = keepsIndicator(filters);
	return keeps === null ? report.facts : report.facts.filter(fact => keeps(fact.indicator));
}
