import {describe, expect, it} from 'vitest';

import {type Document, hintsFromName, toDocument} from '../../source/load/index.js';
import {notAReportReason, settleDocument} from '../../source/corpus/settle.js';

/** A file as the loader hands it over: its text, and the hints its name gives. */
function document(file: string, text: string): Document {
	const loaded = toDocument(file, new TextEncoder().encode(text), hintsFromName(file));
	if ('reason' in loaded) throw new Error(loaded.reason);
	return loaded;
}

describe('what the text says decides whether a file is a report; its name only fills in', () => {
	it.each([
		['README-2024.md', '# Notes\n\nBuild with npm, then run the tests.\n'],
		['下载清单2024.txt', '附件下载清单\n1. 表格一.xlsx\n2. 说明文档.pdf\n'],
		['xyz2024.txt', 'lorem ipsum dolor sit amet\n'],
		['朝阳区2023.txt', '购物清单:鸡蛋、牛奶、三个苹果。\n'],
	])('%s with no report in it is skipped', (file, text) => {
		expect(settleDocument(document(file, text))).toEqual({skipped: {file, reason: notAReportReason}, stage: 'parse'});
	});

	it('a report whose text never names its district takes it from the file name', () => {
		const outcome = settleDocument(document('北京市朝阳区2023.txt', '2023年,全区坚持依法行政,扎实推进法治政府建设。\n一、主要举措\n推进政务公开。\n'));
		expect(outcome).toMatchObject({
			report: {district: {name: '朝阳区', code: '110105'}, year: 2023, origin: {district: 'filename', year: 'text'}},
		});
	});

	it('a report that names neither its district nor its year, but speaks of building a rule-of-law government, takes both from a pinyin file name', () => {
		const outcome = settleDocument(document('028_yancheng_yandu_2024.txt', '今年以来,在市委、市政府领导下,我区深入推进法治政府建设,依法全面履行政府职能。\n'));
		expect(outcome).toMatchObject({
			report: {district: {name: '盐都区', code: '320903'}, year: 2024, origin: {district: 'filename', year: 'filename'}},
		});
	});

	it.each([
		// A town's report filed under its county's name, a district's under its city's: the name is not the report's.
		['yancheng_jianhu_2024.txt', '今年以来,我镇深入推进法治政府建设,依法全面履行政府职能。\n'],
		['yancheng_city_2024.txt', '今年以来,在市委、市政府领导下,我区深入推进法治政府建设。\n'],
	])('%s: a report speaking as another level than its file name\'s place keeps its district unknown', (file, text) => {
		expect(settleDocument(document(file, text))).toMatchObject({report: {district: {name: null, code: null}, year: 2024}});
	});

	it('a report whose text never states its year takes it from the file name', () => {
		const outcome = settleDocument(document('report-2022.txt', '城阳区坚持依法行政,扎实推进法治政府建设。\n一、主要举措\n推进政务公开。\n'));
		expect(outcome).toMatchObject({
			report: {district: {name: '城阳区', code: '370214'}, year: 2022, origin: {district: 'text', year: 'filename'}},
		});
	});
});
