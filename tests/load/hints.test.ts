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
