import {describe, expect, test} from 'vitest';
import {buildComparison, ranking, yearLines} from '../../source/model/index.js';
import {reshape} from '../../source/model/reshape.js';
import {mixed, years} from '../fixtures/units.js';

const comparison = buildComparison(mixed);
const order = (entries: ReturnType<typeof ranking>) => entries.map(entry => `${entry.column.district?.zh}${entry.comparable ? '' : '≠'}`);

describe('ranking one indicator across districts', () => {
	test('a value in another measure ranks after the comparable ones, before the undisclosed, either way', () => {
		expect(order(ranking(comparison, 'training.officials'))).toEqual(['东城区', '海淀区', '西城区≠', '丰台区≠']);
		expect(order(ranking(comparison, 'training.officials', 'ascending'))).toEqual(['海淀区', '东城区', '西城区≠', '丰台区≠']);
	});

	test('a measure word the row accepts ranks by its value: 112个 first among 项', () => {
		expect(order(ranking(comparison, 'services.one_thing'))).toEqual(['西城区', '东城区', '海淀区', '丰台区≠']);
	});
});

describe('sorting the compare columns by a row', () => {
	const sorted = (indicator: string, direction: 'ascending' | 'descending') => reshape(comparison, {sort: {indicator, direction}}).columns.map(column => column.district?.zh);

	test('756次 in the 条 row sorts after the 条 values and before the undisclosed, ascending and descending', () => {
		expect(sorted('decisions.legal_opinions', 'descending')).toEqual(['东城区', '海淀区', '西城区', '丰台区']);
		expect(sorted('decisions.legal_opinions', 'ascending')).toEqual(['海淀区', '东城区', '西城区', '丰台区']);
	});

	test('26项 in the 个 row sorts by its value', () => {
		expect(sorted('oversight.audit_projects', 'descending')).toEqual(['西城区', '东城区', '丰台区', '海淀区']);
	});
});

describe('a district\'s values over the years', () => {
	test('a year in another measure is set apart, not plotted among the others', () => {
		const [line] = yearLines(years, 'training.officials');
		expect(line?.name.zh).toBe('东城区');
		expect(line?.points.map(point => [point.year, point.value])).toEqual([[2023, 2000], [2024, 2570]]);
		expect(line?.apart.map(({year, fact}) => [year, fact.value, fact.unit])).toEqual([[2022, 1800, '人']]);
	});
});
