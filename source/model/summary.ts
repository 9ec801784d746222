/**
A report cut to what the tables, charts and the detail of a fact need, for a
corpus held by the tens of thousands: its figures, shortcomings and plans are
dropped, and its outline keeps only the branches its facts sit on. On the
benchmark's corpus a report's JSON is 6.8 KB of figures, 3.1 KB of outline and
0.8 KB of shortcomings and plans, against 4.5 KB of facts.
*/
import type {Report, ReportDetails, ReportSummary, Section} from '../parse/types.js';
import {branchOf} from './headline.js';

/**
The sections on the facts' branches, in outline order. headline.ts reads a
fact's kind from its branch only, and a branch walked in the kept sections is the
same branch: at each level the chosen section is the last that fits the path, and
no section kept for another fact can come after it and fit too (it would have
been chosen).
*/
function keptOutline(sections: readonly Section[], kept: ReadonlySet<Section>): Section[] {
	const outline: Section[] = [];
	for (const section of sections) {
		if (kept.has(section)) {
			outline.push({...section, children: keptOutline(section.children, kept)});
		}
	}

	return outline;
}

export function summaryOf(report: Report): ReportSummary {
	const kept = new Set<Section>();
	let last: string | null = null;
	for (const fact of report.facts) {
		// Facts of one section come together and share its path: walk it once.
		if (fact.section !== last) {
			last = fact.section;
			for (const section of branchOf(fact.section, report.outline)) {
				kept.add(section);
			}
		}
	}

	const {figures: _figures, shortcomings: _shortcomings, plans: _plans, ...summary} = report;
	return {...summary, outline: keptOutline(report.outline, kept)};
}

/** Whether this is the whole report, details and all, rather than its summary. */
export const isWhole = (report: ReportSummary): report is Report => 'figures' in report;

/** A report's details as the district view gets them, or why it cannot. */
export type Details =
	| {
		readonly details: ReportDetails;
		/**
		The file no longer gives the summary the dashboard holds (its facts or metadata
		changed): these details are from its text now.
		*/
		readonly changed: boolean;
	}
	| {readonly problem: string};

/** Where the district view gets a report's details: from the report itself, or from its file (details.ts). */
export type DetailsOf = (report: ReportSummary) => Details;

/** Reports held whole (the bundled seeds, snapshots, tests) carry their own details. */
export const ownDetails: DetailsOf = report => (isWhole(report) ? {details: report, changed: false} : {problem: 'only its summary was loaded'});
