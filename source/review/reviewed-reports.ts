/**
The review applied to a load's reports: each report takes the decisions about it,
and what could not be applied is gathered for the errors view and stderr. A decision
about a report that is not loaded is not orphaned: it waits for a load that has it.
*/
import type {Figure, ReportSummary} from '../parse/types.js';
import {applyReview, type ReviewedFact} from './apply.js';
import type {Sourced} from './decision.js';
import {decisionsFor, indexDecisions, type DecisionIndex, type ReportIdentity} from './for-report.js';
import {conflictsOf, orphansOf, type ReviewTally} from './orphans.js';

export type ReviewedSummary<R extends ReportSummary> = Omit<R, 'facts'> & {readonly facts: ReviewedFact[]};

type Reviewable = ReportSummary & {readonly figures?: Figure[]};

/** The decisions of a load, indexed once: where each one is among them, and which are about which report. */
export type ReviewContext = {readonly decisions: readonly Sourced[]; readonly index: DecisionIndex; readonly places: ReadonlyMap<Sourced, number>};

export function reviewContext(decisions: readonly Sourced[]): ReviewContext {
	return {decisions, index: indexDecisions(decisions), places: new Map(decisions.map((sourced, place) => [sourced, place]))};
}

/**
One report with the decisions about it applied; with no decision about it, the same object (a load without
reviews costs a lookup per report). `identity` cites the report as the review file does.
*/
export function reviewReport<R extends Reviewable>(report: R, context: ReviewContext, identity: ReportIdentity): {report: ReviewedSummary<R>; tally?: ReviewTally} {
	const decisions = decisionsFor(context.index, identity);
	if (decisions.length === 0) {
		return {report: report as ReviewedSummary<R>};
	}

	const result = applyReview(report.facts, report.figures, decisions);
	const orphaned = new Set(result.orphans);
	const place = (sourced: Sourced) => context.places.get(sourced)!;
	return {
		report: {...report, facts: result.facts},
		tally: {
			applied: decisions.filter(decision => !orphaned.has(decision)).map(place),
			orphaned: result.orphans.map(place),
			...(result.conflicts.length === 0 ? {} : {conflicts: result.conflicts.map(group => group.map(place))}),
		},
	};
}

export type ReviewOutcome<R> = {
	readonly reports: R[];
	/** Decisions about a loaded report whose number is in none of the reports they reach. */
	readonly orphans: Sourced[];
	readonly conflicts: Sourced[][];
};

export function reviewReports<R extends Reviewable>(reports: readonly R[], context: ReviewContext, identity: (report: R) => ReportIdentity): ReviewOutcome<ReviewedSummary<R>> {
	const tallies: Array<ReviewTally | undefined> = [];
	const reviewed = reports.map(report => {
		const one = reviewReport(report, context, identity(report));
		tallies.push(one.tally);
		return one.report;
	});
	return {reports: reviewed, orphans: orphansOf(context.decisions, tallies), conflicts: conflictsOf(context.decisions, tallies)};
}
