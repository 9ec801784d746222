import {describe, expect, test} from 'vitest';
import {bindings, commandOf, helpEntries, keyLabel, means, pressesOf, type Command} from '../../source/keys/index.js';

const every = (command: Command) => bindings.filter(binding => binding.command === command);

describe('key bindings', () => {
	test('no key means two commands in one mode', () => {
		for (const mode of ['browse', 'filter', 'search'] as const) {
			const seen = new Map<string, Command>();
			for (const binding of bindings.filter(each => each.mode === mode || each.mode === 'any')) {
				for (const key of binding.keys) {
					const label = keyLabel(key);
					expect(seen.get(label), `${label} in ${mode}`).toBeUndefined();
					seen.set(label, binding.command);
				}
			}
		}
	});

	test('every binding says what it does in both languages', () => {
		for (const binding of bindings) {
			expect(binding.description.zh, binding.command).not.toBe('');
			expect(binding.description.en, binding.command).not.toBe('');
		}
	});

	test('keys as Ink reports them mean the documented commands', () => {
		expect(commandOf({input: 'j', key: {}}, 'browse')).toBe('cursor.down');
		expect(commandOf({input: '', key: {downArrow: true}}, 'browse')).toBe('cursor.down');
		expect(commandOf({input: 'l', key: {}}, 'browse')).toBe('cursor.right');
		expect(commandOf({input: 'L', key: {shift: true}}, 'browse')).toBe('lang');
		expect(commandOf({input: 'S', key: {shift: true}}, 'browse')).toBe('sort.descending');
		expect(commandOf({input: '', key: {tab: true}}, 'browse')).toBe('view.next');
		expect(commandOf({input: '', key: {tab: true, shift: true}}, 'browse')).toBe('view.previous');
		expect(commandOf({input: 'c', key: {ctrl: true}}, 'browse')).toBe('quit');
		// Ctrl-C leaves; c alone confirms the number under the cursor, and is a letter while a prompt is typed.
		expect(commandOf({input: 'c', key: {}}, 'browse')).toBe('review.confirm');
		expect(commandOf({input: 'c', key: {}}, 'prompt')).toBeNull();
		expect(commandOf({input: '', key: {return: true}}, 'prompt')).toBe('prompt.commit');
		expect(commandOf({input: 'p', key: {}}, 'browse')).toBe('peers');
		expect(commandOf({input: 'P', key: {shift: true}}, 'browse')).toBe('peers.pick');
		// In a filter, p is a letter of the query.
		expect(commandOf({input: 'p', key: {}}, 'filter')).toBeNull();
	});

	test('while typing a filter, letters are text but Enter, Esc and Ctrl-C still act', () => {
		expect(commandOf({input: 'q', key: {}}, 'filter')).toBeNull();
		expect(commandOf({input: 'j', key: {}}, 'filter')).toBeNull();
		expect(means({input: '', key: {return: true}}, 'filter.commit', 'filter')).toBe(true);
		expect(means({input: '', key: {escape: true}}, 'filter.cancel', 'filter')).toBe(true);
		expect(means({input: 'c', key: {ctrl: true}}, 'quit', 'filter')).toBe(true);
	});

	test('the help lists each command once, with all its keys', () => {
		const entries = helpEntries();
		const quit = entries.filter(entry => entry.command === 'quit');
		expect(quit).toHaveLength(1);
		expect(quit[0]!.keys).toEqual(['q', 'Ctrl-C']);
		expect(entries.find(entry => entry.command === 'cursor.down')!.keys).toEqual(['↓', 'j']);
		expect(new Set(entries.map(entry => `${entry.mode}:${entry.command}`)).size).toBe(entries.length);
		expect(every('filter.target')[0]!.mode).toBe('filter');
	});

	test('a burst of keys Ink passes on whole is split into presses', () => {
		const commands = pressesOf('jjL\t\u0003', {}).map(press => commandOf(press, 'browse'));
		expect(commands).toEqual(['cursor.down', 'cursor.down', 'lang', 'view.next', 'quit']);
		expect(pressesOf('朝阳\r', {}).map(press => commandOf(press, 'filter') ?? press.input)).toEqual(['朝', '阳', 'filter.commit']);
		// A key Ink named comes through as it is.
		expect(pressesOf('', {downArrow: true})).toEqual([{input: '', key: {downArrow: true}}]);
	});
});
