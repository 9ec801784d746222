/**
The dashboard's wiring: the reducer, the per-corpus data, the frame for the screen,
and keys turned into commands. The key handler reads the latest state and frame
through refs, so keys arriving in one burst each act on the frame before them.
*/
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import {useApp, useInput, type Key} from 'ink';
import {commandOf, type Mode} from '../keys/index.js';
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
		const mode: Mode = now.draft === null ? 'browse' : 'filter';
		if (now.cursor.column === null || now.cursor.row === null) {
			dispatch({type: 'pin', cursor: shown.cursor});
		}

		// Keys typed faster than a frame arrive as one input ("jjl"); while browsing each is its own press.
		const presses = mode === 'browse' && input.length > 1 && !key.ctrl && !key.meta ? [...input] : [input];
		for (const [index, press] of presses.entries()) {
			const command = commandOf({input: press, key: presses.length > 1 ? {shift: press !== press.toLowerCase()} : key}, mode);
			if (command === null) {
				// In a filter, anything that is not a command is text (a pasted 朝阳 arrives as one input).
				if (mode === 'filter' && press !== '' && !key.ctrl && !key.meta) {
					dispatch({type: 'filter-type', text: press});
				}

				continue;
			}

			// Moves queue up in the reducer, each from the cursor the one before left; the walk orders do not change between them.
			const effect = effectOf(command, now, shown, current.years, Math.max(1, room.body - 3));
			if (effect === 'quit') {
				exit();
				return;
			}

			if (effect !== null) {
				dispatch(effect);
			}

			// After `/` the rest of a burst is the query being typed, not commands.
			if (effect !== null && effect.type === 'filter-start' && index < presses.length - 1) {
				dispatch({type: 'filter-type', text: presses.slice(index + 1).join('')});
				return;
			}
		}
	}, [exit]);
	useInput(onInput);
	return {state, data, frame, regions};
}
