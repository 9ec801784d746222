/**
The status line's keys, drawn from the keymap: each view shows the bindings that do something there, in
the keymap's order, so a key rebound in bindings.ts is rebound on screen too.
*/
import {bindings, type Binding, type Hint, type HintView, type Mode} from './bindings.js';
import {keyLabel} from './match.js';
import type {Labelled} from '../model/labels.js';

export type KeyHint = {
	/** The keys as typed, several joined by `/` (`s/S`). */
	readonly keys: string;
	readonly label: Labelled;
	readonly essential: boolean;
};

export function hintsFor(view: HintView, mode: Mode = 'browse', table: readonly Binding[] = bindings): KeyHint[] {
	const hints: KeyHint[] = [];
	let last: Hint | undefined;
	for (const binding of table) {
		const hint = [binding.hint ?? []].flat().find(each => each.views.includes(view));
		if (hint === undefined || binding.mode !== mode) {
			continue;
		}

		const keys = binding.keys.map(keyLabel)[0]!;
		if (hint === last) {
			const previous = hints.pop()!;
			hints.push({...previous, keys: `${previous.keys}/${keys}`});
		} else {
			hints.push({keys, label: hint.label, essential: hint.essential === true});
		}

		last = hint;
	}

	return hints;
}
