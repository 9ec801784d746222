import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {parseReport} from '../../source/parse/index.js';
import type {Section} from '../../source/parse/types.js';

const seed = (name: string) => parseReport(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8'), {file: name});
const summary = (sections: Section[]): unknown => sections.map(section => [section.title, section.kind, ...(section.children.length > 0 ? [summary(section.children)] : [])]);

describe('outline', () => {
	it('builds the four heading styles into a tree', () => {
		const report = parseReport([
			'某区2024年法治政府建设年度报告',
			'一、2024年法治政府建设主要举措和成效',
			'(一)依法全面履行政府职能',
			'1.深化改革。上线112个服务。',
			'2.优化营商环境。一是调整权责清单。二是推进职能转变。',
			'(二)依法决策',
			'二、存在的不足',
			'一是执法能力有待提升。二是宣传针对性不强。',
			'三、2025年工作思路',
			'(一)坚持牵头抓总。',
		].join('\n'));
		expect(summary(report.outline)).toEqual([
			['2024年法治政府建设主要举措和成效', 'results', [
				['依法全面履行政府职能', 'results', [
					['深化改革', 'results'],
					['优化营商环境', 'results', [['调整权责清单', 'results'], ['推进职能转变', 'results']]],
				]],
				['依法决策', 'results'],
			]],
			['存在的不足', 'shortcomings', [['执法能力有待提升', 'shortcomings'], ['宣传针对性不强', 'shortcomings']]],
			['2025年工作思路', 'plans', [['坚持牵头抓总', 'plans']]],
		]);
		expect(report.shortcomings).toEqual(['一是执法能力有待提升。', '二是宣传针对性不强。']);
		expect(report.plans).toEqual(['(一)坚持牵头抓总。']);
	});

	it('reads a title in lenticular brackets, alone or leading its paragraph, as a heading whose words are the section\'s', () => {
		const report = parseReport([
			'某县2024年法治政府建设年度报告',
			'【公共法律服务】 建成县乡村三级服务平台,提升热线接通率。全年解答咨询2.3万次。',
			'【行政复议】',
			'全年收到行政复议申请86件。',
			'【下一步工作打算】 力争全年开展普法活动500场。',
		].join('\n'));
		expect(summary(report.outline)).toEqual([['公共法律服务', 'results'], ['行政复议', 'results'], ['下一步工作打算', 'plans']]);
		expect(report.outline.map(section => section.style)).toEqual(['bracket', 'bracket', 'bracket']);
		// 解答咨询 names no law by itself: the title gives it its topic. The plan's figure is no result.
		expect(report.facts.map(fact => [fact.indicator, fact.value])).toEqual([['legal_services.consultations', 23_000], ['reconsideration.received', 86]]);
	});

	it('takes no page furniture or document number in lenticular brackets for a heading', () => {
		const report = parseReport([
			'某县2024年法治政府建设年度报告',
			'【来源:某县司法局】 【打印】',
			'【2024】12号',
			'全年解答咨询2.3万次。',
		].join('\n'));
		expect(report.outline).toEqual([]);
		expect(report.facts).toEqual([]);
	});

	it('opens the plans at their title set on a line of its own without a marker', () => {
		const report = parseReport([
			'某区2024年法治政府建设年度报告',
			'一、主要举措和成效',
			'(一)化解行政争议',
			'全年收到行政复议申请120件。',
			'下一步工作打算',
			'一、深化复议体制改革。力争行政复议纠错率控制在8%以内,全年开展普法活动300场。',
		].join('\n'));
		expect(summary(report.outline)).toEqual([
			['主要举措和成效', 'results', [['化解行政争议', 'results']]],
			['下一步工作打算', 'plans', [['深化复议体制改革', 'plans']]],
		]);
		expect(report.outline[1]!.style).toBe('title');
		expect(report.facts.map(fact => [fact.indicator, fact.value])).toEqual([['reconsideration.received', 120]]);
		expect(report.plans).toEqual(['一、深化复议体制改革。', '力争行政复议纠错率控制在8%以内,全年开展普法活动300场。']);
	});

	it('takes a year\'s title without a marker for the plans only when the year is later than the report\'s', () => {
		const later = parseReport('某区2024年法治政府建设年度报告\n2025年工作思路\n全年开展普法活动300场。\n');
		expect(later.facts).toEqual([]);
		// A text with no year of its own: the title is a plan.
		const yearless = parseReport('某区法治政府建设情况\n2025年工作思路\n全年开展普法活动300场。\n');
		expect(yearless.year).toBeNull();
		expect(yearless.facts).toEqual([]);
		// Near misses: the report's own year, and a line that only names results.
		const same = parseReport('某区2024年法治政府建设年度报告\n2024年工作计划\n全年开展普法活动300场。\n');
		expect(same.facts.map(fact => fact.value)).toEqual([300]);
		const results = parseReport('某区2024年法治政府建设年度报告\n主要工作成效\n全年开展普法活动300场。\n');
		expect(results.outline).toEqual([]);
		expect(results.facts.map(fact => fact.value)).toEqual([300]);
	});

	it('classifies the sections of a real report', () => {
		const top = seed('003_6fb21ec396b5b360.txt').outline.map(section => [section.title, section.kind]);
		expect(top).toEqual([
			['2020年法治政府建设主要举措和成效', 'results'],
			['2020年法治政府建设存在的不足和原因', 'shortcomings'],
			['2020年区党政主要负责同志履行推进法治建设第一责任人职责情况', 'duties'],
			['2021年推进法治政府建设的主要安排', 'plans'],
		]);
	});

	it('recognises honours and an untitled plan section by its words', () => {
		const kinds = seed('002_1867eea4f21729fd.txt').outline.map(section => section.kind);
		expect(kinds).toEqual(['duties', 'results', 'shortcomings', 'plans', 'honours']);
		expect(seed('001_52704d554b0368b2.txt').outline.map(section => section.kind)).toEqual(['results', 'shortcomings', 'plans']);
	});

	it('takes a title on how a plan was carried out for results, and the plan itself for plans', () => {
		const report = parseReport([
			'某区2024年政务公开工作年度报告',
			'一、《某区2024年政务公开工作要点》落实情况',
			'全年审核区政府规范性文件8件。',
			'二、2025年政务公开工作要点',
			'全年审核区政府规范性文件10件。',
		].join('\n'));
		expect(report.outline.map(section => section.kind)).toEqual(['results', 'plans']);
		expect(report.facts.map(fact => fact.value)).toEqual([8]);
	});
});
