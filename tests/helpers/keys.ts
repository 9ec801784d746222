/**
Keys typed into the screen model as a person types them, without Ink: each key acts on the state
the one before left (the reducer's effects applied), and what is for the shell (write a file, open
a pager, save a review) is collected in order.
*/
import {commandOf, pressesOf} from '../../source/keys/index.js';
import type {Target} from '../../source/model/target.js';
import {effectOf, textOf, type Context} from '../../source/screen/commands.js';
import type {Frame} from '../../source/screen/frame.js';
import {initialState, modeOf, reduce, type State} from '../../source/screen/state.js';

export const context: Context = {years: [], aligned: null, districtYears: () => [], page: 10, named: [], groups: () => []};
export const frameOn = (target: Target) => ({target, cursor: {column: null, row: null}}) as unknown as Frame;

export function typeKeys(keys: string, target: Target, state: State = initialState('zh')): {state: State; effects: unknown[]} {
	let now = state;
	const effects: unknown[] = [];
	for (const key of keys) {
		// Enter and Esc as Ink names them; any other character as typed.
		const named = key === '\r' ? {return: true} : key === '\u001B' ? {escape: true} : {};
		const [press] = pressesOf(key === '\r' || key === '\u001B' ? '' : key, named as never);
		const command = commandOf(press!, modeOf(now));
		const effect = command === null ? textOf(modeOf(now), key, context) : effectOf(command, now, frameOn(target), context);
		if (effect !== null && effect !== 'quit' && 'type' in effect) {
			now = reduce(now, effect);
		} else if (effect !== null) {
			effects.push(effect);
		}
	}

	return {state: now, effects};
}
