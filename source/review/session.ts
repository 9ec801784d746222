/**
Decisions made in the dashboard: each one is added to the review file being written
(the first --review, else ./rol-dash-review.csv) and the whole file is saved at once,
so what is on disk is always what the dashboard shows. `u` takes back the last
decision made in this session, never one read from a file.
*/
import type {Fact, Figure} from '../parse/types.js';
import type {Decision, ReviewAction, Sourced} from './decision.js';

export type ReviewSession = {
	/** The file decisions are saved to. */
	readonly file: string;
	/** Every decision the load knows, from every review file, this session's last. */
	readonly decisions: readonly Sourced[];
	/** This session's decisions, newest last: what `u` takes back. */
	readonly made: readonly Sourced[];
};

export function openSession(file: string, read: readonly Sourced[]): ReviewSession {
	return {file, decisions: read, made: []};
}

/** What a decision is about: a number the parser read (a fact) or one it left unclassified (a figure). */
export type Reading = {readonly report: ReportAnchor; readonly fact: Fact | null; readonly figure: Figure | null};

/** A report as a decision names it: its file as cited, its content hash, district code and year. */
export type ReportAnchor = {readonly file: string; readonly hash: string; readonly code: string | null; readonly year: number | null};

export type Verdict =
	| {readonly action: 'confirmed' | 'rejected'}
	| {readonly action: 'corrected'; readonly value: number; readonly unit: string}
	| {readonly action: 'added'; readonly indicator: string; readonly value: number; readonly unit: string};

export function decisionOf({report, fact, figure}: Reading, verdict: Verdict, note: string, time: Date): Decision {
	const read = fact ?? figure;
	if (read === null) {
		throw new TypeError('a decision is about a number the report states');
	}

	const action: ReviewAction = verdict.action;
	const changed = verdict.action === 'corrected' || verdict.action === 'added';
	return {
		file: report.file,
		hash: report.hash,
		code: report.code,
		year: report.year,
		indicator: verdict.action === 'added' ? verdict.indicator : fact!.indicator,
		expression: read.match,
		line: read.line,
		sentence: read.text,
		original: fact === null ? null : fact.value,
		action,
		value: changed ? verdict.value : null,
		unit: changed ? verdict.unit : (fact?.unit ?? ''),
		note,
		time: time.toISOString(),
	};
}

/** The session with one more decision; its record number is its place in the file being written. */
export function decide(session: ReviewSession, decision: Decision): ReviewSession {
	const record = session.decisions.filter(({source}) => source === session.file).length + 2;
	const sourced: Sourced = {decision, source: session.file, record};
	return {...session, decisions: [...session.decisions, sourced], made: [...session.made, sourced]};
}

/** The session without its last decision; the same session when it made none. */
export function undo(session: ReviewSession): ReviewSession {
	const last = session.made.at(-1);
	if (last === undefined) {
		return session;
	}

	return {...session, decisions: session.decisions.filter(sourced => sourced !== last), made: session.made.slice(0, -1)};
}

/** What the file being written holds: its own decisions, in order (the other review files are only read). */
export function fileDecisions(session: ReviewSession): Decision[] {
	return session.decisions.filter(({source}) => source === session.file).map(({decision}) => decision);
}
