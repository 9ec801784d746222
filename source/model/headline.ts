/**
Which of a report's statements of an indicator is its headline. The catalog says
"the first one in the results section"; the outline tells us which section a fact
sits in, and where it cannot, the first statement wins.
*/
import {indicatorById} from '../catalog/indicators.js';
import type {Fact, Report, Section, SectionKind} from '../parse/types.js';

const pathSeparator = ' > ';

// Comparisons ask once per indicator and report; the outline walk need not repeat.
const cache = new WeakMap<readonly Section[], Map<string, SectionKind>>();

/** Section path → kind, where a section the parser left as 'other' takes its parent's kind. */
function sectionKinds(outline: readonly Section[]): Map<string, SectionKind> {
	const cached = cache.get(outline);
	if (cached !== undefined) {
		return cached;
	}

	const kinds = new Map<string, SectionKind>();
	const walk = (sections: readonly Section[], prefix: string, inherited: SectionKind) => {
		for (const section of sections) {
			const path = prefix === '' ? section.title : prefix + pathSeparator + section.title;
			const kind = section.kind === 'other' ? inherited : section.kind;
			kinds.set(path, kind);
			walk(section.children, path, kind);
		}
	};

	walk(outline, '', 'other');
	cache.set(outline, kinds);
	return kinds;
}

/** The kind of the deepest outline section on the fact's path; null when the outline does not know the path. */
function kindOf(section: string, kinds: Map<string, SectionKind>): SectionKind | null {
	// Most facts sit in a section the outline kept, path and all: one lookup, no splitting.
	const own = kinds.get(section);
	if (own !== undefined) {
		return own;
	}

	// A fact may sit under a heading the outline did not keep (一是…); its ancestors still tell.
	for (let end = section.lastIndexOf(pathSeparator); end > 0; end = section.lastIndexOf(pathSeparator, end - 1)) {
		const kind = kinds.get(section.slice(0, end));
		if (kind !== undefined) {
			return kind;
		}
	}

	return null;
}

function byLine(a: Fact, b: Fact): number {
	return a.line - b.line;
}

/** Of these facts (in report order), the first in a results section; else the first not under next year's plans. */
function firstOf(report: Report, candidates: readonly Fact[]): Fact | null {
	if (candidates.length === 0) {
		return null;
	}

	const kinds = sectionKinds(report.outline);
	const sorted = candidates.length === 1 ? candidates : [...candidates].sort(byLine);
	let fallback: Fact | null = null;
	for (const fact of sorted) {
		const kind = kindOf(fact.section, kinds);
		if (kind === 'results') {
			return fact;
		}

		fallback ??= kind === 'plans' ? null : fact;
	}

	return fallback;
}

/**
The first fact in a results section among those that pass `keep`; else the first
that is not in next year's plans (those are targets, not results).
*/
export function firstInResults(report: Report, keep: (fact: Fact) => boolean): Fact | null {
	return firstOf(report, report.facts.filter(keep));
}

type Headlines = {
	/** Indicator → the headline of its stated facts. */
	readonly stated: ReadonlyMap<string, Fact>;
	/** `indicator@year` → the first derived fact standing for that year. */
	readonly derived: ReadonlyMap<string, Fact>;
	/** Indicator → the first derived fact of any year. */
	readonly anyDerived: ReadonlyMap<string, Fact>;
};

// Every view asks per report and indicator, on corpora of tens of thousands of reports: one pass over a
// report's facts answers all of them. Reports are never changed, so the answers stay true for the object.
const headlines = new WeakMap<Report, Headlines>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list === undefined) {
		map.set(key, [value]);
	} else {
		list.push(value);
	}
}

function firsts(report: Report, groups: ReadonlyMap<string, readonly Fact[]>): Map<string, Fact> {
	const out = new Map<string, Fact>();
	for (const [key, facts] of groups) {
		const fact = firstOf(report, facts);
		if (fact !== null) {
			out.set(key, fact);
		}
	}

	return out;
}

function headlinesOf(report: Report): Headlines {
	let found = headlines.get(report);
	if (found !== undefined) {
		return found;
	}

	const inUnit = new Map<string, Fact[]>();
	const stated = new Map<string, Fact[]>();
	const derived = new Map<string, Fact[]>();
	const anyDerived = new Map<string, Fact[]>();
	for (const fact of report.facts) {
		if (fact.derived === null) {
			push(stated, fact.indicator, fact);
			if (fact.unit === indicatorById(fact.indicator)?.unit) {
				push(inUnit, fact.indicator, fact);
			}

			continue;
		}

		push(anyDerived, fact.indicator, fact);
		const year = fact.derived.year ?? (report.year === null ? null : report.year - 1);
		if (year !== null) {
			push(derived, `${fact.indicator}@${year}`, fact);
		}
	}

	// A statement in the catalog's unit first; any statement when none is.
	const headline = firsts(report, stated);
	for (const [indicator, fact] of firsts(report, inUnit)) {
		headline.set(indicator, fact);
	}

	found = {stated: headline, derived: firsts(report, derived), anyDerived: firsts(report, anyDerived)};
	headlines.set(report, found);
	return found;
}

/**
The report's headline value of an indicator: reported, never derived. A statement in
the catalog's own unit comes first: 出庭应诉44人次 heads its row, not 区领导出庭应诉3次.
*/
export function headlineFact(report: Report, indicator: string): Fact | null {
	return headlinesOf(report).stated.get(indicator) ?? null;
}

/** Every headline of the report at once, by indicator: for a caller asking about all of them. */
export function statedHeadlines(report: Report): ReadonlyMap<string, Fact> {
	return headlinesOf(report).stated;
}

/** The derived fact of this report that stands for `year`: a prior-year value from a year-on-year change. */
export function derivedFactFor(report: Report, indicator: string, year: number): Fact | null {
	return headlinesOf(report).derived.get(`${indicator}@${year}`) ?? null;
}

/** The first derived fact of an indicator in this report, whatever year it stands for. */
export function anyDerivedFact(report: Report, indicator: string): Fact | null {
	return headlinesOf(report).anyDerived.get(indicator) ?? null;
}
