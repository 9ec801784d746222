import {expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import type {Target} from '../../source/model/target.js';
import {effectOf} from '../../source/screen/commands.js';
import {initialState, modeOf, reduce, type State} from '../../source/screen/state.js';
import {readWrite} from '../../source/screen/take-away.js';
import {statusLine} from '../../source/views/chrome.js';
import {chaoyang2024} from '../fixtures/reports.js';
import {context, frameOn, typeKeys} from '../helpers/keys.js';

const cases = chaoyang2024.facts.find(fact => fact.indicator === 'litigation.cases')!;
const place = {district: null, year: 2024, file: chaoyang2024.file};
const value: Target = {kind: 'value', place, indicator: indicatorById('litigation.cases')!, fact: cases, cite: chaoyang2024.file};
const type = (keys: string, target: Target = value, state?: State) => typeKeys(keys, target, state);

const status = (state: State) => statusLine({view: 'compare', draft: null, target: 'auto', matched: {rows: null, columns: null}, errors: 0, prompt: state.prompt, notice: state.notice}, state.lang, 100).map(span => span.text).join('');

test('w asks for a format on the status line; letters are the answer, not commands', () => {
	const asked = type('w');
	expect(modeOf(asked.state)).toBe('prompt');
	expect(status(asked.state)).toMatch(/^写入 t 文本 · m Markdown · c CSV \[文件名\]: ▏ +Enter 保存  Esc 取消$/u);
	expect(status(reduce(asked.state, {type: 'lang'}))).toMatch(/^Write t text · m Markdown · c CSV \[file\]: ▏/u);
	// q and c would quit and confirm while browsing; here they are typed.
	expect(type('wcq', value).state.prompt?.text).toBe('cq');
});

test('Enter writes: nothing typed is text, m Markdown, c CSV, a name after the format or alone', () => {
	expect(type('w\r').effects).toEqual([{write: {format: 'text', name: null}}]);
	expect(type('wm\r').effects).toEqual([{write: {format: 'md', name: null}}]);
	expect(type('wc 朝阳\r').effects).toEqual([{write: {format: 'csv', name: '朝阳.csv'}}]);
	expect(type('wmarkdown out/table.txt\r').effects).toEqual([{write: {format: 'md', name: 'out/table.txt'}}]);
	expect(readWrite('北京 2024.md')).toEqual({format: 'md', name: '北京 2024.md'});
	expect(readWrite('  table  ')).toEqual({format: 'text', name: 'table'});
	expect(readWrite('CSV')).toEqual({format: 'csv', name: null});
});

test('Esc leaves the prompt and writes nothing', () => {
	const left = type('wm\u001B');
	expect(left.state.prompt).toBeNull();
	expect(left.effects).toEqual([]);
	expect(modeOf(left.state)).toBe('browse');
});

test('o and O ask for the report under the cursor at its line, in the pager or the editor', () => {
	expect(type('o').effects).toEqual([{open: {program: 'pager', file: chaoyang2024.file, line: cases.line}}]);
	expect(type('O').effects).toEqual([{open: {program: 'editor', file: chaoyang2024.file, line: cases.line}}]);
	// An empty cell opens its report at the top; a whole indicator has no report to open.
	expect(type('o', {...value, fact: null} as Target).effects).toEqual([{open: {program: 'pager', file: chaoyang2024.file, line: null}}]);
	const none = type('o', {kind: 'indicator', indicator: value.indicator, disclosed: 2, columns: 4} as Target);
	expect(none.effects).toEqual([]);
	expect(none.state.notice).toBe('光标处没有报告原文可打开');
});

test('in the review queue, o opens the report of the fact shown', () => {
	const queued = {...context, queue: () => ({target: value, size: 3})};
	const state = reduce(initialState('zh'), {type: 'overlay', overlay: 'queue'});
	expect(effectOf('source.pager', state, frameOn({kind: 'none'}), queued)).toEqual({open: {program: 'pager', file: chaoyang2024.file, line: cases.line}});
});
