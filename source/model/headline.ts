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
	const parts = section.split(pathSeparator);
	// A fact may sit under a heading the outline did not keep (一是…); its ancestors still tell.
	for (let length = parts.length; length > 0; length--) {
		const kind = kinds.get(parts.slice(0, length).join(pathSeparator));
		if (kind !== undefined) {
			return kind;
		}
	}

	return null;
}

function byLine(a: Fact, b: Fact): number {
	return a.line - b.line;
}

/**
The first fact in a results section among those that pass `keep`; else the first
that is not in next year's plans (those are targets, not results).
*/
export function firstInResults(report: Report, keep: (fact: Fact) => boolean): Fact | null {
	const candidates = report.facts.filter(keep).sort(byLine);
	if (candidates.length === 0) {
		return null;
	}

	const kinds = sectionKinds(report.outline);
	const kinded = candidates.map(fact => ({fact, kind: kindOf(fact.section, kinds)}));
	const result = kinded.find(({kind}) => kind === 'results') ?? kinded.find(({kind}) => kind !== 'plans');
	return result?.fact ?? null;
}

/**
The report's headline value of an indicator: reported, never derived. A statement in
the catalog's own unit comes first: 出庭应诉44人次 heads its row, not 区领导出庭应诉3次.
*/
export function headlineFact(report: Report, indicator: string): Fact | null {
	const unit = indicatorById(indicator)?.unit;
	const stated = (fact: Fact) => fact.indicator === indicator && fact.derived === null;
	return firstInResults(report, fact => stated(fact) && fact.unit === unit) ?? firstInResults(report, stated);
}
