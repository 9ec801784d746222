import {describe, expect, it} from 'vitest';

import {hintsFromName} from '../../source/load/hints.js';

describe('hintsFromName', () => {
	it.each([
		['reports/朝阳区2023.txt', {district: '朝阳区', year: 2023}],
		['chaoyang-2023.html', {year: 2023}],
		['2023年朝阳区法治政府建设报告.html', {district: '朝阳区', year: 2023}],
		['北京市朝阳区人民政府关于2023年法治政府建设情况的报告.htm', {district: '北京市朝阳区', year: 2023}],
		['开封市示范区2024年度法治政府建设情况的报告.md', {district: '开封市示范区', year: 2024}],
		['阿拉善左旗_2019.txt', {district: '阿拉善左旗', year: 2019}],
		['2021年度法治政府建设情况报告.txt', {year: 2021}],
		['区政府2023年报告.txt', {year: 2023}],
		['市场监管局.txt', {}],
		['000_9fca2023e1b7c8d9.txt', {}],
		['纲要2021-2025.txt', {}],
		['朝阳区2021-2025年规划.txt', {district: '朝阳区'}],
		['海淀区2024年落实纲要(2021-2025年)情况.txt', {district: '海淀区', year: 2024}],
		['scan_20240315.txt', {}],
		['report1899.txt', {}],
		// A year in a name is only a year; these name no district (and are no reports: tests/corpus/settle.test.ts).
		['README-2024.md', {year: 2024}],
		['下载清单2024.txt', {year: 2024}],
		['xyz2024.txt', {year: 2024}],
		['全市2024年汇总.txt', {year: 2024}],
		['城区2023.txt', {year: 2023}],
		['东疆综合保税区2025年度法治政府建设情况报告.txt', {district: '东疆综合保税区', year: 2025}],
	])('%s → %o', (file, hints) => {
		expect(hintsFromName(file)).toEqual(hints);
	});
});

describe('a division named in pinyin with its parent or its level', () => {
	it.each([
		['028_yancheng_yandu_2024_noname.txt', {district: '江苏省盐城市盐都区', year: 2024}],
		['yueyang_yueyangxian_2022.txt', {district: '湖南省岳阳市岳阳县', year: 2022}],
		['jilin_jilinshi_2022.txt', {district: '吉林省吉林市', year: 2022}],
		['beijing-chaoyang-2023.html', {district: '北京市朝阳区', year: 2023}],
		['lijiang_city_2022.txt', {district: '云南省丽江市', year: 2022}],
		['hunan_province_2022.txt', {district: '湖南省', year: 2022}],
		['chongqing_province_2023.txt', {district: '重庆市', year: 2023}],
		// Postal and minority-language names in common use.
		['shaanxi_province_2022.txt', {district: '陕西省', year: 2022}],
		['kashgar_yecheng_2024.txt', {district: '新疆维吾尔自治区喀什地区叶城县', year: 2024}],
		// An autonomous prefecture by its short name (甘南 of 甘南藏族自治州), alone with its level or as a parent.
		['gannan_zhuoni_bureau_2024.txt', {district: '甘肃省甘南藏族自治州卓尼县', year: 2024}],
		['qiandongnan_prefecture_2021.txt', {district: '贵州省黔东南苗族侗族自治州', year: 2021}],
		// A city is a prefecture-level 市 where one is so named (铜仁市, not 同仁市 of Qinghai), else a county-level one
		// (文山市, not 文山州 around it).
		['tongren_city_2024.txt', {district: '贵州省铜仁市', year: 2024}],
		['wenshan_city_2022.txt', {district: '云南省文山壮族苗族自治州文山市', year: 2022}],
		// Near misses: a name alone is ambiguous (朝阳区 in Beijing and Changchun, 朝阳市, 潮阳区); shanxi is 山西 and
		// 陕西; a town (zhenanzhen) is no division the table holds, and its city alone is not the report's.
		['chaoyang-2023.html', {year: 2023}],
		['shanxi_province_2022.txt', {year: 2022}],
		['yunfu_zhenanzhen_2021.txt', {year: 2021}],
		['beijing_chaoyang_donghu_street_2024.txt', {year: 2024}],
		['tianjin_binhai_xinchengzhen_2025.txt', {year: 2025}],
		// jingdezhen is a city that ends like a town.
		['jingdezhen_changjiang_2022.txt', {district: '江西省景德镇市昌江区', year: 2022}],
		['notes_final_2024.txt', {year: 2024}],
	])('%s → %o', (file, hints) => {
		expect(hintsFromName(file)).toEqual(hints);
	});
});
