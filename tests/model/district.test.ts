import {describe, expect, test} from 'vitest';
import {coverage, districtComparison, districtId, indexOfKey, labelKey, percent, ranking, buildComparison, reportKey, yearLines, yearOfKey, districtOfKey} from '../../source/model/index.js';
import {chaoyang2024, fact, jiangbei2024, mentougou2020, report, reports} from '../fixtures/reports.js';

/** 江北区 2024 with the prior year its petitions change implies, as the parser derives it. */
const jiangbeiDerived = report({
	...jiangbei2024,
	facts: [
		...jiangbei2024.facts,
		fact({
			indicator: 'petitions.volume', value: 6206, unit: '件次', approx: true, line: 24, section: '',
			derived: {kind: 'prior-year', year: 2023, from: '办理信访事项4480件次,同比下降27.81%', formula: '4480 ÷ (1 − 27.81%) ≈ 6206'},
			text: '全区办理信访事项4480件次,同比下降27.81%。',
		}),
	],
});

describe('one district over the years', () => {
	test('a column per reported year, and one for each year a later report lets us derive', () => {
		const district = districtComparison(reports, '110105');
		expect(district.columns.map(column => [column.year, column.report.year])).toEqual([[2023, 2023], [2024, 2024]]);
		const petitions = district.rows.find(row => row.indicator.id === 'petitions.volume')!;
		// 2023 was reported, but not its petitions: the 2024 report's change gives them, marked derived.
		expect(petitions.cells[0]).toMatchObject({fact: null, derived: {source: chaoyang2024}});
		expect(petitions.cells[1]!.fact?.value).toBe(18_426);
	});

	test('a derived-only year cites the later report', () => {
		expect(districtComparison(reports, '500105').columns.map(column => column.year)).toEqual([2024]);
		const district = districtComparison([jiangbeiDerived], '500105');
		expect(district.columns.map(column => [column.year, column.report])).toEqual([[2023, jiangbeiDerived], [2024, jiangbeiDerived]]);
		const petitions = district.rows.find(row => row.indicator.id === 'petitions.volume')!;
		expect(petitions.cells[0]!.derived?.fact.value).toBe(6206);
	});
});

describe('identity', () => {
	test('a district is its code, a report its district and year', () => {
		expect(districtId(mentougou2020)).toBe('110109');
		expect(reportKey(mentougou2020)).toBe('110109@2020');
		expect(districtOfKey('110109@2020')).toBe('110109');
		expect(yearOfKey('110109@2020')).toBe(2020);
	});

	test('no key, or a report gone from the order, means the first report, not the label column', () => {
		expect(indexOfKey([labelKey, 'a@1', 'b@2'], null)).toBe(1);
		expect(indexOfKey([labelKey, 'a@1', 'b@2'], 'b@3')).toBe(2);
		expect(indexOfKey([labelKey, 'a@1'], 'zz@1')).toBe(1);
		// A row key that is gone goes to the first row.
		expect(indexOfKey(['petitions.volume', 'figure:0'], 'figure:3')).toBe(0);
	});
});

describe('ranking and coverage', () => {
	const comparison = buildComparison(reports);

	test('an indicator ranks the reports, not disclosed last', () => {
		expect(ranking(comparison, 'reconsideration.received').map(entry => entry.fact?.value ?? null)).toEqual([7152, 6413, 47, 24, null]);
		expect(ranking(comparison, 'reconsideration.received', 'ascending').map(entry => entry.fact?.value ?? null)).toEqual([24, 47, 6413, 7152, null]);
	});

	test('year lines for districts with more than one year, derived points marked', () => {
		const lines = yearLines(reports, 'petitions.volume');
		expect(lines.map(line => [line.name.zh, line.points.map(point => [point.year, point.derived])])).toEqual([
			['朝阳区', [[2023, true], [2024, false]]],
		]);
		expect(yearLines([jiangbeiDerived], 'petitions.volume')[0]!.points.map(point => point.value)).toEqual([6206, 4480]);
		expect(yearLines(reports, 'reconsideration.received').map(line => line.points.map(point => point.value))).toEqual([[6413, 7152]]);
	});

	test('coverage counts stated values per report and per indicator', () => {
		const counts = coverage(comparison);
		expect(counts.rows).toBe(34);
		const chaoyang = comparison.columns.findIndex(column => column.report === chaoyang2024);
		expect(counts.disclosed[chaoyang]).toBe(9);
		expect(counts.byRow[comparison.rows.findIndex(row => row.indicator.id === 'reconsideration.received')]).toBe(4);
		expect(percent(9, 34)).toBe(26);
	});
});
