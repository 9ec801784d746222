/**
A store with the review files' decisions applied: every report the views and the
snapshots receive carries them, its duplicates and details follow it, and what could
not be applied (an orphaned decision, a conflict between files, a record that could
not be read) joins the store's notes, so stderr, --json and the errors view tell it.
An export applies the decisions where each report is parsed (snapshot/piece.ts) and
tells the same from its sketches.
*/
import type {Figure, ReportSummary} from '../parse/types.js';
import type {Sourced} from '../review/decision.js';
import {conflictMessage, conflictsOf, orphanMessage, orphansOf, type ReviewTally} from '../review/orphans.js';
import type {ReviewProblem} from '../review/review-file.js';
import {reviewReports, type ReviewContext} from '../review/reviewed-reports.js';
import {citedPath} from '../snapshot/paths.js';
import type {Note, Store} from './store.js';

type Reviewable = ReportSummary & {readonly figures?: Figure[]};

/** What a person is told about a review: records that could not be read, decisions orphaned, conflicts. */
export function reviewNotes(problems: readonly ReviewProblem[], orphans: readonly Sourced[], conflicts: readonly Sourced[][]): Note[] {
	return [
		...problems.map(({source, record, reason}) => ({file: source, message: record === null ? reason : `record ${record}: ${reason}`, kind: 'review' as const})),
		...orphans.map(sourced => ({file: sourced.source, message: orphanMessage(sourced), kind: 'review' as const})),
		...conflicts.map(group => ({file: group[0]!.source, message: conflictMessage(group), kind: 'review' as const})),
	];
}

export function reviewStore<R extends Reviewable>(store: Store<R>, context: ReviewContext, problems: readonly ReviewProblem[], cwd: string): Store<R> {
	if (context.decisions.length === 0) {
		return problems.length === 0 ? store : {...store, notes: [...store.notes, ...reviewNotes(problems, [], [])]};
	}

	const {reports, orphans, conflicts} = reviewReports(store.reports, context, report => ({file: citedPath(report.file, cwd), code: report.district.code, year: report.year}));
	// A reviewed report is its report with other facts: the same kind of thing to everything downstream.
	const reviewed = reports as unknown as R[];
	const was = new Map<R, R>();
	const now = new Map<R, R>();
	store.reports.forEach((report, index) => {
		was.set(reviewed[index]!, report);
		now.set(report, reviewed[index]!);
	});
	return {
		reports: reviewed,
		errors: store.errors,
		notes: [...store.notes, ...reviewNotes(problems, orphans, conflicts)],
		duplicates: store.duplicates.map(({shown, hidden}) => ({shown: now.get(shown) ?? shown, hidden: hidden.map(report => now.get(report) ?? report)})),
		// Details are read for the report as loaded: its summary, compared with the file's, is the parser's.
		details: report => store.details(was.get(report as R) ?? report),
	};
}

/** An export's notes on its review, from what each report's piece applied. */
export function exportReviewNotes(decisions: readonly Sourced[], problems: readonly ReviewProblem[], reports: ReadonlyArray<{readonly reviewed?: ReviewTally}>): Note[] {
	const tallies = reports.map(report => report.reviewed);
	return reviewNotes(problems, orphansOf(decisions, tallies), conflictsOf(decisions, tallies));
}
