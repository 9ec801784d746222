import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseReport} from '../../source/parse/index.js';
import {eachFacts as each} from '../helpers/report.js';

// The same report reads the same however a web page or a PDF set its text: the facts of each seed, as
// [indicator, value], are the same after each way of setting it below.
const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds: Array<[string, string]> = readdirSync(seedsDir).sort().map(name => [name, readFileSync(new URL(name, seedsDir), 'utf8')]);

/** , ; : ( ) ! ? in full width: a half-width character plus 0xFEE0. */
function toFullWidthPunctuation(text: string): string {
	return text.replace(/[,;:()!?]/gu, mark => String.fromCharCode(mark.charCodeAt(0) + 0xFEE0));
}

function hardBreaks(text: string): string {
	return text.split('\n').map(line => (line.length > 38 ? line.match(/.{1,38}/gu)!.join('\n') : line)).join('\n');
}

/** A PDF's page break after every 8 lines, wherever it falls: its number, or a form feed, on a line of its own. */
function withPageNumbers(text: string, mark: (page: number) => string): string {
	return text.split('\n').map((line, i) => (i % 8 === 7 ? `${line}\n${mark((i + 1) / 8)}` : line)).join('\n');
}

const settings: Record<string, (text: string) => string> = {
	'full-width digits': text => text.replace(/\d/gu, digit => String.fromCharCode(digit.charCodeAt(0) + 0xFEE0)),
	'full-width percent signs': text => text.replace(/%/gu, '％'),
	// The seeds are set with half-width punctuation, as the pages they came from were; most reports use full width.
	'full-width punctuation': text => toFullWidthPunctuation(text),
	'a space after each comma': text => text.replace(/,/gu, ', '),
	'a space before each measure word': text => text.replace(/(\d)(件|人次|次|场|项|条|名|人|%)/gu, '$1 $2'),
	'a no-break space before each measure word (&nbsp;)': text => text.replace(/(\d)(件|人次|次|场|项|条|名|人)/gu, '$1\u00A0$2'),
	'a zero-width space before each measure word': text => text.replace(/(\d)(件|人次|次|场|项|条|名|人)/gu, '$1\u200B$2'),
	'thousands separators': text => text.replace(/(?<![\d.])(\d{1,3})(\d{3})(?![\d.年])/gu, '$1,$2'),
	'Windows line ends': text => text.replace(/\n/gu, '\r\n'),
	'indented paragraphs': text => text.replace(/^/gmu, '\u3000\u3000'),
	'each sentence on a line of its own': text => text.replace(/。(?!\n)/gu, '。\n'),
	'a hard break every 38 characters, as a PDF copied': hardBreaks,
	'full-width punctuation and a hard break every 38 characters': text => hardBreaks(toFullWidthPunctuation(text)),
	'as above, with a page number after every 8 lines': text => withPageNumbers(hardBreaks(toFullWidthPunctuation(text)), page => `— ${page} —`),
	'as above, with a form feed after every 8 lines': text => withPageNumbers(hardBreaks(toFullWidthPunctuation(text)), () => '\f'),
};

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
		// A sentence opening on 其中 on a line of its own still breaks down the total the line before ended on.
		['全年化解矛盾纠纷4043件。\n其中,人民调解2283件,行政调解673件。', [['disputes.mediated', 4043]]],
		// Near miss: a heading between them ends the total.
		['全年化解矛盾纠纷4043件。\n(三)加强行政调解\n其中,行政调解673件。', [['disputes.mediated', 4043], ['disputes.mediated', 673]]],
		// A paragraph opening on a numbered heading, hard-wrapped: its sentences read whole.
		['3.深化政务公开。全区主动公开政府信息2.1万条,区政府办理信息公开申请\n840件,被复议25件。', [['transparency.disclosed', 21000], ['transparency.requests', 840]]],
	]);

	it('keeps the change when a space stands before the measure word of last year\'s count', () => {
		const report = parseReport('某某区人民政府2024年法治政府建设年度情况报告\n全年收到行政复议申请205 件,与去年177 件相比上升16 %。\n', {file: 'test.txt'});
		expect(report.facts.find(fact => fact.indicator === 'reconsideration.received')).toMatchObject({value: 205, yoy: {kind: 'pct', value: 16}});
	});

	it('keeps the change of a rate when a space stands before 个百分点', () => {
		const report = parseReport('某某区人民政府2024年法治政府建设年度情况报告\n调解成功率达98%,同比上升2.1 个百分点。\n', {file: 'test.txt'});
		expect(report.facts.find(fact => fact.indicator === 'disputes.mediation_success_rate')?.yoy).toMatchObject({kind: 'pp', value: 2.1});
	});
});
