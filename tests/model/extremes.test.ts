import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import {buildComparison, standings, type Cell} from '../../source/model/index.js';
import {fact} from '../fixtures/reports.js';
import {mixed} from '../fixtures/units.js';

const higher = indicatorById('services.one_thing')!;
const cell = (value: number, approx = false, unit: string = higher.unit): Cell => ({fact: fact({indicator: higher.id, value, unit, text: `办理${value}${unit}`, line: 1, section: '', approx})});
const ranks = (cells: Cell[]) => standings(cells, higher);

describe('best and worst in a row with hedged values', () => {
	test('exact values: the highest is best and the lowest worst', () => {
		expect(ranks([cell(113), cell(180), cell(40)])).toEqual([null, 'best', 'worst']);
	});

	test('a hedged value is not best over an exact one it does not clearly beat, and nothing else takes the mark', () => {
		expect(ranks([cell(170), cell(180, true), cell(40)])).toEqual([null, null, 'worst']);
	});

	test('a hedged value that clearly beats every exact one is still best', () => {
		expect(ranks([cell(113), cell(180, true), cell(40)])).toEqual([null, 'best', 'worst']);
	});

	test('a hedged value is not worst when an exact one is within its margin', () => {
		expect(ranks([cell(113), cell(180), cell(110, true)])).toEqual([null, 'best', null]);
	});

	test('an exact and a hedged value of the same figure: only the exact one is marked', () => {
		expect(ranks([cell(180), cell(180, true), cell(40)])).toEqual(['best', null, 'worst']);
	});

	test('no standing where the catalog calls neither direction better', () => {
		const neutral = indicatorById('oversight.audit_projects')!;
		const cells = [22, 26].map(value => ({fact: fact({indicator: neutral.id, value, unit: '个', text: '', line: 1, section: ''})}));
		expect(standings(cells, neutral)).toEqual([null, null]);
	});
});

describe('best and worst only among values of the row\'s measure', () => {
	test('a value in another measure is never best or worst, however large or small', () => {
		expect(ranks([cell(113), cell(9000, false, '人'), cell(40), cell(1, false, '次')])).toEqual(['best', null, 'worst', null]);
	});

	test('a measure word the row accepts is ranked as the row\'s unit: 112个 beats 80项', () => {
		expect(ranks([cell(80), cell(112, false, '个'), cell(40)])).toEqual([null, 'best', 'worst']);
	});

	test('one comparable value left is no spread to mark', () => {
		expect(ranks([cell(80), cell(3000, false, '人')])).toEqual([null, null]);
	});

	test('in the reports: 3000人 in the 人次 row of officials trained is left out, 2570人次 is best', () => {
		const row = buildComparison(mixed).rows.find(each => each.indicator.id === 'training.officials')!;
		expect(standings(row.cells, row.indicator)).toEqual(['best', null, 'worst', null]);
	});

	test('a caller can leave out more cells, and what it leaves out takes no mark even at the same value', () => {
		expect(standings([cell(180), cell(113), cell(180), cell(40)], higher, (_, index) => index !== 2)).toEqual(['best', null, null, 'worst']);
		expect(standings([cell(180), cell(113), cell(40)], higher, (_, index) => index !== 0)).toEqual([null, 'best', 'worst']);
	});
});
