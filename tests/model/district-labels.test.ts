import {describe, expect, test} from 'vitest';
import {districtLabel, districtLabels, labelOf, shortPlaceName, type Lang} from '../../source/model/index.js';
import {loadPinyin} from '../../source/model/pinyin.js';
import type {District, Report} from '../../source/parse/types.js';
import {changchunChaoyang2024, chaoyang2023, chaoyang2024, jiangbei2024, kaifengZone2024, mentougou2020, report} from '../fixtures/reports.js';

const at = (district: District, file = `${district.fullName ?? district.name}.txt`): Report => report({file, district, year: 2024});

/** Each report's label, in the order given. */
const labels = (reports: readonly Report[], lang: Lang = 'zh') => reports.map(each => {
	const label = districtLabel(reports, each);
	return label === null ? null : labelOf(label, lang);
});

describe('district labels', () => {
	test('same name, different cities: each carries its city, a municipality district its province', () => {
		const loaded = [chaoyang2024, chaoyang2023, changchunChaoyang2024];
		expect(labels(loaded)).toEqual(['朝阳区·北京', '朝阳区·北京', '朝阳区·长春']);
	});

	test('unique names stay as written, and are not listed', () => {
		const loaded = [chaoyang2024, jiangbei2024, kaifengZone2024, mentougou2020];
		expect(labels(loaded)).toEqual(['朝阳区', '江北区', '开封市示范区', '门头沟区']);
		expect(districtLabels(loaded).size).toBe(0);
	});

	test('cities of one name in two provinces: the province tells them apart', () => {
		const a = at({name: '新区', fullName: '河北省同名市新区', province: '河北省', city: '同名市', code: '139901'});
		const b = at({name: '新区', fullName: '山西省同名市新区', province: '山西省', city: '同名市', code: '149901'});
		expect(labels([a, b])).toEqual(['新区·河北', '新区·山西']);
	});

	test('same name in the same city and province (not in the gazetteer, but a file may say so): the code', () => {
		const a = at({name: '朝阳区', fullName: '吉林省长春市朝阳区', province: '吉林省', city: '长春市', code: '220104'});
		const b = at({name: '朝阳区', fullName: '吉林省长春市朝阳区', province: '吉林省', city: '长春市', code: '220199'});
		expect(labels([a, b])).toEqual(['朝阳区·220104', '朝阳区·220199']);
	});

	test('a report without a code takes its city like any other; one with no place at all keeps the bare name', () => {
		const zone = at({name: '朝阳区', fullName: '辽宁省朝阳市朝阳区', province: '辽宁省', city: '朝阳市', code: null});
		const nowhere = at({name: '朝阳区', fullName: null, province: null, city: null, code: null}, 'unknown.txt');
		expect(labels([chaoyang2024, zone, nowhere])).toEqual(['朝阳区·北京', '朝阳区·朝阳', '朝阳区']);
	});

	test('a report that never names its district has no label', () => {
		const unnamed = at({name: null, fullName: null, province: null, city: null, code: null}, 'x.txt');
		expect(labels([unnamed, chaoyang2024])).toEqual([null, '朝阳区']);
	});

	test('in English, the name in pinyin; where two share it, the stem with the place in brackets', async () => {
		await loadPinyin();
		expect(labels([chaoyang2024, chaoyang2023, changchunChaoyang2024], 'en')).toEqual(['Chaoyang (Beijing)', 'Chaoyang (Beijing)', 'Chaoyang (Changchun)']);
		expect(labels([chaoyang2024, jiangbei2024, mentougou2020], 'en')).toEqual(['Chaoyang District', 'Jiangbei District', 'Mentougou District']);
		const a = at({name: '朝阳区', fullName: '吉林省长春市朝阳区', province: '吉林省', city: '长春市', code: '220104'});
		const b = at({name: '朝阳区', fullName: '吉林省长春市朝阳区', province: '吉林省', city: '长春市', code: '220199'});
		expect(labels([a, b], 'en')).toEqual(['Chaoyang (220104)', 'Chaoyang (220199)']);
	});

	test('short names drop the suffix the way people write them', () => {
		expect(['北京市', '吉林省', '内蒙古自治区', '广西壮族自治区', '延边朝鲜族自治州', '大兴安岭地区', '长春市', '县'].map(shortPlaceName))
			.toEqual(['北京', '吉林', '内蒙古', '广西', '延边朝鲜族自治州', '大兴安岭', '长春', '县']);
	});
});
