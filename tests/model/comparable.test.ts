import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import {comparableValue, compareSortKeys, sameMeasure, sortKey, type Cell} from '../../source/model/index.js';
import {fact} from '../fixtures/reports.js';

const indicator = (id: string) => indicatorById(id)!;
const cell = (id: string, value: number, unit: string): Cell => ({fact: fact({indicator: id, value, unit, text: '', line: 1, section: ''})});

describe('whether a value counts what its row counts', () => {
	test('the row\'s own unit, and the words its catalog entry accepts', () => {
		expect(sameMeasure({unit: '个'}, indicator('oversight.audit_projects'))).toBe(true);
		expect(sameMeasure({unit: '项'}, indicator('oversight.audit_projects'))).toBe(true);
		expect(sameMeasure({unit: '个'}, indicator('services.one_thing'))).toBe(true);
		expect(sameMeasure({unit: '组'}, indicator('services.one_thing'))).toBe(true);
	});

	test('another measure does not: 次 in a 条 row, 件 in a 人次 row, 人 against 人次, a count in a % row', () => {
		expect(sameMeasure({unit: '次'}, indicator('decisions.legal_opinions'))).toBe(false);
		expect(sameMeasure({unit: '件'}, indicator('legal_services.consultations'))).toBe(false);
		expect(sameMeasure({unit: '人'}, indicator('training.officials'))).toBe(false);
		expect(sameMeasure({unit: '人次'}, indicator('enforcement.staff_trained'))).toBe(false);
		expect(sameMeasure({unit: '件'}, indicator('litigation.loss_rate'))).toBe(false);
		expect(sameMeasure({unit: '%'}, indicator('litigation.cases'))).toBe(false);
	});

	test('a row compares only the values of its measure', () => {
		expect(comparableValue(cell('decisions.legal_opinions', 197, '条'), indicator('decisions.legal_opinions'))).toBe(197);
		expect(comparableValue(cell('decisions.legal_opinions', 756, '次'), indicator('decisions.legal_opinions'))).toBeNull();
		expect(comparableValue({fact: null}, indicator('decisions.legal_opinions'))).toBeNull();
	});

	test('sorting puts comparable values first by value, then other measures, then the undisclosed', () => {
		const row = indicator('decisions.legal_opinions');
		const cells = [{fact: null}, cell(row.id, 756, '次'), cell(row.id, 197, '条'), cell(row.id, 300, '项')];
		const order = (sign: 1 | -1) => cells.map((each, index) => ({index, key: sortKey(each, row)}))
			.sort((a, b) => compareSortKeys(a.key, b.key, sign) || a.index - b.index)
			.map(({index}) => index);
		expect(order(1)).toEqual([2, 3, 1, 0]);
		expect(order(-1)).toEqual([3, 2, 1, 0]);
	});
});
