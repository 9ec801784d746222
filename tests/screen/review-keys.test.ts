import {expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import type {Target} from '../../source/model/target.js';
import {effectOf} from '../../source/screen/commands.js';
import {initialState, modeOf, reduce} from '../../source/screen/state.js';
import {chaoyang2024} from '../fixtures/reports.js';
import {context, frameOn, typeKeys} from '../helpers/keys.js';

const cases = chaoyang2024.facts.find(fact => fact.indicator === 'litigation.cases')!;
const place = {district: null, year: 2024, file: chaoyang2024.file};
const value: Target = {kind: 'value', place, indicator: indicatorById('litigation.cases')!, fact: cases, cite: chaoyang2024.file};
const figure: Target = {kind: 'figure', place, figure: {value: 87, unit: '件', approx: false, yoy: null, text: '已办结87件。', match: '87件', line: 5, section: ''}};
const type = typeKeys;

test('c and x decide on the value under the cursor at once', () => {
	expect(type('c', value).effects).toEqual([{review: {kind: 'decide', target: value, verdict: {action: 'confirmed'}, note: ''}}]);
	expect(type('x', value).effects).toEqual([{review: {kind: 'decide', target: value, verdict: {action: 'rejected'}, note: ''}}]);
});

test('= opens a prompt; a value with a unit and a note is read on Enter; a value that is no number keeps the prompt, saying why', () => {
	const typed = type('=1.2万 件 # per the court', value);
	expect(typed.state.prompt).toEqual({kind: 'correct', text: '1.2万 件 # per the court', problem: null});
	expect(modeOf(typed.state)).toBe('prompt');
	expect(type('\r', value, typed.state).effects).toEqual([{review: {kind: 'decide', target: value, verdict: {action: 'corrected', value: 12_000, unit: '件'}, note: 'per the court'}}]);
	const wrong = type('=abc\r', value);
	expect(wrong.effects).toEqual([]);
	expect(wrong.state.prompt?.problem).toBe('请输入数值,如 1054 或 1054 件');
});

test('i on a figure names an indicator; several matches are a problem, not a guess; on a value it says what i is for', () => {
	expect(type('i法律援助\r', figure).effects).toEqual([{review: {kind: 'decide', target: figure, verdict: {action: 'added', indicator: 'legal_aid.cases', value: 87, unit: '件'}, note: ''}}]);
	expect(type('ilitigation\r', figure).state.prompt?.problem).toMatch(/^\d+ 个指标匹配,请更具体: litigation\./u);
	expect(type('i', value).state.notice).toBe('i 用于地区视图中的未归类数字');
});

test('a derived value or an empty cell has nothing to decide; Esc leaves a prompt without a decision', () => {
	expect(type('c', {...value, fact: {...cases, derived: {kind: 'prior-year', year: 2023, from: '同比', formula: 'x'}}} as Target).state.notice).toBe('光标处没有可核对的数字(推算值不是报告所载)');
	expect(type('x', {...value, fact: null} as Target).effects).toEqual([]);
	const left = type('=12\u001B', value);
	expect(left.state.prompt).toBeNull();
	expect(left.effects).toEqual([]);
});

test('u asks the shell to undo; R opens the queue, where the arrows skip and c decides on the queue\'s fact', () => {
	expect(type('u', value).effects).toEqual([{review: {kind: 'undo'}}]);
	const queued = {...context, queue: () => ({target: value, size: 3})};
	let state = reduce(initialState('zh'), {type: 'overlay', overlay: 'queue'});
	expect(state.overlay).toBe('queue');
	const down = effectOf('cursor.down', state, frameOn(figure), queued);
	state = reduce(state, down as never);
	expect(state.queueAt).toBe(1);
	expect(effectOf('review.confirm', state, frameOn(figure), queued)).toEqual({review: {kind: 'decide', target: value, verdict: {action: 'confirmed'}, note: ''}});
});
