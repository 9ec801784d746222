/**
The dashboard's state and every way it changes, as a pure reducer. The cursor holds
keys (a district and year, an indicator id), never indexes: the lists it walks are
handed in with each move, so reloading the reports or re-sorting the columns keeps
it on the same thing.
*/
import {indexOfKey, type Lang} from '../model/index.js';
import {shownGroups, type Opening, type PeerGroup} from '../model/peer-groups.js';
import {allPeers, peersKey, type Peers} from '../model/peers.js';
import type {Direction, FilterTarget, Sort} from '../model/reshape.js';

import type {Mode} from '../keys/bindings.js';
import {views, type View} from './views.js';

export {views, type View} from './views.js';

export type Cursor = {
	/** A year key (`110105@2024`), or labelKey for the label column; null: the first report. */
	readonly column: string | null;
	/** An indicator id, or a key of a district's own line (`figure:3`); null: the first row. */
	readonly row: string | null;
};

export type Overlay = 'help' | 'errors' | 'peers' | 'queue';

/** What a prompt asks for: a corrected value (`=`), an indicator for a figure (`i`), a note (`n`), a format and file to write the view to (`w`). */
export type PromptKind = 'correct' | 'assign' | 'note' | 'write';

export type Prompt = {
	readonly kind: PromptKind;
	readonly text: string;
	/** Why the last Enter could not save it (a value that is no number, an indicator that matches several). */
	readonly problem: string | null;
};

export type State = {
	readonly view: View;
	readonly cursor: Cursor;
	/** Where Enter came from, so Esc can go back. */
	readonly history: ReadonlyArray<{readonly view: View; readonly cursor: Cursor}>;
	readonly lang: Lang;
	/** The districts compared: a province, a city, all of them. */
	readonly peers: Peers;
	/** The group under the picker's cursor (a peersKey) while the picker is open. */
	readonly pick: string | null;
	/** The search typed in the picker after `/`, narrowing its list; null when not searching. */
	readonly pickQuery: string | null;
	/** The year the compare columns align on; null: the year most of the peer group's districts report. */
	readonly year: number | null;
	/** Districts whose column shows another of their years (`Y`): district id → year. */
	readonly chosen: Readonly<Record<string, number>>;
	/** The change beside each compare value: shown, hidden, or null to show it where it leaves room for three districts. */
	readonly changes: boolean | null;
	readonly query: string;
	/** The query being typed after `/`; null when not typing. */
	readonly draft: string | null;
	readonly target: FilterTarget;
	readonly sort: Sort | null;
	readonly overlay: Overlay | null;
	/** A review's answer being typed; null when none. */
	readonly prompt: Prompt | null;
	/** What the last decision did (saved where, or why not), shown until the next key. */
	readonly notice: string | null;
	/** The place in the review queue's waiting list. */
	readonly queueAt: number;
	/** The district benchmarked (a district id): first in Compare whatever the sort, marked in the charts; null: none. */
	readonly pinned: string | null;
};

export type Axis = 'row' | 'column';

export type Action =
	| {readonly type: 'move'; readonly axis: Axis; readonly by: number; readonly order: readonly string[]}
	/** Fix a cursor that still says "the first" to the keys it is on, so a sort or a reload cannot move it. */
	| {readonly type: 'pin'; readonly cursor: Cursor}
	| {readonly type: 'cycle-view'; readonly by: 1 | -1}
	| {readonly type: 'open'; readonly view: View; readonly cursor: Cursor}
	| {readonly type: 'back'}
	| {readonly type: 'filter-start'}
	| {readonly type: 'filter-type'; readonly text: string}
	| {readonly type: 'filter-erase'}
	| {readonly type: 'filter-commit'}
	| {readonly type: 'filter-cancel'}
	| {readonly type: 'filter-target'}
	| {readonly type: 'sort'; readonly indicator: string; readonly direction: Direction}
	/** The next year to align on, after `from` (the year aligned on now) in `years` (latest first). */
	| {readonly type: 'year'; readonly years: readonly number[]; readonly from: number | null}
	/** One district's column to its next year after `from` in `years` (its own, latest first); `aligned` is the columns' year. */
	| {readonly type: 'column-year'; readonly district: string; readonly years: readonly number[]; readonly from: number | null; readonly aligned: number | null}
	| {readonly type: 'peers'; readonly peers: Peers}
	/** Benchmark this district (a district id); the one already pinned is unpinned. */
	| {readonly type: 'pin-district'; readonly district: string}
	/** The picker's cursor, over the groups it shows from where it is. */
	| {readonly type: 'pick-move'; readonly by: number; readonly groups: readonly PeerGroup[]}
	/** The group under the picker's cursor becomes the one compared. */
	| {readonly type: 'pick'; readonly groups: readonly PeerGroup[]}
	/** Turn over the changes beside the values, from what the frame `shown`. */
	| {readonly type: 'changes'; readonly shown: boolean}
	| {readonly type: 'pick-search'}
	| {readonly type: 'pick-type'; readonly text: string; readonly groups: readonly PeerGroup[]}
	| {readonly type: 'pick-erase'; readonly groups: readonly PeerGroup[]}
	/** Esc while searching: the whole list again, the cursor where it was. */
	| {readonly type: 'pick-clear'}
	| {readonly type: 'lang'}
	| {readonly type: 'overlay'; readonly overlay: Overlay}
	| {readonly type: 'prompt-start'; readonly kind: PromptKind; readonly text: string}
	| {readonly type: 'prompt-type'; readonly text: string}
	| {readonly type: 'prompt-erase'}
	| {readonly type: 'prompt-cancel'}
	/** Enter could not save the answer: the prompt stays, saying why. */
	| {readonly type: 'prompt-problem'; readonly problem: string}
	/** A decision was made (or refused): the prompt closes and the notice says what happened; null clears it. */
	| {readonly type: 'notice'; readonly text: string | null}
	/** The queue's place among `size` waiting facts. */
	| {readonly type: 'queue-move'; readonly by: number; readonly size: number};

const everything: Opening = {peers: allPeers, year: null, column: null};

export function initialState(lang: Lang = 'zh', view: View = 'compare', {peers, year, column, pinned = null}: Opening = everything): State {
	return {view, cursor: {column, row: null}, history: [], lang, peers, pick: null, pickQuery: null, year, chosen: {}, changes: null, query: '', draft: null, target: 'auto', sort: null, overlay: null, prompt: null, notice: null, queueAt: 0, pinned};
}

const targets = ['auto', 'rows', 'columns'] as const satisfies readonly FilterTarget[];

function next<T>(list: readonly T[], current: T, by = 1): T {
	if (list.length === 0) {
		return current;
	}

	const index = list.indexOf(current);
	// In range by construction; `?? current` would be wrong, as T may itself be null.
	return list[(((index + by) % list.length) + list.length) % list.length] as T;
}

/** The search after a key: the cursor stays on its group while the group still matches, else goes to the first that does. */
function search(state: State, query: string, groups: readonly PeerGroup[]): State {
	const shown = shownGroups(groups, state.pick, query);
	const pick = shown.some(group => group.key === state.pick) ? state.pick : shown[0]?.key ?? state.pick;
	return {...state, pickQuery: query, pick};
}

function move(state: State, axis: Axis, by: number, order: readonly string[]): State {
	if (order.length === 0) {
		return state;
	}

	const from = indexOfKey(order, state.cursor[axis]);
	const to = Math.min(order.length - 1, Math.max(0, from + by));
	return {...state, cursor: {...state.cursor, [axis]: order[to] ?? null}};
}

export function reduce(state: State, action: Action): State {
	switch (action.type) {
		case 'move': {
			return move(state, action.axis, action.by, action.order);
		}

		case 'pin': {
			const column = state.cursor.column ?? action.cursor.column;
			const row = state.cursor.row ?? action.cursor.row;
			return column === state.cursor.column && row === state.cursor.row ? state : {...state, cursor: {column, row}};
		}

		case 'cycle-view': {
			return {...state, view: next(views, state.view, action.by), history: []};
		}

		case 'open': {
			return {...state, history: [...state.history, {view: state.view, cursor: state.cursor}], view: action.view, cursor: action.cursor};
		}

		case 'back': {
			// Esc undoes the nearest thing: an overlay, then a drill, then a filter.
			if (state.overlay !== null) {
				return {...state, overlay: null, pick: null, pickQuery: null};
			}

			const last = state.history.at(-1);
			if (last !== undefined) {
				return {...state, view: last.view, cursor: last.cursor, history: state.history.slice(0, -1)};
			}

			return state.query === '' ? state : {...state, query: ''};
		}

		case 'filter-start': {
			return {...state, draft: state.query, overlay: null};
		}

		case 'filter-type': {
			return state.draft === null ? state : {...state, draft: state.draft + action.text};
		}

		case 'filter-erase': {
			return state.draft === null ? state : {...state, draft: [...state.draft].slice(0, -1).join('')};
		}

		case 'filter-commit': {
			return state.draft === null ? state : {...state, query: state.draft.trim(), draft: null};
		}

		case 'filter-cancel': {
			return {...state, draft: null};
		}

		case 'filter-target': {
			return {...state, target: next(targets, state.target)};
		}

		case 'sort': {
			const same = state.sort?.indicator === action.indicator && state.sort.direction === action.direction;
			// The same sort again puts the columns back in their own order.
			return {...state, sort: same ? null : {indicator: action.indicator, direction: action.direction}};
		}

		case 'year': {
			// Every column follows the new year: a district stepped to another of its years comes back into line.
			const from = action.from ?? action.years[0] ?? null;
			return action.years.length === 0 ? state : {...state, year: next(action.years, from === null ? action.years[0]! : from), chosen: {}};
		}

		case 'column-year': {
			if (action.years.length === 0) {
				return state;
			}

			const year = next(action.years, action.from ?? action.years[0]!);
			const others = Object.fromEntries(Object.entries(state.chosen).filter(([district]) => district !== action.district));
			return {...state, chosen: year === action.aligned ? others : {...others, [action.district]: year}};
		}

		case 'changes': {
			return {...state, changes: !action.shown};
		}

		case 'lang': {
			return {...state, lang: state.lang === 'zh' ? 'en' : 'zh'};
		}

		case 'peers': {
			return {...state, peers: action.peers, overlay: state.overlay === 'peers' ? null : state.overlay, pick: null, pickQuery: null};
		}

		case 'pin-district': {
			return {...state, pinned: state.pinned === action.district ? null : action.district};
		}

		case 'pick-move': {
			const order = shownGroups(action.groups, state.pick, state.pickQuery ?? '').map(group => group.key);
			const from = Math.max(0, order.indexOf(state.pick ?? ''));
			return order.length === 0 ? state : {...state, pick: order[Math.min(order.length - 1, Math.max(0, from + action.by))] ?? null};
		}

		case 'pick': {
			// Only a group on the list: a search that matches nothing picks nothing.
			const group = shownGroups(action.groups, state.pick, state.pickQuery ?? '').find(each => each.key === state.pick);
			return group === undefined ? state : reduce(state, {type: 'peers', peers: group.peers});
		}

		case 'pick-search': {
			return state.overlay === 'peers' ? {...state, pickQuery: state.pickQuery ?? ''} : state;
		}

		case 'pick-type': {
			return state.pickQuery === null ? state : search(state, state.pickQuery + action.text, action.groups);
		}

		case 'pick-erase': {
			return state.pickQuery === null ? state : search(state, [...state.pickQuery].slice(0, -1).join(''), action.groups);
		}

		case 'pick-clear': {
			return {...state, pickQuery: null};
		}

		case 'prompt-start': {
			return {...state, prompt: {kind: action.kind, text: action.text, problem: null}, notice: null};
		}

		case 'prompt-type': {
			return state.prompt === null ? state : {...state, prompt: {...state.prompt, text: state.prompt.text + action.text, problem: null}};
		}

		case 'prompt-erase': {
			return state.prompt === null ? state : {...state, prompt: {...state.prompt, text: [...state.prompt.text].slice(0, -1).join(''), problem: null}};
		}

		case 'prompt-cancel': {
			return {...state, prompt: null};
		}

		case 'prompt-problem': {
			return state.prompt === null ? state : {...state, prompt: {...state.prompt, problem: action.problem}};
		}

		case 'notice': {
			return action.text === null ? (state.notice === null ? state : {...state, notice: null}) : {...state, prompt: null, notice: action.text};
		}

		case 'queue-move': {
			return {...state, queueAt: Math.min(Math.max(0, action.size - 1), Math.max(0, state.queueAt + action.by))};
		}

		case 'overlay': {
			const overlay = state.overlay === action.overlay ? null : action.overlay;
			// The picker opens on the group being compared.
			return {...state, overlay, pick: overlay === 'peers' ? peersKey(state.peers) : null, pickQuery: null, queueAt: overlay === 'queue' ? 0 : state.queueAt};
		}
	}
}

/** What keys mean now: letters are text while a filter or a picker search is typed. */
export function modeOf(state: State): Mode {
	if (state.draft !== null) {
		return 'filter';
	}

	if (state.prompt !== null) {
		return 'prompt';
	}

	return state.overlay === 'peers' && state.pickQuery !== null ? 'search' : 'browse';
}

/** The query the views apply: the one being typed, live, else the committed one. */
export function activeQuery(state: State): string {
	return state.draft ?? state.query;
}
