/**
Which of a report's statements of an indicator is its headline. The catalog says
"the first one in the results section"; the outline tells us which section a fact
sits in, and where it cannot, the first statement wins.
*/
import {indicatorById} from '../catalog/indicators.js';
import type {Fact, ReportSummary, Section, SectionKind} from '../parse/types.js';
import {byPerson, inTables} from '../review/apply.js';

const pathSeparator = ' > ';

/**
The kind of the deepest outline section on a fact's section path (titles joined by
' > '), a section the parser left as 'other' taking its parent's kind; null when the
outline does not know the path's first title. At each level the last section whose
title continues the path is taken (the last of equal titles wins, as it did when
paths were collected into a map). A fact may sit under a heading the outline did not
keep (一是…): its deepest known ancestor tells. Walks down one branch comparing
titles in place: on a national corpus a map of every section path of every report
was millions of strings.
*/
export function kindOf(section: string, outline: readonly Section[]): SectionKind | null {
	let kind: SectionKind | null = null;
	let sections = outline;
	let at = 0;
	descend: for (;;) {
		for (let index = sections.length - 1; index >= 0; index--) {
			const candidate = sections[index]!;
			const end = at + candidate.title.length;
			if (!section.startsWith(candidate.title, at) || (end !== section.length && !section.startsWith(pathSeparator, end))) {
				continue;
			}

			kind = candidate.kind === 'other' ? (kind ?? 'other') : candidate.kind;
			if (end === section.length) {
				return kind;
			}

			sections = candidate.children;
			at = end + pathSeparator.length;
			continue descend;
		}

		return kind;
	}
}

function byLine(a: Fact, b: Fact): number {
	return a.line - b.line;
}

/**
The first of a group of facts (in report order) in a results section; else the first
that is not under next year's plans (those are targets, not results). Offered a
report's facts in order, it settles every group in one pass.
*/
class Firsts {
	readonly chosen = new Map<string, Fact>();
	private readonly settled = new Set<string>();

	offer(key: string, fact: Fact, kind: SectionKind | null): void {
		if (this.settled.has(key)) {
			return;
		}

		if (kind === 'results') {
			this.chosen.set(key, fact);
			this.settled.add(key);
		} else if (kind !== 'plans' && !this.chosen.has(key)) {
			this.chosen.set(key, fact);
		}
	}
}

/** The facts in line order: as the parser emits them, checked rather than assumed. */
function inLineOrder(facts: readonly Fact[]): readonly Fact[] {
	for (let index = 1; index < facts.length; index++) {
		if (facts[index]!.line < facts[index - 1]!.line) {
			return [...facts].sort(byLine);
		}
	}

	return facts;
}

/**
The kind of a fact's section in this report, by section path: read from a summary's
section kinds, or walked in a whole report's outline (once per path).
*/
function sectionKinds(report: ReportSummary): (section: string) => SectionKind | null {
	const stated = report.sectionKinds;
	const known = new Map<string, SectionKind | null>();
	if (stated !== undefined) {
		stated.paths.forEach((path, index) => known.set(path, stated.kinds[index] ?? null));
		return section => known.get(section) ?? null;
	}

	const outline = report.outline ?? [];
	return section => {
		let kind = known.get(section);
		if (kind === undefined) {
			kind = kindOf(section, outline);
			known.set(section, kind);
		}

		return kind;
	};
}

/**
The first fact in a results section among those that pass `keep`; else the first
that is not in next year's plans (those are targets, not results).
*/
export function firstInResults(report: ReportSummary, keep: (fact: Fact) => boolean): Fact | null {
	const firsts = new Firsts();
	const kindOfSection = sectionKinds(report);
	for (const fact of inLineOrder(report.facts)) {
		if (keep(fact)) {
			firsts.offer('', fact, kindOfSection(fact.section));
		}
	}

	return firsts.chosen.get('') ?? null;
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
const headlines = new WeakMap<ReportSummary, Headlines>();

function headlinesOf(report: ReportSummary): Headlines {
	let found = headlines.get(report);
	if (found !== undefined) {
		return found;
	}

	const stated = new Firsts();
	const inUnit = new Firsts();
	const derived = new Firsts();
	const anyDerived = new Firsts();
	const checked = new Firsts();
	const kindOfSection = sectionKinds(report);
	for (const fact of inLineOrder(report.facts)) {
		if (!inTables(fact)) {
			continue;
		}

		const kind = kindOfSection(fact.section);
		if (fact.derived === null) {
			stated.offer(fact.indicator, fact, kind);
			if (byPerson(fact)) {
				checked.offer(fact.indicator, fact, kind);
			}

			if (fact.unit === indicatorById(fact.indicator)?.unit) {
				inUnit.offer(fact.indicator, fact, kind);
			}

			continue;
		}

		anyDerived.offer(fact.indicator, fact, kind);
		const year = fact.derived.year ?? (report.year === null ? null : report.year - 1);
		if (year !== null) {
			derived.offer(`${fact.indicator}@${year}`, fact, kind);
		}
	}

	// A statement in the catalog's unit first; any statement when none is.
	const headline = stated.chosen;
	for (const [indicator, fact] of inUnit.chosen) {
		headline.set(indicator, fact);
	}

	// A value a person confirmed, corrected or added heads its row over what only the parser read.
	for (const [indicator, fact] of checked.chosen) {
		headline.set(indicator, fact);
	}

	found = {stated: headline, derived: derived.chosen, anyDerived: anyDerived.chosen};
	headlines.set(report, found);
	return found;
}

/**
The report's headline value of an indicator: reported, never derived. A statement in
the catalog's own unit comes first: 出庭应诉44人次 heads its row, not 区领导出庭应诉3次.
*/
export function headlineFact(report: ReportSummary, indicator: string): Fact | null {
	return headlinesOf(report).stated.get(indicator) ?? null;
}

/** Every headline of the report at once, by indicator: for a caller asking about all of them. */
export function statedHeadlines(report: ReportSummary): ReadonlyMap<string, Fact> {
	return headlinesOf(report).stated;
}

/** The derived fact of this report that stands for `year`: a prior-year value from a year-on-year change. */
export function derivedFactFor(report: ReportSummary, indicator: string, year: number): Fact | null {
	return headlinesOf(report).derived.get(`${indicator}@${year}`) ?? null;
}

/** The first derived fact of an indicator in this report, whatever year it stands for. */
export function anyDerivedFact(report: ReportSummary, indicator: string): Fact | null {
	return headlinesOf(report).anyDerived.get(indicator) ?? null;
}
