/**
The review applied to a load's reports: each report takes the decisions about it,
and what could not be applied is gathered for the errors view and stderr. A decision
about a report that is not loaded is not orphaned: it waits for a load that has it.
*/
import type {Figure, ReportSummary} from '../parse/types.js';
import {applyReview, type ReviewedFact} from './apply.js';
import type {Sourced} from './decision.js';
import {decisionsFor, type DecisionIndex, type ReportIdentity} from './for-report.js';

export type ReviewOutcome<R> = {
	readonly reports: R[];
	/** Decisions about a loaded report whose number is no longer in it. */
	readonly orphans: Sourced[];
	readonly conflicts: Sourced[][];
};

export type ReviewedSummary<R extends ReportSummary> = Omit<R, 'facts'> & {readonly facts: ReviewedFact[]};

/**
Each report with its decisions applied; a report no decision is about is returned as it was (the same object,
so a load without reviews costs a lookup per report). `identity` cites a report as the review file does.
*/
export function reviewReports<R extends ReportSummary & {readonly figures?: Figure[]}>(
	reports: readonly R[],
	index: DecisionIndex,
	identity: (report: R) => ReportIdentity,
): ReviewOutcome<ReviewedSummary<R>> {
	// A decision may reach two reports (a file and its copy, one by file, one by district and year): it is
	// orphaned only when it found its number in neither.
	const tried = new Set<Sourced>();
	const applied = new Set<Sourced>();
	const conflicts: Sourced[][] = [];
	const reviewed = reports.map(report => {
		const decisions = decisionsFor(index, identity(report));
		if (decisions.length === 0) {
			return report as ReviewedSummary<R>;
		}

		const result = applyReview(report.facts, report.figures, decisions);
		const orphaned = new Set(result.orphans);
		for (const decision of decisions) {
			tried.add(decision);
			if (!orphaned.has(decision)) {
				applied.add(decision);
			}
		}

		conflicts.push(...result.conflicts.filter(group => !conflicts.some(known => known[0] === group[0])));
		return {...report, facts: result.facts};
	});
	const orphans = [...tried].filter(decision => !applied.has(decision));
	return {reports: reviewed, orphans, conflicts};
}
