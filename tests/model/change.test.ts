import {describe, expect, test} from 'vitest';
import {buildComparison, formatChange, type Comparison} from '../../source/model/index.js';
import {chaoyang2023, chaoyang2024, fact, jiangbei2024, report} from '../fixtures/reports.js';

/** The change beside a district's value in one year, as the compare view writes it. */
function changeAt(comparison: Comparison, indicator: string, file: string): string | null {
	const column = comparison.columns.findIndex(each => each.file === file);
	const change = comparison.rows.find(row => row.indicator.id === indicator)?.cells[column]?.change;
	return change === undefined ? null : formatChange(change);
}

const chaoyang2022 = report({
	file: 'reports/朝阳区2022.txt',
	district: chaoyang2024.district,
	year: 2022,
	facts: [fact({indicator: 'petitions.volume', value: 20_000, unit: '件次', line: 9, section: '', text: '全区全年信访总量20000件次。'})],
});

describe('the change on the year before', () => {
	test('stated: the report\'s own 同比, bare (−23.4% → −23%, 10 percentage points → +10pp)', () => {
		const comparison = buildComparison([chaoyang2024, jiangbei2024]);
		expect(changeAt(comparison, 'petitions.volume', chaoyang2024.file)).toBe('−23%');
		expect(changeAt(comparison, 'disputes.resolution_rate', jiangbei2024.file)).toBe('+10pp');
	});

	test('computed from the district\'s report of the year before, in brackets: 6,413 → 7,152 is +12%', () => {
		const comparison = buildComparison([chaoyang2023, chaoyang2024]);
		expect(changeAt(comparison, 'reconsideration.received', chaoyang2024.file)).toBe('[+12%]');
		// Without the year before's report there is nothing to compute from.
		expect(changeAt(buildComparison([chaoyang2024]), 'reconsideration.received', chaoyang2024.file)).toBeNull();
	});

	test('derived when a value in it was derived: 2023\'s ≈24,055 (from 2024\'s 同比) against 2022\'s 20,000 is +20%*', () => {
		const comparison = buildComparison([chaoyang2022, chaoyang2023, chaoyang2024]);
		expect(changeAt(comparison, 'petitions.volume', chaoyang2023.file)).toBe('+20%*');
	});

	test('small changes keep a decimal, none reads ±0', () => {
		expect(formatChange({kind: 'stated', value: -3.44, unit: 'pct'})).toBe('−3.4%');
		expect(formatChange({kind: 'computed', value: 0.01, unit: 'pp'})).toBe('[±0pp]');
	});
});
