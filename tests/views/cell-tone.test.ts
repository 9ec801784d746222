import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import type {Cell} from '../../source/model/index.js';
import {cellTone} from '../../source/views/cell-tone.js';
import {fact} from '../fixtures/reports.js';

const trained = indicatorById('training.officials')!;
const cell = (value: number, unit: string): Cell => ({fact: fact({indicator: trained.id, value, unit, text: `培训干部${value}${unit}。`, line: 1, section: ''})});

describe('a cell\'s tone', () => {
	test('the standing the model gives maps to the best and worst tones', () => {
		expect(cellTone(cell(2570, '人次'), trained, 'best')).toBe('rank.best');
		expect(cellTone(cell(1140, '人次'), trained, 'worst')).toBe('rank.worst');
		expect(cellTone(cell(2000, '人次'), trained)).toBe('text.primary');
	});

	test('a value in another measure is muted, whatever it is handed', () => {
		expect(cellTone(cell(3000, '人'), trained)).toBe('text.muted');
		expect(cellTone(cell(3000, '人'), trained, 'best')).toBe('text.muted');
	});
});
