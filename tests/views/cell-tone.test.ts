import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import type {Cell} from '../../source/model/index.js';
import {cellTone, extremes} from '../../source/views/cell-tone.js';
import {fact} from '../fixtures/reports.js';

const higher = indicatorById('services.one_thing')!;
const cell = (value: number, approx = false): Cell => ({fact: fact({indicator: higher.id, value, unit: higher.unit, text: `办理${value}项`, line: 1, section: '', approx})});
const tones = (cells: Cell[]) => cells.map(each => cellTone(each, higher, extremes(cells, higher)));

describe('best and worst in a row with hedged values', () => {
	test('exact values: the highest is best and the lowest worst', () => {
		expect(tones([cell(113), cell(180), cell(40)])).toEqual(['text.primary', 'rank.best', 'rank.worst']);
	});

	test('a hedged value is not best over an exact one it does not clearly beat, and nothing else takes the mark', () => {
		expect(tones([cell(170), cell(180, true), cell(40)])).toEqual(['text.primary', 'text.primary', 'rank.worst']);
	});

	test('a hedged value that clearly beats every exact one is still best', () => {
		expect(tones([cell(113), cell(180, true), cell(40)])).toEqual(['text.primary', 'rank.best', 'rank.worst']);
	});

	test('a hedged value is not worst when an exact one is within its margin', () => {
		expect(tones([cell(113), cell(180), cell(110, true)])).toEqual(['text.primary', 'rank.best', 'text.primary']);
	});

	test('an exact and a hedged value of the same figure: only the exact one is marked', () => {
		expect(tones([cell(180), cell(180, true), cell(40)])).toEqual(['rank.best', 'text.primary', 'rank.worst']);
	});
});
