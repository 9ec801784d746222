/**
A report cut to what the tables, charts and the detail of a fact need, for a
corpus held by the tens of thousands: its figures, shortcomings and plans are
dropped, and its outline gives way to the kind of each section its facts sit in.
On the benchmark's corpus a report's JSON is 6.8 KB of figures, 3.1 KB of outline
and 0.8 KB of shortcomings and plans, against 4.5 KB of facts. (A summary that kept
the outline cut to the facts' branches instead: 30,000 reports peaked at 417 MB
against 372 MB with section kinds, and loaded in a median of 9.9 s against 9.1 s,
in six alternating pairs.)
*/
import type {Report, ReportDetails, ReportSummary, SectionKind} from '../parse/types.js';
import {kindOf} from './headline.js';

export function summaryOf(report: Report): ReportSummary {
	const paths: string[] = [];
	const kinds: Array<SectionKind | null> = [];
	let last: string | null = null;
	for (const fact of report.facts) {
		// Facts of one section come together and share its path: most repeats end here.
		if (fact.section !== last && !paths.includes(fact.section)) {
			paths.push(fact.section);
			kinds.push(kindOf(fact.section, report.outline));
		}

		last = fact.section;
	}

	const {figures: _figures, shortcomings: _shortcomings, plans: _plans, outline: _outline, ...summary} = report;
	return {...summary, sectionKinds: {paths, kinds}};
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

/** Where the district view gets a report's details: from the report itself, or from its file (corpus/details.ts). */
export type DetailsOf = (report: ReportSummary) => Details;

/** Reports held whole (the bundled seeds, snapshots, tests) carry their own details. */
export const ownDetails: DetailsOf = report => (isWhole(report) ? {details: report, changed: false} : {problem: 'only its summary was loaded'});
