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

/** One character of a burst as the key it stands for: Tab, Enter, Backspace, Ctrl-letter, or text. */
function pressOfCharacter(character: string): Press {
	const code = character.codePointAt(0) ?? 0;
	switch (character) {
		case '\t': return {input: '', key: {tab: true}};
		case '\r':
		case '\n': return {input: '', key: {return: true}};
		case '\u007F':
		case '\b': return {input: '', key: {backspace: true}};
		default: {
			// Ctrl-A … Ctrl-Z arrive as 1 … 26.
			return code >= 1 && code <= 26
				? {input: String.fromCodePoint(code + 96), key: {ctrl: true}}
				: {input: character, key: {shift: character !== character.toLowerCase()}};
		}
	}
}

/**
Keys typed faster than a frame reach Ink as one input ("jj\t"), which Ink passes on
whole; each character of such a burst is a press of its own. A single key, or a
special key Ink already named, is passed through as it came.
*/
export function pressesOf(input: string, key: Press['key']): Press[] {
	const characters = [...input];
	const named = Object.entries(key).some(([name, on]) => on === true && name !== 'shift' && name !== 'ctrl' && name !== 'meta');
	return characters.length <= 1 || named || key.ctrl === true ? [{input, key}] : characters.map(pressOfCharacter);
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
		const mode: Mode = binding.mode === 'any' ? 'browse' : binding.mode;
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
