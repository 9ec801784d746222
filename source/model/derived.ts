/**
Values a report did not state but a later report of the same district lets us
compute: a prior-year value from a year-on-year change. This finds, for a report
and an indicator, the report that derived one for its year.
*/
import type {Fact, ReportSummary} from '../parse/types.js';
import type {Derived} from './comparison.js';
import {derivedFactFor} from './headline.js';

/** What the lookup reads of a report: a whole one, its summary, or an export's sketch of it. */
type Placed = Pick<ReportSummary, 'district' | 'year'>;

const fullName = (report: Placed) => report.district.fullName ?? report.district.name;

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

/** A value one report lets us derive for its district: the indicator, the year it stands for, and what stands for it. */
export type Derivation<T> = {readonly indicator: string; readonly year: number; readonly fact: T};

/**
The derived facts a report offers other years: for each indicator and year, the one fact the report itself would
cite (derivedFactFor), in the order of its facts.
*/
export function derivationsOf(report: ReportSummary): Array<Derivation<Fact>> {
	const offered: Array<Derivation<Fact>> = [];
	for (const fact of report.facts) {
		const year = derivedYear(fact, report);
		if (year !== null && derivedFactFor(report, fact.indicator, year) === fact) {
			offered.push({indicator: fact.indicator, year, fact});
		}
	}

	return offered;
}

type Source<P, T> = {readonly found: {readonly fact: T; readonly source: P}; readonly order: number};

/** Indicator → who derived it, for one district and year. */
type Filed<P, T> = Map<string, Array<Source<P, T>>>;

const nothing: ReadonlyMap<string, never> = new Map<string, never>();

/**
Who may have derived a value for a district, a year and an indicator: each report's
derivations, filed under every way sameDistrict could match it, in corpus order.
Built in one pass, so a report asks two maps instead of scanning the corpus (which
made buildComparison quadratic: a quarter of an hour at 30,000 reports). Generic over
what stands for a report and a fact, so a streamed export decides from a sketch of
each report exactly what the tables decide from the reports.
*/
export function derivationLookup<P extends Placed, T>(corpus: readonly P[], derivations: (report: P) => Iterable<Derivation<T>>): (report: P) => ReadonlyMap<string, {readonly fact: T; readonly source: P}> {
	const byCode = new Map<string, Filed<P, T>>();
	const byName = new Map<string, Filed<P, T>>();
	const byNameUncoded = new Map<string, Filed<P, T>>();
	const file = (map: Map<string, Filed<P, T>>, key: string, indicator: string, source: Source<P, T>) => {
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
		for (const {indicator, year, fact} of derivations(report)) {
			const source = {found: {fact, source: report}, order};
			if (report.district.code !== null) {
				file(byCode, `${report.district.code}@${year}`, indicator, source);
			} else if (name !== null) {
				file(byNameUncoded, `${name}@${year}`, indicator, source);
			}

			if (name !== null) {
				file(byName, `${name}@${year}`, indicator, source);
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
		const filed = candidates.filter((each): each is Filed<P, T> => each !== undefined);
		if (filed.length === 0) {
			return nothing;
		}

		const found = new Map<string, Source<P, T>>();
		for (const indicators of filed) {
			for (const [indicator, sources] of indicators) {
				// The first in corpus order among all that match, never the report itself.
				const source = sources.find(each => each.found.source !== report);
				const best = found.get(indicator);
				if (source !== undefined && (best === undefined || source.order < best.order)) {
					found.set(indicator, source);
				}
			}
		}

		return new Map([...found].map(([indicator, source]) => [indicator, source.found]));
	};
}

/** For a report, per indicator, the value a later report of its district derived for its year, if any. */
export function derivedLookup(corpus: readonly ReportSummary[]): (report: ReportSummary) => ReadonlyMap<string, Derived> {
	return derivationLookup(corpus, derivationsOf);
}
