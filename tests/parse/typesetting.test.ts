import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseReport} from '../../source/parse/index.js';
import {eachFacts as each} from '../helpers/report.js';
import {settings} from '../helpers/typesetting.js';

// The same report reads the same however a web page or a PDF set its text: the facts of each seed, as
// [indicator, value], are the same after each way of setting it below.
const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds: Array<[string, string]> = readdirSync(seedsDir).sort().map(name => [name, readFileSync(new URL(name, seedsDir), 'utf8')]);

const factsOf = (text: string, file: string): string[] => parseReport(text, {file}).facts
	.filter(fact => !fact.derived)
	.map(fact => `${fact.indicator}=${fact.value}`)
	.sort();

const metadataOf = (text: string, file: string) => {
	const report = parseReport(text, {file});
	return {district: report.district, year: report.year};
};

describe('a report reads the same however its text was set', () => {
	for (const [setting, set] of Object.entries(settings)) {
		it.each(seeds)(`${setting}: %s`, (name, text) => {
			expect(factsOf(set(text), name)).toEqual(factsOf(text, name));
			expect(metadataOf(set(text), name)).toEqual(metadataOf(text, name));
		});
	}
});

describe('spaces and breaks pages and PDFs leave', () => {
	each([
		// A no-break space (&nbsp;), an en space or a zero-width space between a number and its measure word.
		['全年审结行政复议案件86\u00A0件。', [['reconsideration.closed', 86]]],
		['全年审结行政复议案件86\u2002件。', [['reconsideration.closed', 86]]],
		['全年审结行政复议案件86\u200B件。', [['reconsideration.closed', 86]]],
		// A space before the sign of a change: still a change, not a rate.
		['一审行政诉讼败诉率同比下降17.65 %。', []],
		['调解成功率达98%,同比上升2.1 个百分点。', [['disputes.mediation_success_rate', 98]]],
		// A space after a comma opens no new subject.
		['区政协提案委员会对收到的提案认真审查, 共立案82件。', [['oversight.cppcc_proposals', 82]]],
		// A space inside a word, between two ideographs, is read as none; near miss: the same words with no verb of
		// publishing to read.
		['区政府网站全年更 新并主动公 开各类政府信息2000余条。', [['transparency.disclosed', 2000]]],
		['区政府网站全年收 录各类政府信息2000余条。', []],
		// A sentence opening on 其中 on a line of its own still breaks down the total the line before ended on.
		['全年化解矛盾纠纷4043件。\n其中,人民调解2283件,行政调解673件。', [['disputes.mediated', 4043]]],
		// Near miss: a heading between them ends the total.
		['全年化解矛盾纠纷4043件。\n(三)加强行政调解\n其中,行政调解673件。', [['disputes.mediated', 4043], ['disputes.mediated', 673]]],
		// A paragraph opening on a numbered heading, hard-wrapped: its sentences read whole.
		['3.深化政务公开。全区主动公开政府信息2.1万条,区政府办理信息公开申请\n840件,被复议25件。', [['transparency.disclosed', 21000], ['transparency.requests', 840]]],
		// A line broken right after a verb, its figure opening the next, and a figure whose 万 ends its line.
		['全年新收行政复议申请612件,依法受理590件,审结\n571 件,其中调解结案80件。', [['reconsideration.received', 612], ['reconsideration.closed', 571]]],
		['全区开展普法活动300余场次,参与群众超过２１万\n人次。', [['education.events', 300], ['education.audience', 210_000]]],
		// Near miss: a heading's line whose title has not closed.
		['(二)行政复议案件审结\n571件。', []],
	]);

	it('reads a count the same with a space before the measure word of a count earlier in the sentence', () => {
		const body = '对报送的27件文件进行把关,并及时报备;共审查各类涉法事务并出具合法性审查意见书16份,审查合同52件。';
		const spaced = body.replaceAll(/(\d)(?=[件份])/gu, '$1 ');
		const reading = (text: string) => factsOf(`某某区人民政府2024年法治政府建设年度情况报告\n${text}\n`, 'test.txt');
		expect(reading(spaced)).toEqual(reading(body));
		expect(reading(body)).toEqual(['decisions.legality_reviews=52']);
	});

	it('joins a hard break after a heading whose title closed on a colon, its prose running on', () => {
		const line = '(一)主动公开政府信息的数量:2024年度全区共主动公开政府信息(公文平台发文)113条,政府网站公开信息数71条。';
		const reading = (text: string) => factsOf(`某某区人民政府2024年政府信息公开工作年度报告\n${text}\n`, 'test.txt');
		expect(line.indexOf('文)113')).toBe(38);
		expect(reading(`${line.slice(0, 38)}\n${line.slice(38)}`)).toEqual(reading(line));
		expect(reading(line)).toContain('transparency.disclosed=113');
	});

	it('joins a figure broken from its verb after a heading whose title closed on a space, its prose running on', () => {
		const line = '二、主动公开政府信息情况 根据《条例》要求,2024年度共新增主动公开政府信息226条,其中通过政府网站公开131条。';
		const reading = (text: string) => factsOf(`某某区人民政府2024年政府信息公开工作年度报告\n${text}\n`, 'test.txt');
		expect(reading(line.replace('信息226', '信息\n226'))).toEqual(reading(line));
		expect(reading(line)).toEqual(['transparency.disclosed=226']);
		// Near miss: a space right after the marker closes no title.
		expect(reading('二、 主动公开政府信息\n226条。')).toEqual([]);
	});

	it('names a town speaking in its own voice the same with a space after each comma', () => {
		const text = '2025年以来,在县委、县政府的坚强领导下,我镇政府坚持依法行政,打造法治示范镇。\n一、主要举措\n禾丰镇深入推进依法行政。';
		expect(metadataOf(text.replaceAll(',', ', '), 'test.txt').district).toEqual(metadataOf(text, 'test.txt').district);
		expect(metadataOf(text, 'test.txt').district).toMatchObject({name: '禾丰镇', code: null});
	});

	it('keeps the change when a space stands before the measure word of last year\'s count', () => {
		const report = parseReport('某某区人民政府2024年法治政府建设年度情况报告\n全年收到行政复议申请205 件,与去年177 件相比上升16 %。\n', {file: 'test.txt'});
		expect(report.facts.find(fact => fact.indicator === 'reconsideration.received')).toMatchObject({value: 205, yoy: {kind: 'pct', value: 16}});
	});

	it('keeps the change of a rate when a space stands before 个百分点', () => {
		const report = parseReport('某某区人民政府2024年法治政府建设年度情况报告\n调解成功率达98%,同比上升2.1 个百分点。\n', {file: 'test.txt'});
		expect(report.facts.find(fact => fact.indicator === 'disputes.mediation_success_rate')?.yoy).toMatchObject({kind: 'pp', value: 2.1});
	});
});
