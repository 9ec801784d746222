/**
Key presses to commands. Ink reports a press as typed text plus flags; this is the
one place that looks at them.
*/
import type {Key} from 'ink';
import {bindings, type Binding, type Command, type KeySpec, type Mode} from './bindings.js';

/** What Ink hands a useInput handler; only the flags the bindings use. */
export type Press = {
	readonly input: string;
	readonly key: Partial<Pick<Key, 'ctrl' | 'shift' | 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace' | 'delete'>>;
};

function matches(spec: KeySpec, {input, key}: Press): boolean {
	if ('name' in spec) {
		return key[spec.name] === true && (spec.shift ?? false) === (key.shift ?? false);
	}

	return input === spec.input && (spec.ctrl ?? false) === (key.ctrl ?? false);
}

function inMode(binding: Binding, mode: Mode): boolean {
	return binding.mode === 'any' || binding.mode === mode;
}

/** The command a press means in a mode, or null when it means none (in a filter, that makes it text). */
export function commandOf(press: Press, mode: Mode, table: readonly Binding[] = bindings): Command | null {
	return table.find(binding => inMode(binding, mode) && binding.keys.some(spec => matches(spec, press)))?.command ?? null;
}

/** Does this press mean this command? */
export function means(press: Press, command: Command, mode: Mode, table: readonly Binding[] = bindings): boolean {
	return commandOf(press, mode, table) === command;
}

const keyNames: Record<string, string> = {
	upArrow: '↑',
	downArrow: '↓',
	leftArrow: '←',
	rightArrow: '→',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	backspace: 'Backspace',
	delete: 'Del',
};

/** How a key is written on the help screen: ↑, Shift-Tab, Ctrl-C, / */
export function keyLabel(spec: KeySpec): string {
	if ('name' in spec) {
		const name = keyNames[spec.name] ?? spec.name;
		return spec.shift ? `Shift-${name}` : name;
	}

	return spec.ctrl ? `Ctrl-${spec.input.toUpperCase()}` : spec.input;
}

export type HelpEntry = {
	readonly command: Command;
	readonly mode: Mode;
	readonly keys: readonly string[];
	readonly description: Binding['description'];
};

/** One entry per command and mode, keys merged, in table order: what the help screen lists. */
export function helpEntries(table: readonly Binding[] = bindings): HelpEntry[] {
	const entries: HelpEntry[] = [];
	for (const binding of table) {
		const mode: Mode = binding.mode === 'filter' ? 'filter' : 'browse';
		const labels = binding.keys.map(keyLabel);
		const same = entries.find(entry => entry.command === binding.command && entry.mode === mode);
		if (same === undefined) {
			entries.push({command: binding.command, mode, keys: labels, description: binding.description});
		} else {
			entries[entries.indexOf(same)] = {...same, keys: [...same.keys, ...labels]};
		}
	}

	return entries;
}
