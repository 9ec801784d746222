import {describe, expect, test} from 'vitest';
import type {Line} from '../../source/parse/lines.js';
import {readMetadata} from '../../source/parse/metadata/index.js';

// The year under review, as the report states it: not the year it was published, not a site's date, not
// the year of an earlier report it cites. Made-up text.

const lines = (text: string): Line[] => text.split('\n').map((line, i) => ({text: line, line: i + 1}));
const year = (text: string, hints = {}) => readMetadata(lines(text), hints).year;

describe('year under review', () => {
	test.each([
		['静海区2023年度法治政府建设情况报告\n发布日期:2024-01-30\n2023年,静海区坚持依法行政。', 2023],
		['今天是:2019年10月31日 星期三\n2020年静海区法治政府建设情况报告\n2020年,静海区坚持依法行政。', 2020],
		['二〇二三年度法治政府建设工作报告\n全区坚持依法行政。', 2023],
		['东乌旗人民政府关于2015-2020年度法治政府建设有关情况的报告\n全旗坚持依法行政。', 2020],
		['朝阳区落实法治政府建设实施纲要(2021—2025年)2022年度情况报告\n全区坚持依法行政。', 2022],
	])('from the title: %s', (text, expected) => {
		expect(year(text)).toBe(expected);
	});

	test('page text before the opening does not hide its year', () => {
		const text = '更换或升级浏览器以获得最佳体验。\n当前浏览器版本过低,建议您升级。\n2024年,两江新区坚持依法行政。\n一、主要工作';
		expect(year(text)).toBe(2024);
	});

	test('an opening may state a maxim before its year', () => {
		expect(year('法治是治国理政的基本方式。2022年,全县坚持依法行政。\n一、主要工作')).toBe(2022);
	});

	test('an opening item\'s marker may stand before its year (一是2023年,…)', () => {
		expect(year('一是2023年,全区新收行政复议案件75件。\n2022年经复议后进入诉讼的案件18件。\n二是加强应诉。')).toBe(2023);
	});

	test('a dateline is not the year; the report naming itself is', () => {
		expect(year('2024年1月,区政府召开常务会议。现将我区2023年度法治政府建设情况报告如下。\n一、主要工作')).toBe(2023);
	});

	test('an earlier year in the opening, after the report\'s own, is an award\'s', () => {
		expect(year('2023年,高新区坚持依法行政。2022年平安建设考评获优秀等次。\n一、主要工作')).toBe(2023);
	});

	test('a cited earlier report is not the year; a file name fills in only when the text says none', () => {
		const text = '区政府常务会议审议《2022年度法治政府建设情况报告》。\n一、主要工作';
		expect(year(text)).toBeNull();
		const hinted = readMetadata(lines(text), {year: 2023});
		expect(hinted).toMatchObject({year: 2023, origin: {year: 'filename'}});
		expect(readMetadata(lines(`2023年,全区坚持依法行政。\n${text}`), {year: 2019})).toMatchObject({year: 2023, origin: {year: 'text'}});
	});
});

describe('years stated outside the lead, and spans', () => {
	const year = (text: string) => readMetadata(text.split('\n').map((line, i) => ({text: line, line: i + 1}))).year;

	test('a trend since a year is a span\'s start; a later year-led sentence wins', () => {
		expect(year('2016年以来,全省行政机关纠错率逐年上升。2021年全省法院审结行政案件1200件。\n一、主要情况')).toBe(2021);
		expect(year('2016年以来,全省行政机关纠错率逐年上升,行政争议持续减少。\n一、主要情况')).toBeNull();
		// An event of the span's first year between the year and 以来.
		expect(year('2019年机构改革以来,县司法局办理复议案件逐年增加。2023年办理96件。\n一、主要情况')).toBe(2023);
		expect(year('2019年机构改革以来,县司法局办理复议案件逐年增加。\n一、主要情况')).toBeNull();
	});

	test('a sentence telling a figure a year, three years or more in order, reports on the last', () => {
		expect(year('近三年来,工伤认定案件占比居高不下。2021年占比为20.9%,2022年占比为33.2%,2023年占比39.8%。\n一、主要情况')).toBe(2023);
		// Near misses: a comparison with the year before, and two years only.
		expect(year('2023年,全区收到复议申请120件,较2022年增长10%。\n一、主要情况')).toBe(2023);
		expect(year('2021年受理案件80件,2022年受理案件95件。\n一、主要情况')).toBe(2021);
	});

	test('a span that goes on to a later year reports on the latest it names, not on a target year', () => {
		expect(year('2018年以来,全市行政机关败诉率分别为15.1%、12.3%,2022年全市法院审结行政一审案件中行政机关败诉320件。\n一、主要情况')).toBe(2022);
		expect(year('2019年机构改革以来,县司法局办理复议案件,其中2019年办理4件,2023年办理96件,逐年增加。\n一、主要情况')).toBe(2023);
		expect(year('2018年以来,全市坚持依法行政,到2025年力争败诉率降至5%以下。\n一、主要情况')).toBe(2018);
	});

	test('a span opening with no trend still names its year when nothing else does', () => {
		expect(year('2023年以来,在县委的领导下,县政府坚持依法行政。\n一、主要举措')).toBe(2023);
	});

	test('the report handing over its year: 现将…总结如下', () => {
		expect(year('区委依法治区办:\n在区委的领导下,街道扎实推进依法行政。现将2024年工作情况总结如下:\n一、主要工作')).toBe(2024);
		expect(year('按照工作部署,现对2022年所做工作总结如下。\n一、主要工作')).toBe(2022);
		// Paired with next year's plan, the review's year is the first.
		expect(year('今年以来,我县坚持依法行政。现将2023年度我县法治政府建设情况总结和2024年工作计划如下。\n一、工作开展情况')).toBe(2023);
	});

	test('news of the report being published names its year', () => {
		expect(year('本报讯(记者 王某)2021年某省法治政府建设报告日前发布。去年,全省审结复议案件300件。')).toBe(2021);
		expect(year('(记者 李某)4月2日,《某省人民政府2019年法治政府建设情况报告》(以下简称《报告》)正式发布。')).toBe(2019);
	});

	test('a report that says last year\'s report was published is not that year\'s', () => {
		expect(year('按照要求,区政府2022年法治政府建设年度报告已按时公布。\n一、主要工作')).toBeNull();
	});

	test('a range inside a cited title does not veto a year stated elsewhere', () => {
		expect(year('根据《法治社会建设实施纲要(2020—2025年)》要求,街道扎实推进法治建设。现将2023年工作报告如下:\n一、主要工作')).toBe(2023);
	});

	test('a cited report\'s year is still not the report\'s own', () => {
		expect(year('区政府常务会议审议了《2019年法治政府建设情况报告》,按要求报送。\n一、主要工作')).toBeNull();
	});
});

describe('a page that starts at its first heading', () => {
	test('the first sentence under that heading, led by a year, is the year', () => {
		expect(year('一、收案情况\n2023年共收到行政复议申请88件,同比增长12%。\n二、审理情况\n审结80件。')).toBe(2023);
	});

	test('a span or a dated event there is not', () => {
		expect(year('一、基本情况\n2019年以来,行政复议案件逐年增加。\n二、审理情况')).toBeNull();
		expect(year('一、工作动态\n2023年5月8日,区司法局召开会议。\n二、审理情况')).toBeNull();
	});

	test('an opening before the first heading is still read first', () => {
		expect(year('全区坚持依法行政。\n一、收案情况\n2022年共收到行政复议申请40件。')).toBeNull();
	});
});


describe('a yearbook entry led by its label', () => {
	test('the year and the subject after 【概况】 or 概述', () => {
		const entry = '依法治区\n【概况】 2021 年, 青禾区深入学习贯彻习近平法治思想,推进法治政府建设。\n【依法行政】全年审查规范性文件12件。';
		expect(readMetadata(lines(entry))).toMatchObject({year: 2021});
		const summary = '政府法制建设\n发布日期: 2017-05-10\n概述 2015年,桐乡市法治政府建设工作成效明显,被授予“嘉兴市法治政府建设先进单位”称号。';
		expect(readMetadata(lines(summary))).toMatchObject({year: 2015, district: {name: '桐乡市', code: '330483'}});
	});

	test('a label before no year stays part of its line', () => {
		expect(year('概况介绍\n全区坚持依法行政。')).toBeNull();
	});
});

describe('two titles that disagree', () => {
	test('the one whose year the opening leads with is the report\'s (a mirror site\'s page title above it)', () => {
		expect(year('县 2022 年法治政府建设工作总结\n\n县2019年法治政府建设工作总结\n\n2019年,我县法治政府建设工作在市委、市政府的正确领导下稳步推进。\n一、主要工作')).toBe(2019);
		// Near misses: an opening that leads with neither year leaves the first title's; one title alone stands.
		expect(year('县 2022 年法治政府建设工作总结\n\n县2019年法治政府建设工作总结\n\n一年来,我县法治政府建设工作稳步推进。\n一、主要工作')).toBe(2022);
		expect(year('县2022年法治政府建设工作总结\n\n2021年,我县法治政府建设工作稳步推进。\n一、主要工作')).toBe(2022);
	});
});

describe('an opening set a sentence a line', () => {
	test('is read past its fifth line while its lines are short', () => {
		const text = '各科室:\n依据有关规定,我局制定了本报告。\n现予印发。\n请认真贯彻落实。\n特此通知。\n附件如下。\n2019年,我局坚持依法行政,推进执法规范化。\n一、主要工作';
		expect(year(text)).toBe(2019);
		// Near miss: past five long lines, a year further down is no longer the opening's.
		const long = '依据有关规定,我局结合本单位实际,认真梳理了全年的行政执法工作和法治宣传教育工作,现将有关情况整理如下,供局机关各科室、各所、各稽查大队参考学习。\n'.repeat(5);
		expect(year(long + '2019年,我局坚持依法行政,推进执法规范化。\n一、主要工作')).toBeNull();
	});
});
