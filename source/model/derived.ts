/**
Values a report did not state but a later report of the same district lets us
compute: a prior-year value from a year-on-year change. This finds, for a report
and an indicator, the report that derived one for its year.
*/
import type {Fact, Report} from '../parse/types.js';
import type {Derived} from './comparison.js';
import {derivedFactFor} from './headline.js';

const fullName = (report: Report) => report.district.fullName ?? report.district.name;

/** Two reports are of one district when their codes agree, or, without codes, their names do. */
export function sameDistrict(a: Report, b: Report): boolean {
	if (a.district.code !== null && b.district.code !== null) {
		return a.district.code === b.district.code;
	}

	return fullName(a) !== null && fullName(a) === fullName(b);
}

/** The year a derived fact stands for; a prior-year value without a stated year is the year before the report. */
export function derivedYear(fact: Fact, report: Report): number | null {
	if (fact.derived === null) {
		return null;
	}

	return fact.derived.year ?? (report.year === null ? null : report.year - 1);
}

type Source = {readonly derived: Derived; readonly order: number};

/**
Who may have derived a value for a district, a year and an indicator: each report's
derived facts, filed under every way sameDistrict could match it, in corpus order.
Built in one pass, so a cell asks a map instead of scanning the corpus (which made
buildComparison quadratic: minutes at 30,000 reports).
*/
export function derivedLookup(corpus: readonly Report[]): (report: Report, indicator: string) => Derived | undefined {
	const byCode = new Map<string, Source[]>();
	const byName = new Map<string, Source[]>();
	const byNameUncoded = new Map<string, Source[]>();
	const file = (map: Map<string, Source[]>, key: string, source: Source) => {
		const list = map.get(key);
		if (list === undefined) {
			map.set(key, [source]);
		} else {
			list.push(source);
		}
	};

	corpus.forEach((report, order) => {
		const name = fullName(report);
		for (const fact of report.facts) {
			const year = derivedYear(fact, report);
			// Only the fact the report itself would cite for that year and indicator.
			if (year === null || derivedFactFor(report, fact.indicator, year) !== fact) {
				continue;
			}

			const source = {derived: {fact, source: report}, order};
			const key = `${fact.indicator}@${year}`;
			if (report.district.code !== null) {
				file(byCode, `${report.district.code}|${key}`, source);
			} else if (name !== null) {
				file(byNameUncoded, `${name}|${key}`, source);
			}

			if (name !== null) {
				file(byName, `${name}|${key}`, source);
			}
		}
	});

	const first = (report: Report, ...lists: Array<readonly Source[] | undefined>) => {
		let best: Source | undefined;
		for (const list of lists) {
			const found = list?.find(source => source.derived.source !== report);
			best = found !== undefined && (best === undefined || found.order < best.order) ? found : best;
		}

		return best?.derived;
	};

	return (report, indicator) => {
		if (report.year === null) {
			return undefined;
		}

		const key = `${indicator}@${report.year}`;
		const name = fullName(report);
		const named = name === null ? undefined : `${name}|${key}`;
		// Two coded reports match on the code; a report without one matches on the name.
		return report.district.code === null
			? (named === undefined ? undefined : first(report, byName.get(named)))
			: first(report, byCode.get(`${report.district.code}|${key}`), named === undefined ? undefined : byNameUncoded.get(named));
	};
}
