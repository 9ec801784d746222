import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fits, misfit} from '../../source/parse/facts/classify.js';
import {rules} from '../../source/parse/facts/rules/index.js';
import {explainReport, keptAsFigure, type Entry} from '../../source/parse/explain/index.js';
import type {ParseTrace, TracedQuantity} from '../../source/parse/explain/trace.js';
import {parseReport} from '../../source/parse/index.js';

// A report written for this test: each line states one kind of number the trace must explain.
const text = [
	'某某区人民政府2024年法治政府建设年度情况报告',
	'一、2024年法治政府建设主要举措和成效',
	'区政府高度重视行政机关负责人出庭工作,全年出庭应诉41人次。',
	'全区植树3000棵。',
	'尚有5件行政复议案件未审结。',
	'2023年受理行政复议案件120件。',
	'全年受理行政复议申请300件,同比增长10%。',
	'召开第3次全体会议,开通12345热线,于2024年3月15日印发《关于做好20项重点工作的通知》。',
	'全年共收到行政复议申请210件,其中受理195件。',
	'力争全区矛盾纠纷调解成功率达到98%。',
	'二、2025年工作计划',
	'力争办理行政复议案件200件。',
].join('\n');

const {report, entries} = explainReport(text, {file: 'test.txt'});
const at = (line: number, expression: string): Entry | undefined => entries.find(entry => entry.line === line && entry.expression === expression);

describe('explainReport on a written report', () => {
	it('lists every number expression in file order', () => {
		expect(entries.map(entry => `L${entry.line} ${entry.expression}`)).toEqual([
			'L1 2024年',
			'L2 2024年',
			'L3 41人次',
			'L4 3000棵',
			'L5 5件',
			'L6 2023年',
			'L6 120件',
			'L7 300件',
			'L7 同比增长10%',
			'L8 第3次',
			'L8 12345',
			'L8 2024年3月15日',
			'L8 20项',
			'L9 210件',
			'L9 195件',
			'L10 98%',
			'L11 2025年',
			'L12 200件',
		]);
	});

	it('names the rule of a fact and the words it matched, with where its topic stood', () => {
		expect(at(3, '41人次')).toMatchObject({outcome: {kind: 'fact', indicator: 'litigation.head_appearances'}, why: 'rule: 出庭 + 负责人 (sentence)'});
		expect(at(7, '300件')).toMatchObject({outcome: {kind: 'fact', indicator: 'reconsideration.received'}, why: 'rule: 受理 + 复议'});
		expect(report.facts.find(fact => fact.match === '41人次')?.why).toBe('出庭 + 负责人 (sentence)');
	});

	it('says why a figure is no fact: no rule for its unit, or the rule that came near and what ruled it out', () => {
		expect(at(4, '3000棵')).toMatchObject({outcome: {kind: 'figure'}, why: 'no rule counts 棵'});
		expect(at(5, '5件')!.outcome).toEqual({kind: 'figure'});
		expect(at(5, '5件')!.why).toContain('reconsideration.closed: 审结 but not 尚');
	});

	it('sets aside years, dates, ordinals, names in quotes and bare numbers, saying which', () => {
		expect(at(1, '2024年')).toMatchObject({outcome: {kind: 'excluded', by: 'year'}});
		expect(at(8, '2024年3月15日')).toMatchObject({outcome: {kind: 'excluded', by: 'date'}});
		expect(at(8, '第3次')).toMatchObject({outcome: {kind: 'excluded', by: 'ordinal'}});
		expect(at(8, '20项')).toMatchObject({outcome: {kind: 'excluded', by: 'quoted'}});
		expect(at(8, '12345')).toMatchObject({outcome: {kind: 'excluded', by: 'no-unit'}});
	});

	it('sets aside a plan and another year\'s figure, naming the plan section and the year', () => {
		expect(at(12, '200件')).toMatchObject({outcome: {kind: 'excluded', by: 'plan'}});
		expect(at(12, '200件')!.why).toContain('2025年工作计划');
		expect(at(6, '120件')).toMatchObject({outcome: {kind: 'excluded', by: 'other-year'}, why: 'other year: 2023年 (kept as a figure)'});
	});

	it('sets aside what classify reads as no fact: a sub-total after 其中, a target', () => {
		expect(at(9, '210件')).toMatchObject({outcome: {kind: 'fact', indicator: 'reconsideration.received'}});
		expect(at(9, '195件')).toMatchObject({outcome: {kind: 'excluded', by: 'sub-total'}});
		expect(at(9, '195件')!.why).toBe('reconsideration.received, but a part of 210件 before it (其中…): a sub-total (kept as a figure)');
		expect(at(10, '98%')).toMatchObject({outcome: {kind: 'excluded', by: 'target'}});
	});

	it('gives a change to the figure before it', () => {
		expect(at(7, '同比增长10%')).toMatchObject({outcome: {kind: 'change', of: '300件'}});
	});

	it('says a line several bodies each passed is no count', () => {
		const {entries: lines} = explainReport('某某区2024年法治政府建设年度报告\n全区有6个街道收到行政复议申请超过50件。', {file: 'bodies.txt'});
		const line = lines.find(entry => entry.expression === '超过50件');
		expect(line).toMatchObject({outcome: {kind: 'excluded', by: 'bound'}});
		expect(line!.why).toBe('a line each of the bodies counted before it passed (超过50件), not a count (kept as a figure)');
	});

	it('says a figure a list of those above it is told by is no figure of its own', () => {
		const {entries: lines} = explainReport('某某区2024年法治政府建设年度报告\n出庭应诉率超过60%的有甲、乙等5个县。', {file: 'line.txt'});
		const line = lines.find(entry => entry.expression === '超过60%');
		expect(line).toMatchObject({outcome: {kind: 'excluded', by: 'bound'}});
		expect(line!.why).toBe('the line a list of those above or below it is told by (超过60%的有…), not a figure of its own (kept as a figure)');
	});

	it('says a measure word a rule counts only before its noun stood after it', () => {
		const {entries: lines} = explainReport('某某区2024年法治政府建设年度报告\n全年通过“一件事”集成服务办成一件事3.2万件。', {file: 'noun.txt'});
		const line = lines.find(entry => entry.expression === '3.2万件');
		expect(line).toMatchObject({outcome: {kind: 'figure'}});
		expect(line!.why).toContain('services.one_thing: counts 件 only before its noun');
	});

	it('says reforms and honours are no count of what an indicator counts', () => {
		const {entries: lines} = explainReport('某某区2024年法治政府建设年度报告\n乡镇合法性审查质效提升等3项改革获评全市优秀项目。', {file: 'reforms.txt'});
		expect(lines.find(entry => entry.expression === '3项')).toMatchObject({outcome: {kind: 'excluded', by: 'achievements'}});
	});

	it('says an indefinite number (数十) is no amount', () => {
		const {entries: lines} = explainReport('某某区2024年法治政府建设年度报告\n开展普法宣传活动数十场次。', {file: 'several.txt'});
		expect(lines.find(entry => entry.expression.includes('十场次'))).toMatchObject({outcome: {kind: 'excluded', by: 'indefinite'}});
	});

	it('says where a move started is not the value it reached', () => {
		const {entries: lines} = explainReport('某某区2024年法治政府建设年度报告\n行政机关负责人出庭应诉率从85%提升至100%。', {file: 'moved.txt'});
		expect(lines.find(entry => entry.expression === '85%')).toMatchObject({outcome: {kind: 'excluded', by: 'start'}});
		expect(lines.find(entry => entry.expression === '100%')).toMatchObject({outcome: {kind: 'fact', indicator: 'litigation.head_appearance_rate'}});
	});

	it('parses the report exactly as parseReport does', () => {
		expect(report).toEqual(parseReport(text, {file: 'test.txt'}));
	});
});

const seeds = readdirSync(new URL('../../seeds/', import.meta.url)).sort();
const seedText = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe.each(seeds)('explain on %s', name => {
	const seed = explainReport(seedText(name), {file: name});

	it('has an entry for every fact, in the report\'s order, with the fact\'s why', () => {
		const facts = seed.entries.filter(entry => entry.outcome.kind === 'fact');
		const reported = seed.report.facts.filter(fact => fact.derived === null);
		expect(facts.map(entry => [entry.line, entry.expression, entry.outcome])).toEqual(reported.map(fact => [fact.line, fact.match, {kind: 'fact', indicator: fact.indicator}]));
		for (const [i, fact] of reported.entries()) {
			expect(facts[i]!.why.startsWith(`rule: ${fact.why}`)).toBe(true);
		}
	});

	it('has an entry for every figure, and each entry\'s expression stands on its line', () => {
		// A plan's figure, another year's, a target, a sub-total… are set aside as facts but kept as figures.
		const kept = seed.entries.filter(entry => keptAsFigure(entry.outcome));
		expect(kept.map(entry => [entry.line, entry.expression])).toEqual(seed.report.figures.map(figure => [figure.line, figure.match]));
		const lines = seedText(name).split(/\r?\n/u);
		for (const entry of seed.entries) {
			expect(lines[entry.line - 1], `L${entry.line} ${entry.expression}`).toContain(entry.expression);
		}
	});

	it('tells of the same rules classify tries: misfit is null exactly when a rule fits', () => {
		const heard: TracedQuantity[] = [];
		const trace: ParseTrace = {sentence: () => ({rejected() {}, dropped() {}, change() {}}), quantity: traced => heard.push(traced)};
		parseReport(seedText(name), {trace});
		for (const {quantity, words} of heard) {
			for (const rule of rules.filter(rule => rule.units.includes(quantity.unit))) {
				expect(misfit(rule, words) === null, `${rule.indicator} on ${quantity.text}`).toBe(fits(rule, quantity.unit, words));
			}
		}
	});
});

describe('a span of years opening a later clause', () => {
	it('names the span in the reason', () => {
		const {entries: spanEntries} = explainReport('某某省2024年法治政府建设情况报告\n记者从座谈会上获悉,近5年来,全省办理法律援助案件41万件。\n', {file: 'span.txt'});
		expect(spanEntries.find(entry => entry.expression === '41万件')).toMatchObject({
			outcome: {kind: 'excluded', by: 'other-year'},
			why: 'another period opens a clause before it: "近5年来" (kept as a figure)',
		});
	});
});
