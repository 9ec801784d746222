/**
The dashboard's wiring: the reducer, the per-corpus data, the frame for the screen,
and keys turned into commands. The key handler reads the latest state and frame
through refs, so keys arriving in one burst each act on the frame before them.
*/
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import {useApp, useInput, type Key} from 'ink';
import {commandOf, pressesOf, type Mode} from '../keys/index.js';
import type {Filters, Lang} from '../model/index.js';
import type {Report} from '../parse/types.js';
import {origin, type Scroll} from '../views/table-window.js';
import {effectOf} from './commands.js';
import {useViewData, type ViewData} from './data.js';
import {buildFrame, type Frame} from './frame.js';
import {regions as layout, type Regions, type Size} from './layout.js';
import {initialState, reduce, type State, type View} from './state.js';

export type Dashboard = {
	readonly state: State;
	readonly data: ViewData;
	readonly frame: Frame;
	readonly regions: Regions;
};

export function useDashboard(reports: readonly Report[], lang: Lang, size: Size, view: View = 'compare', filters?: Filters): Dashboard {
	const [state, dispatch] = useReducer(reduce, undefined, () => initialState(lang, view));
	const data = useViewData(reports, state, filters);
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

	const latest = useRef({state, frame, data, regions});
	latest.current = {state, frame, data, regions};
	const {exit} = useApp();
	const onInput = useCallback((input: string, key: Key) => {
		const {state: now, frame: shown, data: current, regions: room} = latest.current;
		if (now.cursor.column === null || now.cursor.row === null) {
			dispatch({type: 'pin', cursor: shown.cursor});
		}

		// A burst of keys is pressed one by one. Actions queue up in the reducer, each from the state the one
		// before left; only the mode is followed here, so that after `/` the rest of the burst is the query.
		let mode: Mode = now.draft === null ? 'browse' : 'filter';
		for (const press of pressesOf(input, key)) {
			const command = commandOf(press, mode);
			if (command === null) {
				// In a filter, anything that is not a command is text.
				if (mode === 'filter' && press.input !== '' && !press.key.ctrl && !key.meta) {
					dispatch({type: 'filter-type', text: press.input});
				}

				continue;
			}

			const effect = effectOf(command, now, shown, current.years, Math.max(1, room.body - 3));
			if (effect === 'quit') {
				exit();
				return;
			}

			if (effect !== null) {
				dispatch(effect);
				mode = effect.type === 'filter-start' ? 'filter' : (effect.type === 'filter-commit' || effect.type === 'filter-cancel' ? 'browse' : mode);
			}
		}
	}, [exit]);
	useInput(onInput);
	return {state, data, frame, regions};
}
