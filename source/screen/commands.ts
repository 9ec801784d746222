/**
Commands to actions. A command means the same everywhere; the frame says what it
acts on here (which list the cursor walks, what Enter opens, which row sorts).
*/
import type {Command, Mode} from '../keys/index.js';
import {districtOfKey, labelKey, yearOfKey} from '../model/identity.js';
import type {PeerGroup} from '../model/peer-groups.js';
import {nextPeers} from '../model/peers.js';
import type {Target} from '../model/target.js';
import {labelOf, type Labelled} from '../model/labels.js';
import {readCorrection, readIndicator} from '../review/answer.js';
import type {Verdict} from '../review/session.js';
import type {Frame} from './frame.js';
import {readWrite, sourceOf, type OpenRequest, type WriteRequest} from './take-away.js';
import type {Action, State} from './state.js';

/** A number a person decides on: a value the parser read (a fact), or a figure it left unclassified. */
export type Decidable = Extract<Target, {kind: 'value' | 'figure'}>;

/** What the shell is asked to do with a decision: save it (and say where), or take the last one back. */
export type ReviewRequest =
	| {readonly kind: 'decide'; readonly target: Decidable; readonly verdict: Verdict; readonly note: string}
	| {readonly kind: 'note'; readonly target: Decidable; readonly note: string}
	| {readonly kind: 'undo'};

/** What a command does: an action for the reducer, a decision, a file or a program for the shell, leaving, or nothing here. */
export type Effect = Action | {readonly review: ReviewRequest} | {readonly write: WriteRequest} | {readonly open: OpenRequest} | 'quit' | null;

export type Context = {
	/** The years `y` cycles through, latest first. */
	readonly years: readonly number[];
	/** The year the columns align on now. */
	readonly aligned: number | null;
	/** A district's years, latest first: what `Y` steps its column through. */
	readonly districtYears: (district: string) => readonly number[];
	/** Rows a page key moves. */
	readonly page: number;
	/** The --district queries, the first stop of `p` when given. */
	readonly named: readonly string[];
	/** Every peer group with its counts, for the picker (counted on first use). */
	readonly groups: () => readonly PeerGroup[];
	/** The review queue's current fact as a target, and how many wait (counted on first use). */
	readonly queue?: () => {readonly target: Target; readonly size: number};
};

// With an overlay open, only these reach through; the rest would act on a view nobody sees.
const overOverlay = new Set<Command>(['back', 'help', 'errors', 'quit', 'lang', 'peers.pick', 'review.queue']);

const sourceWords = {
	noSource: {zh: '光标处没有报告原文可打开', en: 'no report under the cursor to open'},
} as const satisfies Record<string, Labelled>;

/** `o` and `O`: the report of what the cursor (or the queue) is on, at its line. */
function openEffect(command: 'source.pager' | 'source.editor', state: State, target: Target): Effect {
	const source = sourceOf(target);
	return source === null
		? {type: 'notice', text: labelOf(sourceWords.noSource, state.lang)}
		: {open: {program: command === 'source.pager' ? 'pager' : 'editor', ...source}};
}

const reviewWords = {
	noValue: {zh: '光标处没有可核对的数字(推算值不是报告所载)', en: 'no number to check here (a derived value is not stated)'},
	noFigure: {zh: 'i 用于地区视图中的未归类数字', en: 'i assigns an unclassified figure (district view)'},
	noDecision: {zh: '此处还没有决定:先按 c、x 或 =', en: 'no decision here yet: press c, x or = first'},
} as const satisfies Record<string, Labelled>;

/** A value the report states (a derived one was never written down, so there is nothing to confirm). */
function statedValue(target: Target): target is Extract<Target, {kind: 'value'}> {
	return target.kind === 'value' && target.fact !== null && target.fact.derived === null;
}

/** The review keys, on what the cursor is on (or the queue's fact). */
function reviewEffect(command: Command, state: State, target: Target): Effect {
	const notice = (words: Labelled): Action => ({type: 'notice', text: labelOf(words, state.lang)});
	switch (command) {
		case 'review.confirm':
		case 'review.reject': {
			return statedValue(target) ? {review: {kind: 'decide', target, verdict: {action: command === 'review.confirm' ? 'confirmed' : 'rejected'}, note: ''}} : notice(reviewWords.noValue);
		}

		case 'review.correct': return statedValue(target) ? {type: 'prompt-start', kind: 'correct', text: ''} : notice(reviewWords.noValue);
		case 'review.assign': return target.kind === 'figure' ? {type: 'prompt-start', kind: 'assign', text: ''} : notice(reviewWords.noFigure);
		case 'review.note': {
			const review = target.kind === 'value' ? (target.fact as {review?: {note: string}} | null)?.review : undefined;
			return review === undefined ? notice(reviewWords.noDecision) : {type: 'prompt-start', kind: 'note', text: review.note};
		}

		case 'review.undo': return {review: {kind: 'undo'}};
		default: return null;
	}
}

/** Enter at a review prompt: the answer read, and the decision asked for, or why it cannot be. */
function promptEffect(state: State, target: Target): Effect {
	const {prompt, lang} = state;
	if (prompt === null) {
		return null;
	}

	if (prompt.kind === 'write') {
		return {write: readWrite(prompt.text)};
	}

	if (prompt.kind === 'note') {
		return target.kind === 'value' ? {review: {kind: 'note', target, note: prompt.text.trim()}} : {type: 'prompt-cancel'};
	}

	if (prompt.kind === 'correct') {
		if (!statedValue(target)) {
			return {type: 'prompt-cancel'};
		}

		const answer = readCorrection(prompt.text, target.fact!.unit, lang);
		return 'problem' in answer ? {type: 'prompt-problem', problem: answer.problem} : {review: {kind: 'decide', target, verdict: {action: 'corrected', ...answer.ok}, note: answer.note}};
	}

	if (target.kind !== 'figure') {
		return {type: 'prompt-cancel'};
	}

	const answer = readIndicator(prompt.text, lang);
	const {figure} = target;
	return 'problem' in answer
		? {type: 'prompt-problem', problem: answer.problem}
		: {review: {kind: 'decide', target, verdict: {action: 'added', indicator: answer.ok.id, value: figure.value, unit: figure.unit}, note: answer.note}};
}

/** In the review queue: the arrows skip to another fact, the review keys decide on the one shown. */
function inQueue(command: Command, state: State, context: Context): Effect {
	const queue = context.queue?.();
	if (queue === undefined) {
		return null;
	}

	switch (command) {
		case 'cursor.up': return {type: 'queue-move', by: -1, size: queue.size};
		case 'cursor.down': return {type: 'queue-move', by: 1, size: queue.size};
		case 'source.pager':
		case 'source.editor': return openEffect(command, state, queue.target);
		default: return reviewEffect(command, state, queue.target);
	}
}

/** In the picker the cursor keys walk the groups, Enter picks one, `/` searches them. */
function inPicker(command: Command, {groups, page}: Context): Effect {
	const move = (by: number): Action => ({type: 'pick-move', by, groups: groups()});
	switch (command) {
		case 'cursor.up': return move(-1);
		case 'cursor.down': return move(1);
		case 'cursor.page-up': return move(-Math.max(1, page));
		case 'cursor.page-down': return move(Math.max(1, page));
		case 'cursor.first': return move(Number.NEGATIVE_INFINITY);
		case 'cursor.last': return move(Number.POSITIVE_INFINITY);
		case 'drill':
		case 'search.commit': return {type: 'pick', groups: groups()};
		case 'filter': return {type: 'pick-search'};
		case 'search.clear': return {type: 'pick-clear'};
		case 'search.erase': return {type: 'pick-erase', groups: groups()};
		default: return null;
	}
}

export function effectOf(command: Command, state: State, frame: Frame, context: Context): Effect {
	if (state.prompt !== null) {
		const target = state.overlay === 'queue' ? context.queue?.().target ?? frame.target : frame.target;
		switch (command) {
			case 'prompt.commit': return promptEffect(state, target);
			case 'prompt.cancel': return {type: 'prompt-cancel'};
			case 'prompt.erase': return {type: 'prompt-erase'};
			default: return command === 'quit' ? 'quit' : null;
		}
	}

	if (state.overlay === 'peers' && !overOverlay.has(command)) {
		return inPicker(command, context);
	}

	if (state.overlay === 'queue' && !overOverlay.has(command)) {
		return inQueue(command, state, context);
	}

	if (state.overlay !== null && !overOverlay.has(command)) {
		return null;
	}

	const {years, page} = context;

	const vertical = (by: number): Action => ({type: 'move', axis: frame.vertical.axis, by, order: frame.vertical.order});
	const horizontal = (by: number): Action | null => (frame.horizontal === null ? null : {type: 'move', axis: frame.horizontal.axis, by, order: frame.horizontal.order});
	switch (command) {
		case 'cursor.up': return vertical(-1);
		case 'cursor.down': return vertical(1);
		case 'cursor.left': return horizontal(-1);
		case 'cursor.right': return horizontal(1);
		case 'cursor.page-up': return vertical(-Math.max(1, page));
		case 'cursor.page-down': return vertical(Math.max(1, page));
		case 'cursor.first': return vertical(Number.NEGATIVE_INFINITY);
		case 'cursor.last': return vertical(Number.POSITIVE_INFINITY);
		case 'view.next': return {type: 'cycle-view', by: 1};
		case 'view.previous': return {type: 'cycle-view', by: -1};
		case 'drill': return frame.drill === null ? null : {type: 'open', ...frame.drill};
		case 'back': return {type: 'back'};
		case 'filter': return {type: 'filter-start'};
		case 'sort.ascending':
		case 'sort.descending': {
			return frame.sortBy === null ? null : {type: 'sort', indicator: frame.sortBy, direction: command === 'sort.ascending' ? 'ascending' : 'descending'};
		}

		case 'year': return {type: 'year', years, from: context.aligned};
		case 'year.column': {
			// The column under the cursor, in the views that show one per district.
			const key = frame.cursor.column;
			if (key === null || key === labelKey || state.view === 'district') {
				return null;
			}

			const district = districtOfKey(key);
			return {type: 'column-year', district, years: context.districtYears(district), from: yearOfKey(key), aligned: context.aligned};
		}

		case 'peers': return {type: 'peers', peers: nextPeers(state.peers, frame.report, context.named)};
		case 'peers.pick': return {type: 'overlay', overlay: 'peers'};
		case 'pin': {
			// The district under the cursor, in the views that show one column (or bar) per district.
			const key = frame.cursor.column;
			return key === null || key === labelKey || state.view === 'district' ? null : {type: 'pin-district', district: districtOfKey(key)};
		}

		case 'changes': return frame.changes === null || frame.changes === undefined ? null : {type: 'changes', shown: frame.changes};
		case 'lang': return {type: 'lang'};
		case 'errors': return {type: 'overlay', overlay: 'errors'};
		case 'help': return {type: 'overlay', overlay: 'help'};
		case 'quit': return 'quit';
		case 'filter.commit': return {type: 'filter-commit'};
		case 'filter.cancel': return {type: 'filter-cancel'};
		case 'filter.erase': return {type: 'filter-erase'};
		case 'filter.target': return {type: 'filter-target'};
		case 'review.queue': return {type: 'overlay', overlay: 'queue'};
		case 'write': return {type: 'prompt-start', kind: 'write', text: ''};
		case 'source.pager':
		case 'source.editor': return openEffect(command, state, frame.target);
		case 'review.confirm':
		case 'review.reject':
		case 'review.correct':
		case 'review.assign':
		case 'review.note':
		case 'review.undo': return reviewEffect(command, state, frame.target);
		// Only the picker searches; only a prompt commits.
		case 'search.commit':
		case 'search.clear':
		case 'search.erase':
		case 'prompt.commit':
		case 'prompt.cancel':
		case 'prompt.erase': return null;
	}
}

/** Text typed where it is text: into the filter, or into the picker's search. */
export function textOf(mode: Mode, text: string, context: Context): Action | null {
	switch (mode) {
		case 'filter': return {type: 'filter-type', text};
		case 'search': return {type: 'pick-type', text, groups: context.groups()};
		case 'prompt': return {type: 'prompt-type', text};
		case 'browse': return null;
	}
}
