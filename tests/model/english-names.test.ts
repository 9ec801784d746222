import {beforeAll, describe, expect, test} from 'vitest';
import {englishName, placeLabel} from '../../source/model/english-names.js';
import {loadPinyin} from '../../source/model/pinyin.js';
import {GAZETTEER} from '../../source/parse/metadata/gazetteer.js';

beforeAll(loadPinyin);

const full = (name: string) => englishName(name)?.full;

describe('a division in English: its stem in pinyin, its kind translated', () => {
	test('the kinds of division', () => {
		expect(full('朝阳区')).toBe('Chaoyang District');
		expect(full('长春市')).toBe('Changchun City');
		expect(full('正定县')).toBe('Zhengding County');
		expect(full('阿荣旗')).toBe('Arong Banner');
		expect(full('滨海新区')).toBe('Binhai New Area');
		expect(full('长阳土家族自治县')).toBe('Changyang Tujia Autonomous County');
		expect(full('围场满族蒙古族自治县')).toBe('Weichang Manchu Mongol Autonomous County');
		expect(full('秦皇岛市经济技术开发区')).toBe('Qinhuangdao Economic and Technological Development Zone');
		expect(full('广西壮族自治区')).toBe('Guangxi Zhuang Autonomous Region');
		expect(full('开封市示范区')).toBe('Kaifeng Demonstration Zone');
	});

	test('a syllable starting with a, o or e after another takes an apostrophe', () => {
		expect(full('六安市')).toBe("Lu'an City");
		expect(full('西安区')).toBe("Xi'an District");
		expect(full('东阿县')).toBe("Dong'e County");
	});

	// What pinyin-pro reads wrongly in the gazetteer's names (it gives Leqing, Hongdong, Dan, Wei, Chengdou, Kashen).
	test('polyphones read as the place reads them', () => {
		expect(full('乐清市')).toBe('Yueqing City');
		expect(full('洪洞县')).toBe('Hongtong County');
		expect(full('单县')).toBe('Shan County');
		expect(full('蔚县')).toBe('Yu County');
		expect(full('成都市')).toBe('Chengdu City');
		expect(full('喀什市')).toBe('Kashi City');
		expect(full('六合区')).toBe('Luhe District');
		expect(full('民乐县')).toBe('Minle County');
	});

	test('and the ones it reads right stay as it reads them', () => {
		expect(full('重庆市')).toBe('Chongqing City');
		expect(full('厦门市')).toBe('Xiamen City');
		expect(full('蚌埠市')).toBe('Bengbu City');
		expect(full('番禺区')).toBe('Panyu District');
		expect(full('莘县')).toBe('Shen County');
		expect(full('长子县')).toBe('Zhangzi County');
	});

	test('provinces and cities as a group names them', () => {
		expect(placeLabel('北京市', 'en')).toBe('Beijing');
		expect(placeLabel('广东省', 'en')).toBe('Guangdong');
		expect(placeLabel('陕西省', 'en')).toBe('Shaanxi');
		expect(placeLabel('山西省', 'en')).toBe('Shanxi');
		expect(placeLabel('内蒙古自治区', 'en')).toBe('Inner Mongolia');
		expect(placeLabel('河北省', 'zh')).toBe('河北省');
	});

	test('every name in the gazetteer has an English one, with no Chinese left in it', () => {
		const names = GAZETTEER.flatMap(province => [...province.matchAll(/\d{6}(\D+)/gu)].map(match => match[1]!));
		expect(names.length).toBeGreaterThan(3000);
		const left = names.filter(name => !/^[A-Z][\p{Script=Latin}' -]+$/u.test(full(name) ?? ''));
		expect(left).toEqual([]);
	});
});
