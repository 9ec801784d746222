/**
The dashboard's wiring: the reducer, the per-corpus data, the frame for the screen,
and keys turned into commands. The key handler reads the latest state and frame
through refs; keys arriving faster than frames wait, so each command acts on the
frame of the state the keys before it left.
*/
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {useApp, useInput, useStdout, type Key} from 'ink';
import {commandOf, pressesOf, type Press} from '../keys/index.js';
import {shownReports} from '../corpus/store.js';
import {labelOf, ownDetails, selectReports, type Filters, type Lang} from '../model/index.js';
import type {DashboardStore} from '../app.js';
import {openingOf} from '../model/peer-groups.js';
import {yearsOfDistrict} from '../model/years.js';
import {origin, type Scroll} from '../views/table-window.js';
import {effectOf, textOf, type ReviewRequest} from '../screen/commands.js';
import type {OpenRequest} from '../screen/take-away.js';
import {takeAway} from '../snapshot/take-away.js';
import type {SnapshotFile} from '../save/snapshot-file.js';
import {screenQueue} from '../screen/queue.js';
import {corpusFilters, peerGroupsOf, type ViewData} from '../screen/data.js';
import {useViewData} from './use-view-data.js';
import {buildFrame, type Frame} from '../screen/frame.js';
import {regions as layout, comparable, type Regions, type Size} from '../screen/layout.js';
import {initialState, modeOf, reduce, type Action, type State, type View} from '../screen/state.js';

export type Dashboard = {
	readonly state: State;
	readonly data: ViewData;
	readonly frame: Frame;
	readonly regions: Regions;
};

/** A key pressed, waiting for the frame it is to act on. */
type Waiting = {readonly press: Press; readonly meta: boolean};

/** Decisions are saved by the shell: it knows the review file. It answers with what to tell the person. */
export type Reviewer = (request: ReviewRequest, lang: Lang) => string;

/** Taking the view away: the shell writes a view's file and runs a pager or an editor, and says how it went. */
export type TakeAway = {
	/** The folder files are written to and cited from. */
	readonly cwd: string;
	readonly write: (file: SnapshotFile, lang: Lang) => string;
	readonly open: (request: OpenRequest, lang: Lang) => string;
	/** Whether `open` hands the terminal to another program: the screen it gives back is blank, and the frame is drawn again whole. */
	readonly lends?: boolean;
};

const reviewOff = {zh: '未保存:--no-review 时不记录决定', en: 'not saved: --no-review records no decisions'};
const takeAwayOff = {zh: '此处不能写文件或打开程序', en: 'no files or programs from here'};

export function useDashboard(store: DashboardStore, lang: Lang, size: Size, view: View = 'compare', filters?: Filters, review?: Reviewer, away?: TakeAway): Dashboard {
	// One report per district and year, as every table shows.
	const reports = useMemo(() => shownReports({reports: store.reports, duplicates: store.duplicates ?? []}), [store.reports, store.duplicates]);
	// Opened on a peer group when the corpus is more than a screen can compare; later corpora (a reload) keep the person's choice.
	const [state, dispatch] = useReducer(reduce, undefined, () => initialState(lang, view, openingOf(selectReports(reports, corpusFilters(filters)), {room: comparable(size), queries: filters?.district, pin: filters?.pin ?? null, scope: filters?.peers ?? null})));
	const data = useViewData(reports, state, filters, store.details ?? ownDetails);
	const regions = useMemo(() => layout(size), [size.columns, size.rows]);
	// Where each view was scrolled to, so the window moves only as far as the cursor needs.
	const scrolls = useRef<Partial<Record<View, Scroll>>>({});
	const frame = useMemo(
		() => buildFrame(state, data, regions, scrolls.current[state.view] ?? origin),
		[state, data, regions],
	);
	useEffect(() => {
		scrolls.current[state.view] = frame.scroll;
	}, [state.view, frame]);

	const latest = useRef({state, frame, data, regions, store});
	latest.current = {state, frame, data, regions, store};
	// Keys that came faster than a frame: a command waits for the frame of the state the keys before it left
	// (l l m pins the district two columns right, not the one the burst began on), and is pressed after it.
	const waiting = useRef<Waiting[]>([]);
	// Whether the reducer holds a state this frame does not show yet; this render shows every state dispatched.
	const ahead = useRef(false);
	ahead.current = false;
	const {exit} = useApp();
	// Writing nothing through Ink draws the last frame again whole: after a pager, on the blank screen it gives
	// back. Done once the frame saying how the pager ended is committed, so that frame is the one drawn whole.
	const {write: redraw} = useStdout();
	const [lent, setLent] = useState(0);
	useEffect(() => {
		if (lent > 0) {
			redraw('');
		}
	}, [lent, redraw]);
	const press = useCallback((queue: Waiting[], fresh: boolean) => {
		const {state: now, frame: shown, data: current, regions: room, store: loaded} = latest.current;
		const context = {
			years: current.years,
			aligned: current.shaped.year,
			districtYears: (district: string) => yearsOfDistrict(current.comparison.columns, district),
			page: Math.max(1, room.body - 3),
			named: filters?.district ?? [],
			groups: () => peerGroupsOf(current.comparison),
			queue: () => {
				const queue = screenQueue(current.shaped, local.queueAt);
				return {target: queue.target, size: queue.waiting.length};
			},
		};
		// A burst of keys is pressed one by one. Actions queue up in the reducer, each from the state the one
		// before left; the same state is followed here, so that after `/` the rest of the burst is the query
		// and after `P` it walks the picker (and after `/` there, searches it).
		let local = now;
		// Settling the cursor and clearing a notice change nothing a command reads of the frame.
		const settle = (action: Action) => {
			dispatch(action);
			local = reduce(local, action);
		};

		const act = (action: Action) => {
			const next = reduce(local, action);
			dispatch(action);
			ahead.current ||= next !== local;
			local = next;
		};

		if (fresh) {
			if (now.cursor.column === null || now.cursor.row === null) {
				settle({type: 'pin', cursor: shown.cursor});
			}

			// What the last decision did is said until the next key.
			settle({type: 'notice', text: null});
		}

		while (queue.length > 0) {
			const {press, meta} = queue[0]!;
			const mode = modeOf(local);
			const command = commandOf(press, mode);
			if (command !== null && ahead.current) {
				return;
			}

			queue.shift();
			if (command === null) {
				// In a filter or a search, anything that is not a command is text.
				const text = press.input !== '' && !press.key.ctrl && !meta ? textOf(mode, press.input, context) : null;
				if (text !== null) {
					act(text);
				}

				continue;
			}

			const effect = effectOf(command, local, shown, context);
			if (effect === 'quit') {
				queue.length = 0;
				exit();
				return;
			}

			if (effect === null) {
				continue;
			}

			if ('review' in effect) {
				// Saved by the shell, which says where (or why not); the reviewed store comes back as a new corpus.
				act({type: 'notice', text: review === undefined ? labelOf(reviewOff, local.lang) : review(effect.review, local.lang)});
			} else if ('write' in effect) {
				// The view as the state shows it, at the screen's width, as a snapshot printed here would be.
				const {format, name} = effect.write;
				const text = (cwd: string) => takeAway(loaded, local, {format, filters: corpusFilters(filters), columns: room.width, cwd});
				act({type: 'notice', text: away === undefined ? labelOf(takeAwayOff, local.lang) : away.write({view: local.view, format, name, text: text(away.cwd)}, local.lang)});
			} else if ('open' in effect) {
				const told = away === undefined ? labelOf(takeAwayOff, local.lang) : away.open(effect.open, local.lang);
				act({type: 'notice', text: told});
				if (away?.lends === true) {
					setLent(times => times + 1);
				}
			} else {
				act(effect);
			}
		}
	}, [exit, filters, review, away]);
	const onInput = useCallback((input: string, key: Key) => {
		const fresh = waiting.current.length === 0 && !ahead.current;
		waiting.current.push(...pressesOf(input, key).map(press => ({press, meta: key.meta})));
		press(waiting.current, fresh);
	}, [press]);
	// The keys waiting for this frame.
	useEffect(() => {
		if (waiting.current.length > 0) {
			press(waiting.current, false);
		}
	}, [frame, press]);
	useInput(onInput);
	return {state, data, frame, regions};
}
