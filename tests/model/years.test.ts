import {describe, expect, test} from 'vitest';
import {alignColumns, alignedYear, buildComparison, ranksWith, yearsOfDistrict} from '../../source/model/index.js';
import {columnLabel} from '../../source/views/compare-table.js';
import {chaoyang2023, chaoyang2024, jiangbei2024, mentougou2020, reports} from '../fixtures/reports.js';

const columnsOf = (...given: Parameters<typeof buildComparison>[0][]) => buildComparison(given.flat()).columns;
const all = (length: number) => Array.from({length}, (_, index) => index);

describe('the year the columns align on', () => {
	test('the year most districts report: 2024 (three districts) over 2023 and 2020 (one each)', () => {
		expect(alignedYear(columnsOf(reports))).toBe(2024);
	});

	test('districts are counted, not reports, and among years as many report the latest wins', () => {
		const twoDistricts2020 = [mentougou2020, {...chaoyang2023, year: 2020, file: 'reports/朝阳区2020.txt'}, chaoyang2024, jiangbei2024];
		// 2020: 门头沟区 and 朝阳区; 2024: 朝阳区 and 江北区. A tie: the later year.
		expect(alignedYear(columnsOf(twoDistricts2020))).toBe(2024);
		expect(alignedYear(columnsOf([mentougou2020, {...jiangbei2024, year: 2020}, chaoyang2024]))).toBe(2020);
		expect(alignedYear([])).toBeNull();
	});
});

describe('one column per district', () => {
	const columns = columnsOf(reports);
	const labels = (year: number, chosen?: Record<string, number>) => alignColumns(columns, all(columns.length), year, chosen).columns.map(column => columnLabel(column, 'zh'));

	test('the aligned year\'s report, else the nearest earlier one marked; a district with only later reports is left out', () => {
		expect(labels(2024)).toEqual(['朝阳区 2024', '门头沟区 ←2020', '江北区 2024', '开封市示范区 2024']);
		expect(labels(2023)).toEqual(['朝阳区 2023', '门头沟区 ←2020']);
	});

	test('a district stepped to another of its years shows it marked, the others stay aligned', () => {
		expect(labels(2024, {'110105': 2023})).toEqual(['朝阳区 ←2023', '门头沟区 ←2020', '江北区 2024', '开封市示范区 2024']);
		expect(labels(2023, {'110105': 2024})).toEqual(['朝阳区 →2024', '门头沟区 ←2020']);
	});

	test('only the aligned year\'s columns are ranked', () => {
		const aligned = alignColumns(columns, all(columns.length), 2024).columns;
		expect(aligned.map(ranksWith)).toEqual([true, false, true, true]);
	});

	test('a district\'s years, latest first', () => {
		expect(yearsOfDistrict(columns, '110105')).toEqual([2024, 2023]);
	});
});
