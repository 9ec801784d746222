/**
Values a report did not state but a later report of the same district lets us
compute: a prior-year value from a year-on-year change. This finds, for a report
and an indicator, the report that derived one for its year.
*/
import type {Fact, ReportSummary} from '../parse/types.js';
import type {Derived} from './comparison.js';
import {derivedFactFor} from './headline.js';

const fullName = (report: ReportSummary) => report.district.fullName ?? report.district.name;

/** Two reports are of one district when their codes agree, or, without codes, their names do. */
export function sameDistrict(a: ReportSummary, b: ReportSummary): boolean {
	if (a.district.code !== null && b.district.code !== null) {
		return a.district.code === b.district.code;
	}

	return fullName(a) !== null && fullName(a) === fullName(b);
}

/** The year a derived fact stands for; a prior-year value without a stated year is the year before the report. */
export function derivedYear(fact: Fact, report: ReportSummary): number | null {
	if (fact.derived === null) {
		return null;
	}

	return fact.derived.year ?? (report.year === null ? null : report.year - 1);
}

type Source = {readonly derived: Derived; readonly order: number};

/** Indicator → who derived it, for one district and year. */
type Filed = Map<string, Source[]>;

const nothing: ReadonlyMap<string, Derived> = new Map();

/**
Who may have derived a value for a district, a year and an indicator: each report's
derived facts, filed under every way sameDistrict could match it, in corpus order.
Built in one pass, so a report asks two maps instead of scanning the corpus (which
made buildComparison quadratic: a quarter of an hour at 30,000 reports).
*/
export function derivedLookup(corpus: readonly ReportSummary[]): (report: ReportSummary) => ReadonlyMap<string, Derived> {
	const byCode = new Map<string, Filed>();
	const byName = new Map<string, Filed>();
	const byNameUncoded = new Map<string, Filed>();
	const file = (map: Map<string, Filed>, key: string, indicator: string, source: Source) => {
		let filed = map.get(key);
		if (filed === undefined) {
			filed = new Map();
			map.set(key, filed);
		}

		const list = filed.get(indicator);
		if (list === undefined) {
			filed.set(indicator, [source]);
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
			if (report.district.code !== null) {
				file(byCode, `${report.district.code}@${year}`, fact.indicator, source);
			} else if (name !== null) {
				file(byNameUncoded, `${name}@${year}`, fact.indicator, source);
			}

			if (name !== null) {
				file(byName, `${name}@${year}`, fact.indicator, source);
			}
		}
	});

	return report => {
		if (report.year === null) {
			return nothing;
		}

		const name = fullName(report);
		const named = name === null ? undefined : `${name}@${report.year}`;
		// Two coded reports match on the code; a report without one matches on the name.
		const candidates = report.district.code === null
			? [named === undefined ? undefined : byName.get(named)]
			: [byCode.get(`${report.district.code}@${report.year}`), named === undefined ? undefined : byNameUncoded.get(named)];
		const filed = candidates.filter((each): each is Filed => each !== undefined);
		if (filed.length === 0) {
			return nothing;
		}

		const found = new Map<string, Source>();
		for (const indicators of filed) {
			for (const [indicator, sources] of indicators) {
				// The first in corpus order among all that match, never the report itself.
				const source = sources.find(each => each.derived.source !== report);
				const best = found.get(indicator);
				if (source !== undefined && (best === undefined || source.order < best.order)) {
					found.set(indicator, source);
				}
			}
		}

		return new Map([...found].map(([indicator, source]) => [indicator, source.derived]));
	};
}
