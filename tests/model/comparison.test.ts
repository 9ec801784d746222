import {describe, expect, test} from 'vitest';
import {areas} from '../../source/catalog/indicators.js';
import {buildComparison, labelOf, shownFact, unitLabel, type Comparison} from '../../source/model/index.js';
import {changchunChaoyang2024, chaoyang2023, chaoyang2024, reports} from '../fixtures/reports.js';

const labels = (comparison: Comparison) => comparison.columns.map(column => `${column.district?.zh} ${column.year}`);
const ids = (comparison: Comparison) => comparison.rows.map(row => row.indicator.id);

function cell(comparison: Comparison, indicator: string, column: string) {
	const row = comparison.rows.find(each => each.indicator.id === indicator);
	const index = labels(comparison).indexOf(column);
	return row?.cells[index];
}

describe('buildComparison', () => {
	test('one column per report, by province, then district, then year', () => {
		// 北京 (běi) < 重庆 (chóng) < 河南 (hé); 朝阳 (cháo) < 门头沟 (mén).
		expect(labels(buildComparison(reports))).toEqual(['朝阳区 2023', '朝阳区 2024', '门头沟区 2020', '江北区 2024', '开封市示范区 2024']);
	});

	test('columns keep the file they came from', () => {
		expect(buildComparison(reports).columns[1]?.file).toBe('seeds/000_9fca992f16ce8107.txt');
	});

	test('every catalog indicator is a row, grouped by area in catalog order', () => {
		const comparison = buildComparison(reports);
		expect(comparison.rows).toHaveLength(34);
		expect(comparison.groups.map(group => group.area.id)).toEqual(areas.map(area => area.id));
		expect(comparison.groups.flatMap(group => group.rows)).toEqual(comparison.rows);
	});

	test('a cell holds the headline fact, or null when not disclosed', () => {
		const comparison = buildComparison(reports);
		expect(cell(comparison, 'reconsideration.received', '朝阳区 2024')?.fact?.value).toBe(7152);
		expect(cell(comparison, 'litigation.head_appearances', '朝阳区 2024')?.fact?.value).toBe(281);
		expect(cell(comparison, 'reconsideration.received', '江北区 2024')?.fact).toBeNull();
	});

	test('a later report\'s year-on-year change fills the earlier year as a derived value, cited to the later report', () => {
		const derived = cell(buildComparison(reports), 'petitions.volume', '朝阳区 2023');
		expect(derived?.fact).toBeNull();
		expect(derived?.derived?.fact.value).toBe(24_055);
		expect(derived?.derived?.source).toBe(chaoyang2024);
		expect(shownFact(derived!)?.derived?.year).toBe(2023);
	});

	test('a derived value never lands in the column of the year that stated it', () => {
		expect(cell(buildComparison(reports), 'petitions.volume', '朝阳区 2024')?.derived).toBeUndefined();
	});

	test('the other 朝阳区 (长春市, 220104) is another district: no derived values cross over', () => {
		const comparison = buildComparison([chaoyang2024, changchunChaoyang2024, chaoyang2023]);
		expect(comparison.columns.map(column => column.report.district.code)).toEqual(['110105', '110105', '220104']);
		expect(comparison.rows.find(row => row.indicator.id === 'petitions.volume')?.cells[2]?.derived).toBeUndefined();
	});
});

describe('filters', () => {
	test('district by name, full name or code, several at once', () => {
		expect(labels(buildComparison(reports, {district: ['朝阳区']}))).toEqual(['朝阳区 2023', '朝阳区 2024']);
		expect(labels(buildComparison(reports, {district: ['500105', '北京市门头沟区']}))).toEqual(['门头沟区 2020', '江北区 2024']);
		// The other 朝阳区 is loaded though filtered out: the label still says which one this is.
		expect(labels(buildComparison([...reports, changchunChaoyang2024], {district: ['110105']}))).toEqual(['朝阳区·北京 2023', '朝阳区·北京 2024']);
	});

	test('a zone without a code is found by its name', () => {
		expect(labels(buildComparison(reports, {district: ['开封市示范区']}))).toEqual(['开封市示范区 2024']);
	});

	test('indicator by id, by id prefix, or by part of the Chinese label', () => {
		expect(ids(buildComparison(reports, {indicator: ['litigation.loss_rate']}))).toEqual(['litigation.loss_rate']);
		expect(ids(buildComparison(reports, {indicator: ['litigation']}))).toEqual([
			'litigation.cases', 'litigation.lost', 'litigation.loss_rate', 'litigation.head_appearances', 'litigation.head_appearance_rate',
		]);
		expect(ids(buildComparison(reports, {indicator: ['复议']}))).toEqual([
			'reconsideration.received', 'reconsideration.closed', 'reconsideration.correction_rate', 'reconsideration.mediation_rate',
		]);
	});

	test('year and area', () => {
		const comparison = buildComparison(reports, {year: [2024], area: ['capacity']});
		expect(labels(comparison)).toEqual(['朝阳区 2024', '江北区 2024', '开封市示范区 2024']);
		expect(comparison.groups.map(group => group.area.id)).toEqual(['capacity']);
	});

	test('a filtered-out later report still fills the derived value of the year shown', () => {
		const comparison = buildComparison(reports, {year: [2023], indicator: ['petitions']});
		expect(comparison.rows[0]?.cells[0]?.derived?.fact.value).toBe(24_055);
	});
});

describe('labels', () => {
	test('zh and en', () => {
		const [row] = buildComparison(reports, {indicator: ['petitions.volume']}).rows;
		expect(labelOf(row!.indicator, 'zh')).toBe('信访总量');
		expect(labelOf(row!.indicator, 'en')).toBe('Petitions received');
		expect(unitLabel(row!.indicator.unit, 'zh')).toBe('件次');
		expect(unitLabel('%', 'en')).toBe('%');
	});
});
