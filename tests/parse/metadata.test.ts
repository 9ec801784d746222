import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {Line} from '../../source/parse/lines.js';
import {parseReport} from '../../source/parse/index.js';
import {readMetadata} from '../../source/parse/metadata/index.js';
import {cityOf, divisionsNamed, fullNameOf, gazetteer} from '../../source/parse/metadata/divisions.js';
import {FORMER, GAZETTEER} from '../../source/parse/metadata/gazetteer.js';

/** Numbered lines as the cleaner hands them over. */
const lines = (text: string): Line[] => text.split(/\r?\n/u).map((line, i) => ({text: line, line: i + 1}));
const read = (text: string, hints = {}) => readMetadata(lines(text), hints);

type Gold = {
	file: string;
	district: string;
	fullName: string;
	province: string;
	code: string | null;
	year: number;
	published?: string;
};
const gold = JSON.parse(
	readFileSync(new URL('../fixtures/gold/seeds.json', import.meta.url), 'utf8'),
) as {reports: Gold[]};

describe('seeds', () => {
	test.each(gold.reports.map(report => [report.file, report]))('%s', (file, expected) => {
		const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
		const metadata = read(text);
		expect(metadata.district).toMatchObject({
			name: expected.district,
			fullName: expected.fullName,
			province: expected.province,
			code: expected.code,
		});
		expect(metadata.year).toBe(expected.year);
		expect(metadata.published).toBe(expected.published ?? null);
		expect(metadata.origin).toEqual({district: 'text', year: 'text'});
	});
});

describe('gazetteer', () => {
	test('holds every level, with municipalities hanging straight off their province', () => {
		expect(gazetteer().byCode.size).toBeGreaterThan(3000);
		expect(divisionsNamed('朝阳区').map(d => d.code)).toEqual(['110105', '220104']);
		expect(divisionsNamed('江北区').map(d => d.code)).toEqual(['330205', '500105']);
		const [chaoyang] = divisionsNamed('朝阳区');
		expect(fullNameOf(chaoyang!)).toBe('北京市朝阳区');
		expect(cityOf(chaoyang!)).toBeNull();
		expect(fullNameOf(divisionsNamed('济源市')[0]!)).toBe('河南省济源市');
		expect(divisionsNamed('市辖区')).toEqual([]);
	});

	test('holds the counties renamed since under their old names and codes, each name once and apart from the current ones', () => {
		const former = [...FORMER.matchAll(/(\d{6})(\D+)/gu)].map(([, code, name]) => ({code: code!, name: name!}));
		expect(former.length).toBeGreaterThan(100);
		expect(former).toContainEqual({code: '450127', name: '横县'});
		const current = new Set(GAZETTEER.flatMap(chunk => [...chunk.matchAll(/\d{6}(\D+)/gu)].map(([, name]) => name!)));
		expect(former.filter(({name}) => current.has(name))).toEqual([]);
		expect(new Set(former.map(({name}) => name)).size).toBe(former.length);
		// No zone (x7x): zones carry no code.
		expect(former.filter(({code}) => code[4] === '7')).toEqual([]);
		expect(fullNameOf(divisionsNamed('横县')[0]!)).toBe('广西壮族自治区南宁市横县');
	});
});

describe('names that exist twice', () => {
	const changchun = '朝阳区人民政府2024年法治政府建设年度情况报告\n2024年,朝阳区在长春市委、市政府领导下,服务吉林全面振兴。\n一、主要成效\n与南关区、宽城区建立执法协作。';

	test('朝阳区 with 长春 clues is 长春市朝阳区', () => {
		expect(read(changchun).district).toEqual({
			name: '朝阳区', fullName: '吉林省长春市朝阳区', province: '吉林省', city: '长春市', code: '220104',
		});
	});

	test('朝阳区 with Beijing clues is 北京市朝阳区', () => {
		const text = '朝阳区人民政府2024年法治政府建设年度情况报告\n2024年,朝阳区坚持服务首都发展。\n深入开展“法润京华”活动,与海淀区建立协作。';
		expect(read(text).district).toMatchObject({fullName: '北京市朝阳区', city: null, code: '110105'});
	});

	test('通州区 serving the 副中心 is Beijing\'s, not Nantong\'s', () => {
		const text = '2022年,通州区坚持依法行政,服务副中心高质量发展。\n一、主要成效\n推进示范项目建设。';
		expect(read(text).district).toMatchObject({fullName: '北京市通州区', code: '110112'});
		expect(read(text.replace('服务副中心', '服务全区')).district.code).toBeNull();
	});

	test('江北区 with 宁波 clues is 宁波市江北区, with 川渝 clues 重庆市江北区', () => {
		const ningbo = '2024年以来,江北区坚持法治引领,助力宁波高质量发展。\n一、主要成效\n与镇海区联合执法。';
		expect(read(ningbo).district).toMatchObject({fullName: '浙江省宁波市江北区', province: '浙江省', code: '330205'});
		const chongqing = '2024年以来,江北区坚持法治引领。\n推动“川渝通办”事项扩面。';
		expect(read(chongqing).district).toMatchObject({fullName: '重庆市江北区', province: '重庆市', code: '500105'});
	});

	test('a written prefix anywhere beats counted mentions', () => {
		const text = '朝阳区人民政府2024年法治政府建设年度情况报告\n2024年,朝阳区学习北京、上海、北京经验。\n吉林省长春市朝阳区人民政府\n2025年1月10日';
		expect(read(text).district.code).toBe('220104');
	});

	test('with no clue either way it stays unresolved rather than guessed', () => {
		const text = '朝阳区人民政府2024年法治政府建设年度情况报告\n2024年,朝阳区坚持依法行政。';
		expect(read(text).district).toEqual({name: '朝阳区', fullName: null, province: null, city: null, code: null});
	});

	test('as many clues for each twin is a tie, left unresolved', () => {
		const text = '朝阳区人民政府2024年法治政府建设年度情况报告\n2024年,朝阳区赴北京、长春两地学习。';
		expect(read(text).district.code).toBeNull();
	});

	describe('the page\'s 索引号, when it opens with one twin\'s code', () => {
		const report = (index: string) => `${index}\n市中区司法局2023年度法治政府建设情况报告\n2023年,区司法局坚持依法行政。`;

		test('a division code first (370402/2024-00029), through the whole parser, which sets the line aside', () => {
			expect(parseReport(report('索引号:370402/2024-00029')).district).toMatchObject({name: '市中区', fullName: '山东省枣庄市市中区', code: '370402'});
		});

		test('a credit code, its third to eighth characters, in a site\'s table row', () => {
			expect(parseReport(report('[ 索引号 ] 11511102MB0000000X/2024-00003 [ 发文字号 ]')).district).toMatchObject({fullName: '四川省乐山市市中区', code: '511102'});
			expect(parseReport(report('- 索 引 号:11511102MB0000000X')).district.code).toBe('511102');
		});

		test('a number that is no twin\'s code, or a serial, settles nothing', () => {
			for (const index of ['索引号:000014349/2024-00001', '索引号:330411ZF000000/2024-00002', '索引号:A25110-0003', '索引号:11500234008646033P']) {
				expect(parseReport(report(index)).district).toMatchObject({name: '市中区', code: null});
			}
		});

		test('a prefix the text writes comes first', () => {
			const text = `索引号:370402/2024-00029\n市中区司法局2023年度法治政府建设情况报告\n2023年,乐山市市中区司法局坚持依法行政。`;
			expect(parseReport(text).district.code).toBe('511102');
		});
	});

	test('a hint with a prefix settles it', () => {
		const text = '朝阳区人民政府2024年法治政府建设年度情况报告\n2024年,朝阳区坚持依法行政。';
		const {district, origin} = read(text, {district: '吉林省长春市朝阳区'});
		expect(district.code).toBe('220104');
		expect(origin.district).toBe('text');
	});
});

describe('district', () => {
	test('a zone that is not a division keeps its name and takes its province from the city', () => {
		const text = '郑州市高新技术产业开发区管委会\n2024年度法治政府建设情况的报告\n2024年,高新区坚持依法行政。';
		expect(read(text).district).toEqual({
			name: '郑州市高新技术产业开发区', fullName: '河南省郑州市高新技术产业开发区', province: '河南省', city: '郑州市', code: null,
		});
	});

	test('a report with no title is named by its signature', () => {
		const text = '2023年以来,在市委、市政府坚强领导下,全区坚持依法行政,服务宁波高质量发展。\n一、主要举措和成效\n推进“放管服”改革。\n宁波市江北区人民政府\n2024年2月5日';
		expect(read(text)).toEqual({
			district: {name: '江北区', fullName: '浙江省宁波市江北区', province: '浙江省', city: '宁波市', code: '330205'},
			year: 2023,
			published: '2024-02-05',
			origin: {district: 'text', year: 'text'},
			reasons: {district: 'signature names it', year: 'the opening leads with it (…以来)'},
		});
	});

	test('with no title, signature or named opening, the county the body names most', () => {
		const text = '全区坚持依法行政,扎实推进法治政府建设。\n城阳区推进“放管服”改革。\n城阳区开展普法宣传,与即墨区协作。';
		expect(read(text).district).toMatchObject({name: '城阳区', code: '370214'});
	});

	test('a department\'s name on a line above its report names the division it belongs to', () => {
		const text = '四川省交通运输厅\n2025年法治政府部门建设工作情况\n2025年,在省委、省政府坚强领导下,我厅坚持依法行政。\n一、工作开展情况';
		expect(read(text).district).toMatchObject({name: '四川省', code: '510000'});
		expect(read(text.replace('四川省交通运输厅', '平阴县司法局').replace('省委、省政府', '县委、县政府')).district).toMatchObject({name: '平阴县', code: '370124'});
		// A department named in a site's navigation is a link, not who reports.
		expect(read(text.replace('四川省交通运输厅', '首页 > 部门 > 四川省交通运输厅 > 政务公开')).district.name).toBeNull();
	});

	test('a county-level city resolves through its prefecture', () => {
		expect(read('昆山市人民政府2024年法治政府建设年度报告').district).toMatchObject({
			fullName: '江苏省苏州市昆山市', city: '苏州市', code: '320583',
		});
	});

	test('a prefecture known by a short form not cut from its name (巴州, 克州) is that prefecture', () => {
		const own = '2022年,巴州党委、政府坚持依法治州,州政府常务会议专题研究法治政府建设4次。\n一、主要做法\n全州推行行政执法公示制度。';
		expect(read(own).district).toMatchObject({fullName: '新疆维吾尔自治区巴音郭楞蒙古自治州', code: '652800'});
		expect(read('2023年,克州坚持依法行政,全州法治政府建设取得新进展。').district).toMatchObject({code: '653000'});
		// A county under it names it as its parent; 巴中's 巴州区 is still 巴州区.
		const county = '2024年,轮台县在巴州党委、政府的坚强领导下,坚持依法行政。\n一、主要做法\n巴州依法治州办对我县开展督察,反馈问题8个。';
		expect(read(county).district).toMatchObject({name: '轮台县', code: '652822'});
		expect(read('2024年,巴州区坚持依法行政,全区行政执法更加规范。').district).toMatchObject({name: '巴州区', code: '511902'});
	});

	test('two-character county names inside words are not districts', () => {
		const text = '2024年,全区坚持依法行政,推进中心城区更新,城区面貌改善。';
		expect(read(text).district.name).toBeNull();
	});

	test('the text wins over the hint; the hint fills in when the text names nothing', () => {
		const named = read('2024年,城阳区坚持依法行政。', {district: '北京市朝阳区'});
		expect(named.district.code).toBe('370214');
		expect(named.origin.district).toBe('text');
		const unnamed = read('2024年,全区坚持依法行政。', {district: '北京市朝阳区'});
		expect(unnamed.district).toMatchObject({name: '朝阳区', fullName: '北京市朝阳区', code: '110105'});
		expect(unnamed.origin.district).toBe('filename');
		expect(read('2024年,全区坚持依法行政。').origin.district).toBe('none');
	});

	test('named once, at the head of its own yearly document, by a report speaking as that level', () => {
		const text = '2023年,市政府坚持依法行政。\n一、加强组织领导\n市政府常务会议集体学法6次,印发《洛阳市2023年法治政府建设工作要点》。';
		expect(read(text).district).toMatchObject({name: '洛阳市', code: '410300'});
		// The year may come first: 《2023年洛阳市…》.
		expect(read(text.replace('《洛阳市2023年', '《2023年洛阳市')).district).toMatchObject({name: '洛阳市', code: '410300'});
	});

	test('a department\'s report, named once at the head of its own yearly document after its parent', () => {
		const text = '2024年,区城市管理局坚持依法行政,围绕全区法治政府建设重点开展工作。\n一、主要举措\n制定《重庆市九龙坡区城市管理局2024年法治政府建设工作要点》,明确任务分工。';
		expect(read(text).district).toMatchObject({name: '九龙坡区', code: '500107'});
		// Near misses: a department's document that is no yearly one, and a parent's department's yearly document.
		expect(read(text.replace('城市管理局2024年法治政府建设工作要点', '城市管理局行政执法公示办法')).district.name).toBeNull();
		const parent = '2024年,区城市管理局坚持依法行政,围绕全区法治政府建设重点开展工作。\n一、主要举措\n落实《重庆市城市管理局2024年法治政府建设工作要点》。';
		expect(read(parent).district.name).toBeNull();
	});

	test('named once, at the head of something it issued or launched', () => {
		const text = '2024年,市政府坚持依法行政。\n一、加强组织领导\n全市建成公共法律服务中心12个,发布“洛阳市公共法律服务地图”。';
		expect(read(text).district).toMatchObject({name: '洛阳市', code: '410300'});
		// A document carried out or passed on is a parent's or a peer's, not the report's own.
		expect(read(text.replace('发布“洛阳市', '转发“洛阳市')).district.name).toBeNull();
		expect(read(text.replace('发布“洛阳市', '学习借鉴“洛阳市')).district.name).toBeNull();
	});

	test('not when the document is another level\'s, or another division of that level is named too', () => {
		const parent = '2023年,县政府坚持依法行政。\n一、加强组织领导\n县政府常务会议学法6次,落实《洛阳市2023年法治政府建设工作要点》。';
		expect(read(parent).district.name).toBeNull();
		const peer = '2023年,市政府坚持依法行政。\n一、加强组织领导\n市政府常务会议学法6次,学习《洛阳市2023年法治政府建设工作要点》,赴开封市考察。';
		expect(read(peer).district.name).toBeNull();
		const cited = '2023年,市政府坚持依法行政。\n一、加强组织领导\n市政府常务会议学法6次,学习《洛阳市法治政府建设实施方案》。';
		expect(read(cited).district.name).toBeNull();
	});
});

describe('year and published date', () => {
	test('a stale header date becomes neither the year nor the published date', () => {
		const text = '日期:2021-03-31 10:00 来源:北京市门头沟区人民政府\n分享:\n全区坚持依法行政,扎实推进法治政府建设。\n一、主要举措和成效\n推进政务公开。';
		const metadata = read(text, {year: 2020});
		expect(metadata.year).toBe(2020);
		expect(metadata.origin.year).toBe('filename');
		expect(metadata.published).toBeNull();
		expect(read(text).year).toBeNull();
		expect(read(text).origin.year).toBe('none');
		// The source line still names who posted it.
		expect(metadata.district.code).toBe('110109');
	});

	test('a page header before the opening does not hide the opening year', () => {
		const text = '发布时间:2021年03月31日 10:00    来源:北京市门头沟区人民政府    浏览次数:1024    字号:大 中 小    分享到:微信 微博\n2020年,门头沟区坚持依法行政。';
		expect(read(text)).toMatchObject({year: 2020, published: null, origin: {year: 'text'}});
	});

	test('years of cited documents in the title are not the year', () => {
		expect(read('北京市朝阳区贯彻落实《法治政府建设实施纲要(2021—2025年)》2024年度情况报告').year).toBe(2024);
	});

	test('a reference to an earlier year\'s report is not the year', () => {
		const opening = '区政府常务会审议《2019年法治政府建设情况报告》,部署全年工作。';
		expect(read(`门头沟区人民政府法治政府建设年度情况报告\n${opening}\n一、2020年法治政府建设主要举措和成效`).year).toBe(2020);
		const none = read(`门头沟区人民政府法治政府建设年度情况报告\n${opening}`, {year: 2020});
		expect(none.year).toBe(2020);
		expect(none.origin.year).toBe('filename');
	});

	test('the title year wins; next year\'s plans are not the year', () => {
		expect(read('关于2024年度法治政府建设情况的报告\n2025年,我区将继续推进。').year).toBe(2024);
		expect(read('区政府坚持依法行政。\n一、2025年工作安排\n二、2024年法治政府建设主要成效').year).toBe(2024);
		expect(read('为深入贯彻落实纲要,现将我区2022年度法治政府建设情况报告如下。').year).toBe(2022);
		expect(read('2024年是关键一年。').year).toBe(2024);
	});

	test('dates written in Chinese numerals or after the signature are read; impossible ones are not', () => {
		expect(read('2024年,全区坚持依法行政。\n北京市门头沟区人民政府\n二〇二五年一月二十四日').published).toBe('2025-01-24');
		const signed = read('2024年,全区坚持依法行政。\n北京市门头沟区人民政府 二〇二五年一月八日');
		expect(signed.published).toBe('2025-01-08');
		expect(signed.district.code).toBe('110109');
		expect(read('2024年,全区坚持依法行政。\n2025年2月30日').published).toBeNull();
		expect(read('2024年,全区坚持依法行政,2025年1月召开会议。').published).toBeNull();
	});

	test('under the title only a bracketed date is the report\'s; a bare one is the site\'s', () => {
		const title = '门头沟区人民政府2024年法治政府建设年度情况报告';
		expect(read(`${title}\n(2025年1月20日)\n2024年,全区坚持依法行政。`).published).toBe('2025-01-20');
		expect(read(`${title}\n2025-03-31\n2024年,全区坚持依法行政。`).published).toBeNull();
	});
});

describe('the site\'s 来源 line, read through the whole parser', () => {
	const body = '关于2023年度法治政府建设情况的报告\n2023年,在市委、市政府的坚强领导下,我区坚持依法行政。\n一、主要举措和成效\n全年收到行政复议申请12件。';

	test('a report that names itself only as 我区 takes its district from the page\'s 来源 line', () => {
		const report = parseReport(`发布时间:2024-03-28 10:00 来源:北京市门头沟区人民政府 字号:大 中 小\n${body}`);
		expect(report.district).toMatchObject({name: '门头沟区', code: '110109'});
		// Still furniture to the facts: only the one figure of the body is read.
		expect(report.facts.map(fact => [fact.indicator, fact.value, fact.line])).toEqual([['reconsideration.received', 12, 5]]);
	});

	test('a 来源 line after the text counts the same', () => {
		expect(parseReport(`${body}\n来源:北京市门头沟区人民政府`).district.code).toBe('110109');
	});

	test('a 来源 line of another level, or naming no place, leaves the district unknown', () => {
		expect(parseReport(`发布时间:2024-03-28 来源:忻州市司法局\n${body}`).district.name).toBeNull();
		expect(parseReport(`来源:区司法局 发布时间:2024-02-09\n${body}`).district.name).toBeNull();
	});

	test('a district the text names itself wins over the 来源 line', () => {
		const named = body.replace('我区坚持', '门头沟区坚持').replace('全年收到', '门头沟区全年收到');
		expect(parseReport(`来源:北京市海淀区人民政府\n${named}`).district.name).toBe('门头沟区');
	});
});

describe('how a page or a document sets its title and organ', () => {
	const place = (text: string) => {
		const {district, year} = parseReport(text, {file: 'report.txt'});
		return [district.name, district.code, year];
	};

	test('a report\'s title in title marks on a line of its own is its title', () => {
		expect(place('《长沙市岳麓区2023年法治政府建设年度报告》\n全区坚持依法行政,全年收到行政复议申请56件。')).toEqual(['岳麓区', '430104', 2023]);
		// Near miss: a plan cited on a line of its own is no title.
		expect(place('《长沙市2022年法治政府建设工作要点》\n岳麓区2023年法治政府建设年度报告\n全区坚持依法行政。')).toEqual(['岳麓区', '430104', 2023]);
	});

	test('an organ spaced out letter by letter above the title, or in the signature, names the report', () => {
		expect(place('岳 麓 区 人 民 政 府\n关于2023年度法治政府建设情况的报告\n2023年,全区坚持依法行政。')).toEqual(['岳麓区', '430104', 2023]);
		expect(place('关于2023年度法治政府建设情况的报告\n2023年,全区坚持依法行政。\n长 沙 市 岳 麓 区 人 民 政 府\n2024年1月15日')).toEqual(['岳麓区', '430104', 2023]);
	});
});

describe('a handover that names the report, in the header', () => {
	test('现将嵩县…报告如下 under the line that addresses the report', () => {
		const text = '市委:\n按照工作要求,现将嵩县2024年度法治建设情况报告如下:\n一、2024年工作成效\n(一)深入推进法治建设。全年开展普法活动12场。';
		expect(read(text).district).toMatchObject({name: '嵩县', code: '410325'});
		// Near miss: a handover that names no place.
		expect(read(text.replace('现将嵩县2024年度', '现将2024年度')).district.name).toBeNull();
	});
});
