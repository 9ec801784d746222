/**
Which decisions are about which report. A decision names its report by file (as
cited where rol-dash ran) and by district code and year; either is enough, so a
review made on a copy of the report in another folder still applies. The anchor
inside the report then decides which number, if any, it is about.
*/
import type {Sourced} from './decision.js';

export type ReportIdentity = {
	/** The report's file as the review file cites it. */
	readonly file: string;
	readonly code: string | null;
	readonly year: number | null;
};

/** Decisions indexed for looking up by report: built once per load. */
export type DecisionIndex = {
	readonly byFile: ReadonlyMap<string, Sourced[]>;
	readonly byDistrictYear: ReadonlyMap<string, Sourced[]>;
};

const districtYear = (code: string, year: number) => `${code}@${year}`;

function push(map: Map<string, Sourced[]>, key: string, sourced: Sourced): void {
	const list = map.get(key) ?? [];
	list.push(sourced);
	map.set(key, list);
}

export function indexDecisions(decisions: readonly Sourced[]): DecisionIndex {
	const byFile = new Map<string, Sourced[]>();
	const byDistrictYear = new Map<string, Sourced[]>();
	for (const sourced of decisions) {
		const {file, code, year} = sourced.decision;
		if (file !== '') {
			push(byFile, file, sourced);
		}

		if (code !== null && year !== null) {
			push(byDistrictYear, districtYear(code, year), sourced);
		}
	}

	return {byFile, byDistrictYear};
}

/** The decisions about this report, each once, in the order the review files hold them. */
export function decisionsFor(index: DecisionIndex, report: ReportIdentity): Sourced[] {
	const found = new Set<Sourced>(index.byFile.get(report.file) ?? []);
	if (report.code !== null && report.year !== null) {
		for (const sourced of index.byDistrictYear.get(districtYear(report.code, report.year)) ?? []) {
			found.add(sourced);
		}
	}

	return [...found].sort((a, b) => a.source.localeCompare(b.source) || a.record - b.record);
}
