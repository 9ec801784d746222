import {beforeAll, describe, expect, test} from 'vitest';
import {buildComparison} from '../../source/model/index.js';
import {reshape, yearsOf} from '../../source/model/reshape.js';
import {loadPinyin} from '../../source/model/search.js';
import {columnLabel} from '../../source/views/compare-table.js';
import {reports} from '../fixtures/reports.js';

const comparison = buildComparison(reports);
const labels = (shaped: ReturnType<typeof reshape>) => shaped.columns.map(column => columnLabel(column, 'zh'));

beforeAll(loadPinyin);

describe('reshaping a comparison', () => {
	test('the years it covers, latest first', () => {
		expect(yearsOf(comparison)).toEqual([2024, 2023, 2020]);
	});

	test('a year aligns the columns on it, one per district, cells following their columns', () => {
		const shaped = reshape(comparison, {year: 2024});
		expect(shaped.year).toBe(2024);
		// 朝阳区's 2023 is one key away, not a column; 门头沟区 reported 2020 only, marked.
		expect(labels(shaped)).toEqual(['朝阳区 2024', '门头沟区 ←2020', '江北区 2024', '开封市示范区 2024']);
		const received = shaped.rows.find(row => row.indicator.id === 'reconsideration.received')!;
		expect(received.cells.map(cell => cell.fact?.value ?? null)).toEqual([7152, 24, null, 47]);
	});

	test('without a year the columns align on the one most districts report; each keeps every report its own column', () => {
		expect(reshape(comparison, {year: null}).year).toBe(2024);
		expect(reshape(comparison, {}).columns).toHaveLength(5);
		expect(reshape(comparison, {}).year).toBeNull();
	});

	test('sorted, another year\'s report comes after the aligned ones, whatever its value', () => {
		const ascending = reshape(comparison, {year: 2024, sort: {indicator: 'reconsideration.received', direction: 'ascending'}});
		// 门头沟区's 24 (2020) is the smallest value, but is not ranked against 2024's.
		expect(labels(ascending)).toEqual(['开封市示范区 2024', '朝阳区 2024', '门头沟区 ←2020', '江北区 2024']);
	});

	test('auto filters each axis the query matches: rows for fy, columns for cy', () => {
		const rows = reshape(comparison, {query: 'fy'});
		expect(rows.rows.map(row => row.indicator.id)).toEqual(['reconsideration.received', 'reconsideration.closed', 'reconsideration.correction_rate', 'reconsideration.mediation_rate']);
		expect(rows.columns).toHaveLength(5);
		expect(rows.groups.map(group => group.area.id)).toEqual(['disputes']);
		expect(rows.matched).toEqual({rows: 4, columns: null});

		const columns = reshape(comparison, {query: 'cy'});
		expect(labels(columns)).toEqual(['朝阳区 2023', '朝阳区 2024']);
		expect(columns.rows).toHaveLength(34);
	});

	test('a target narrows one axis even when nothing matches', () => {
		expect(reshape(comparison, {query: 'cy', target: 'rows'}).rows).toHaveLength(0);
		expect(reshape(comparison, {query: 'fy', target: 'columns'}).columns).toHaveLength(0);
	});

	test('sorting by a row orders the columns by its values, not disclosed last either way', () => {
		const ascending = reshape(comparison, {sort: {indicator: 'reconsideration.received', direction: 'ascending'}});
		expect(labels(ascending)).toEqual(['门头沟区 2020', '开封市示范区 2024', '朝阳区 2023', '朝阳区 2024', '江北区 2024']);
		const descending = reshape(comparison, {sort: {indicator: 'reconsideration.received', direction: 'descending'}});
		expect(labels(descending)).toEqual(['朝阳区 2024', '朝阳区 2023', '开封市示范区 2024', '门头沟区 2020', '江北区 2024']);
		const row = descending.rows.find(each => each.indicator.id === 'reconsideration.received')!;
		expect(row.cells.map(cell => cell.fact?.value ?? null)).toEqual([7152, 6413, 47, 24, null]);
	});

	test('nothing asked, nothing changed', () => {
		expect(reshape(comparison, {}).rows[0]).toBe(comparison.rows[0]);
	});
});

describe('a pinned district', () => {
	test('its column comes first, whichever way the others are sorted', () => {
		const sorted = (direction: 'ascending' | 'descending') => labels(reshape(comparison, {year: 2024, pinned: '500105', sort: {indicator: 'petitions.volume', direction}}));
		const ascending = sorted('ascending');
		const descending = sorted('descending');
		expect(ascending[0]).toBe('江北区 2024');
		expect(descending[0]).toBe('江北区 2024');
		expect(reshape(comparison, {year: 2024, pinned: '500105'}).pinned).toBe('500105');
	});

	test('a pin the columns do not show (filtered out) is not claimed shown', () => {
		expect(reshape(comparison, {year: 2024, pinned: '500105', query: '朝阳', target: 'columns'}).pinned).toBeNull();
	});
});
