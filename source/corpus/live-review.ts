/**
Reviewing in the dashboard: each decision is added to the review file being
written and the whole file saved at once (an atomic rename), then the store is
reviewed again from the store as loaded and handed to the dashboard as a new
corpus, as a reloaded file is. A save that fails takes the decision back and says
why: what is on screen is always what is on disk.
*/
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {indicatorById} from '../catalog/indicators.js';
import {reasonForError} from '../load/reasons.js';
import {formatNumber, labelOf, unitLabel, type Labelled, type Lang} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import type {Decision, Sourced} from '../review/decision.js';
import {sentenceKey} from '../review/anchor.js';
import type {ReviewProblem} from '../review/review-file.js';
import {writeReviewFile} from '../review/review-file.js';
import {reviewContext} from '../review/reviewed-reports.js';
import {decide, decisionOf, fileDecisions, openSession, undo, type ReviewSession} from '../review/session.js';
import {writeAtomically} from '../save/atomic.js';
import type {ReviewRequest} from '../screen/commands.js';
import {citedPath} from '../snapshot/paths.js';
import {reviewStore} from './reviewed.js';
import type {Store} from './store.js';

const words = {
	saved: {zh: '已保存到', en: 'saved to'},
	undone: {zh: '已撤销,已保存到', en: 'undone, saved to'},
	nothing: {zh: '本次没有可撤销的决定', en: 'nothing to undo in this session'},
	notSaved: {zh: '未保存', en: 'not saved'},
	noReport: {zh: '找不到这个数字所在的报告', en: 'the report of this number is not loaded'},
	confirmed: {zh: '确认', en: 'confirmed'},
	rejected: {zh: '否定', en: 'rejected'},
	corrected: {zh: '更正', en: 'corrected'},
	added: {zh: '归入', en: 'added'},
	note: {zh: '备注', en: 'note on'},
} as const satisfies Record<string, Labelled>;

export type LiveReview = {
	/** The store as the dashboard opens on it: reviewed with what the files hold. */
	readonly store: Store;
	/** Saves one request and says what happened, in the person's language. */
	readonly review: (request: ReviewRequest, lang: Lang) => string;
	/** The dashboard's listener for a store reviewed anew. */
	readonly subscribe: (listener: (store: Store) => void) => () => void;
	/** A store loaded again (a watched file changed): reviewed, then handed on. */
	readonly rebase: (base: Store) => void;
};

export type LiveReviewOptions = {
	readonly base: Store;
	readonly decisions: readonly Sourced[];
	readonly problems: readonly ReviewProblem[];
	/** Where decisions are saved. */
	readonly file: string;
	readonly cwd: string;
	/** Test seam: the clock stamped on each decision. */
	readonly now?: () => Date;
};

function hashOf(file: string): string {
	try {
		return createHash('sha256').update(readFileSync(file)).digest('hex');
	} catch {
		// The report is gone or unreadable: the decision still anchors on its sentence.
		return '';
	}
}

export function liveReview({base: loaded, decisions, problems, file, cwd, now = () => new Date()}: LiveReviewOptions): LiveReview {
	let base = loaded;
	let session: ReviewSession = openSession(file, decisions);
	const reviewed = () => reviewStore(base, reviewContext(session.decisions), problems, cwd);
	let listener: ((store: Store) => void) | undefined;
	const tell = () => listener?.(reviewed());

	/** Saves the session's file; on failure the session stays as it was and the reason is returned. */
	const save = (next: ReviewSession): string | null => {
		try {
			writeAtomically(file, writeReviewFile(fileDecisions(next)));
		} catch (error) {
			return reasonForError(error);
		}

		session = next;
		tell();
		return null;
	};

	const reportOf = (path: string): ReportSummary | undefined => base.reports.find(report => report.file === path);
	const what = (indicator: string, lang: Lang) => labelOf(indicatorById(indicator) ?? {zh: indicator, en: indicator}, lang);

	return {
		store: reviewed(),
		subscribe(next) {
			listener = next;
			return () => {
				listener = undefined;
			};
		},
		rebase(next) {
			base = next;
			tell();
		},
		review(request, lang) {
			if (request.kind === 'undo') {
				const previous = undo(session);
				if (previous === session) {
					return labelOf(words.nothing, lang);
				}

				const problem = save(previous);
				return problem === null ? `${labelOf(words.undone, lang)} ${file}` : `${labelOf(words.notSaved, lang)}: ${problem}`;
			}

			const {target} = request;
			const report = reportOf(target.place.file);
			if (report === undefined) {
				return labelOf(words.noReport, lang);
			}

			const anchor = {file: citedPath(report.file, cwd), hash: hashOf(report.file), code: report.district.code, year: report.year};
			const fact = target.kind === 'value' ? target.fact : null;
			const figure = target.kind === 'figure' ? target.figure : null;
			let decision: Decision;
			if (request.kind === 'note') {
				// The decision on this number, said again with the note: the later record is the one that holds.
				const key = fact === null ? '' : sentenceKey(fact.text);
				const last = [...session.decisions].reverse().find(({decision: each}) => fact !== null && each.indicator === fact.indicator && sentenceKey(each.sentence) === key && sentenceKey(each.expression) === sentenceKey(fact.match));
				if (last === undefined) {
					return labelOf(words.nothing, lang);
				}

				decision = {...last.decision, note: request.note, time: now().toISOString()};
			} else {
				decision = decisionOf({report: anchor, fact, figure}, request.verdict, request.note, now());
			}

			const problem = save(decide(session, decision));
			if (problem !== null) {
				return `${labelOf(words.notSaved, lang)}: ${problem}`;
			}

			const action = request.kind === 'note' ? words.note : words[decision.action];
			const unit = decision.unit === '%' ? '' : (lang === 'en' ? ` ${unitLabel(decision.unit, lang)}` : decision.unit);
			const value = decision.value === null ? '' : ` ${formatNumber(decision.value, decision.unit)}${unit}`;
			return `${labelOf(words.saved, lang)} ${file}: ${labelOf(action, lang)} ${what(decision.indicator, lang)}${value}`;
		},
	};
}

