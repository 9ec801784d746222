/**
Why a run has nothing to show, in words that say what happened: nothing loaded, or which filter removed
everything and what was loaded instead (the nearest districts, the years there are).
*/
import {selectReports, type Filters, type Placed} from '../model/filters.js';
import type {DistrictQueries} from '../model/district-query.js';

const listed = (items: readonly string[], most = 5) => items.slice(0, most).join(', ') + (items.length > most ? ', …' : '');

/** The filters as they were typed, for a message. */
function described(filters: Filters): string {
	return [
		...(filters.district ?? []).map(query => `--district ${query}`),
		...(filters.year ?? []).map(year => `--year ${year}`),
	].join(' ');
}

function unmatchedDistrict(reports: readonly Placed[], districts: DistrictQueries, option: string): string | null {
	for (const {query, nearest} of districts.unmatched) {
		const names = [...new Set(reports.map(report => report.district.name).filter((name): name is string => name !== null))];
		return `no reports match ${option} ${query} (${nearest.length > 0 ? `nearest: ${listed(nearest)}` : `loaded: ${listed(names)}`})`;
	}

	return null;
}

/** A --pin that names no loaded district, said as a --district would be. */
export function pinProblem(reports: readonly Placed[], pinned: DistrictQueries): string | null {
	return unmatchedDistrict(reports, pinned, '--pin');
}

export function filterProblem(reports: readonly Placed[], filters: Filters, districts: DistrictQueries): string | null {
	if (reports.length === 0) {
		return 'no reports loaded';
	}

	const unmatched = unmatchedDistrict(reports, districts, '--district');
	if (unmatched !== null) {
		return unmatched;
	}

	const years = [...new Set(reports.map(report => report.year).filter((year): year is number => year !== null))].sort();
	const missingYear = (filters.year ?? []).find(year => !years.includes(year));
	if (missingYear !== undefined) {
		return `no reports match --year ${missingYear} (years loaded: ${listed(years.map(String), 10)})`;
	}

	if (selectReports(reports, {...filters, district: districts.queries}).length === 0) {
		return `no reports match ${described(filters)}`;
	}

	return null;
}
