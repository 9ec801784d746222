/**
Commands to actions. A command means the same everywhere; the frame says what it
acts on here (which list the cursor walks, what Enter opens, which row sorts).
*/
import type {Command, Mode} from '../keys/index.js';
import {districtOfKey, labelKey, yearOfKey} from '../model/identity.js';
import type {PeerGroup} from '../model/peer-groups.js';
import {nextPeers} from '../model/peers.js';
import type {Frame} from './frame.js';
import type {Action, State} from './state.js';

/** What a command does: an action for the reducer, leaving, or nothing here. */
export type Effect = Action | 'quit' | null;

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
};

// With an overlay open, only these reach through; the rest would act on a view nobody sees.
const overOverlay = new Set<Command>(['back', 'help', 'errors', 'quit', 'lang', 'peers.pick']);

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
	if (state.overlay === 'peers' && !overOverlay.has(command)) {
		return inPicker(command, context);
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
		case 'changes': return frame.changes === null || frame.changes === undefined ? null : {type: 'changes', shown: frame.changes};
		case 'lang': return {type: 'lang'};
		case 'errors': return {type: 'overlay', overlay: 'errors'};
		case 'help': return {type: 'overlay', overlay: 'help'};
		case 'quit': return 'quit';
		case 'filter.commit': return {type: 'filter-commit'};
		case 'filter.cancel': return {type: 'filter-cancel'};
		case 'filter.erase': return {type: 'filter-erase'};
		case 'filter.target': return {type: 'filter-target'};
		// Only the picker searches.
		case 'search.commit':
		case 'search.clear':
		case 'search.erase': return null;
	}
}

/** Text typed where it is text: into the filter, or into the picker's search. */
export function textOf(mode: Mode, text: string, context: Context): Action | null {
	switch (mode) {
		case 'filter': return {type: 'filter-type', text};
		case 'search': return {type: 'pick-type', text, groups: context.groups()};
		case 'browse': return null;
	}
}
