import {describe, expect, test} from 'vitest';
import type {Line} from '../../source/parse/lines.js';
import {parseReport} from '../../source/parse/index.js';
import {readMetadata} from '../../source/parse/metadata/index.js';

// 街道, 镇 and 乡 are below GB/T 2260: a report from one is named as written, with no code, never as the county
// it lies in nor as whom it is sent to. Made-up sentences and made-up place names.

const lines = (text: string): Line[] => text.split('\n').map((line, i) => ({text: line, line: i + 1}));
const district = (text: string) => readMetadata(lines(text)).district;

describe('a sub-county report keeps its own name and has no code', () => {
	test.each([
		['青禾街道2023年度法治政府建设情况报告\n2023年,青禾街道坚持依法行政,推进基层治理。\n一、主要举措', '青禾街道'],
		['石桥街街道办事处2024年法治政府建设年度报告\n2024年,街道坚持依法履职。\n一、主要举措', '石桥街街道'],
		['2022年,在区委、区政府的坚强领导下,望溪镇始终坚持依法行政。\n一、主要举措', '望溪镇'],
		['2021年,云松乡人民政府深入贯彻习近平法治思想,扎实推进依法行政。\n一、主要举措', '云松乡'],
		// A town named after a village: 村镇 and 村乡 end its name, not the words for villages and towns.
		['2024年,孔村镇在县委、县政府的正确领导下,坚持依法行政。\n一、主要举措', '孔村镇'],
		['2023年,张村乡法治政府建设工作在县委、县政府的领导下稳步推进。\n一、主要举措', '张村乡'],
		['在县委依法治县办的指导下,东坪街道紧密围绕法治建设目标推进各项工作。现将2023年工作报告如下:\n一、主要工作', '东坪街道'],
		// Its leadership as the subject (领导班子) is the street speaking, as its 党工委 is.
		['2025年,青禾街道领导班子始终以习近平法治思想为统领,扎实履行法治建设领导职责。\n一、主要工作', '青禾街道'],
	])('%s → %s', (text, name) => {
		expect(district(text)).toMatchObject({name, code: null});
	});

	test('a town of one character, after the county written before it', () => {
		expect(district('2024年莎车县禾镇人民政府法治政府建设年度报告\n2024年,禾镇坚持依法行政。\n一、主要举措')).toMatchObject({name: '禾镇', code: null, fullName: '新疆维吾尔自治区喀什地区莎车县禾镇'});
		// Near misses: alone it may be a word; after its county, the county's towns together are no town.
		expect(district('2024年,禾镇坚持依法行政。\n一、主要举措').name).toBeNull();
		expect(district('2024年莎车县全镇法治政府建设年度报告\n一、主要举措')).toMatchObject({name: '莎车县', code: '653125'});
	});

	test('a report in a town\'s own voice is the one town its text names, never the county that leads it', () => {
		const opening = '2025年以来,在莎车县委、县政府的坚强领导下,我镇政府坚持依法行政,服务莎车县发展大局。\n一、健全体制机制\n';
		expect(district(`${opening}禾丰镇深入贯彻落实全面依法治国战略,对涉及镇域经济的事项严格审查。`)).toMatchObject({name: '禾丰镇', code: null, fullName: '新疆维吾尔自治区喀什地区莎车县禾丰镇'});
		// Near misses: no town named, or two, and the report is no one's; its head's title (李禾镇长) is no town.
		expect(district(`${opening}镇党委书记、李禾镇长带头学法,对涉及镇域经济的事项严格审查。`)).toMatchObject({name: null, code: null});
		expect(district(`${opening}禾丰镇与青杨镇共建调解平台。\n青杨镇派员参加。`)).toMatchObject({name: null, code: null});
	});

	test('a town speaking as 全镇 is the one town its text names', () => {
		expect(district('本年度共发布政务信息120条,内容涵盖了全镇群众关心的方方面面。\n2024年,禾丰镇在公众号平台更新专栏。').name).toBe('禾丰镇');
		// Near miss: every town of a county (全乡镇) is no town's voice.
		expect(district('2024年,全乡镇坚持依法行政。\n禾丰镇调解委员会全年调解纠纷12件。').name).toBeNull();
	});

	test('a file name\'s county is the report\'s unless the text speaks as a town', () => {
		const hinted = (text: string) => readMetadata(lines(text), {district: '莎车县'}).district;
		expect(hinted('2024年,我镇坚持依法行政。\n一、主要举措')).toMatchObject({name: null});
		// Every town of a county (全乡镇) is the county's voice.
		expect(hinted('2024年,全乡镇坚持依法行政。\n一、主要举措')).toMatchObject({name: '莎车县', code: '653125'});
	});

	test('a clause run into the town\'s own voice is no name (一年来我镇)', () => {
		expect(district('2021年是开局之年, 一年来我镇全面落实依法治区部署。\n一、主要举措').name).toBeNull();
		expect(district('2021年是开局之年, 一年来我镇全面落实依法治区部署。\n一、主要举措\n禾丰镇调解委员会全年调解纠纷12件。').name).toBe('禾丰镇');
	});

	test('the villages and towns of a county are no town', () => {
		expect(district('2024年,全县各村镇坚持依法行政。\n一、主要举措').name).toBeNull();
		expect(district('2024年,农村乡镇坚持依法行政。\n一、主要举措').name).toBeNull();
	});

	test('a street reporting in a later clause of an opening that names no place', () => {
		expect(district('依照上级部署,结合辖区实际,2022年,北岭街道以基层治理为抓手推进依法行政。\n一、主要工作')).toMatchObject({name: '北岭街道', code: null});
		expect(district('在奋进新时代的征程上,西湾镇人民政府坚持依法履职。现将工作总结如下:\n一、主要工作')).toMatchObject({name: '西湾镇', code: null});
	});

	test('a street\'s office as the organ under a title, or signing the report', () => {
		expect(district('南塘街道办事处\n2023年法治政府建设工作报告\n2023年,街道坚持依法行政。\n一、主要工作')).toMatchObject({name: '南塘街道', code: null});
		const signed = '2023年法治政府建设工作报告\n今年,街道坚持依法行政。\n一、主要工作\n推进执法规范化。\n南塘街道办事处\n2024年1月15日';
		expect(district(signed)).toMatchObject({name: '南塘街道', code: null});
	});

	test('a site\'s information table row is no title: the opening names a town, an organ cell a county', () => {
		const town = '| 发布机构 | 临川区青禾镇 | 组配分类 | 法治政府建设年报 |\n2025年,青禾镇在区委、区政府的正确领导下,坚持依法行政。\n一、主要工作';
		expect(district(town)).toMatchObject({name: '青禾镇', code: null});
		const county = '| 发布机构 | 平阴县人民政府 | 组配分类 | 法治政府建设年报 |\n2025年,我县坚持依法行政。\n一、主要工作';
		expect(district(county)).toMatchObject({name: '平阴县', code: '370124'});
	});

	test('a street\'s office or a town\'s government written under its county\'s government is the street\'s or the town\'s', () => {
		const street = '临川区人民政府青禾街道办事处关于2023年度法治政府建设情况的报告\n2023年,我街道坚持依法行政。\n一、主要工作';
		expect(district(street)).toMatchObject({name: '青禾街道', code: null});
		const town = '平阴县人民政府柳溪镇人民政府\n2023年法治政府建设工作报告\n2023年,我镇坚持依法行政。\n一、主要工作';
		expect(district(town)).toMatchObject({name: '柳溪镇', code: null});
		// The county government's own office is the county's: 办公室 is no street.
		const office = '平阴县人民政府办公室关于2023年度法治政府建设情况的报告\n2023年,我县坚持依法行政。\n一、主要工作';
		expect(district(office)).toMatchObject({name: '平阴县', code: '370124'});
		// Its streets as a whole are no street.
		const all = '平阴县人民政府各街道办事处2023年度法治政府建设情况报告\n2023年,我县坚持依法行政。\n一、主要工作';
		expect(district(all)).toMatchObject({name: '平阴县', code: '370124'});
	});

	test('the county written before a town is its host, not its name', () => {
		const text = '2023年法治政府建设工作情况报告\n眉山市彭山区柳溪镇人民政府\n2023年,我镇按照区法治政府建设领导小组部署,推进依法行政。\n一、主要举措';
		expect(district(text)).toMatchObject({name: '柳溪镇', province: '四川省', city: '眉山市', code: null});
	});

	test('an addressee line ending in a colon names whom the report is sent to, not its author', () => {
		const text = '城中区委全面依法治区委员会:\n2024年,在区委的领导下,和平街道坚持依法行政,推进基层法治建设。\n一、主要工作';
		expect(district(text)).toMatchObject({name: '和平街道', code: null});
		const unsigned = '城中区委全面依法治区委员会:\n今年以来,各项工作有序推进。现将有关情况汇报如下:\n一、主要工作\n二、存在问题';
		expect(district(unsigned).name).not.toBe('城中区');
	});
});

describe('near misses: not a sub-county report', () => {
	test('a street named in passing in a district\'s report is not the report\'s name', () => {
		const text = '2024年,海淀区坚持依法行政,全面推进法治政府建设。其中,学院路街道获评全国民主法治示范社区。\n一、主要举措\n学院路街道、清河街道开展法治宣传。';
		expect(district(text)).toMatchObject({name: '海淀区', code: '110108'});
	});

	test('a street given as an instance, or after the district speaks of itself, is not the report', () => {
		expect(district('2024年,全区上下坚持依法行政,其中,学院路街道深入开展法治宣传。\n一、主要举措').name).toBeNull();
		expect(district('依照海淀区部署,2024年,学院路街道坚持依法行政。\n一、主要举措').name).not.toBe('学院路街道');
	});

	test('words that only end like a town are not names', () => {
		const text = '2023年,全县各乡镇坚持依法行政。统筹城乡发展。\n一、主要举措';
		expect(district(text).name).toBeNull();
		expect(district('2023年,各街道坚持依法行政。\n一、主要举措').name).toBeNull();
	});

	test('a county report whose opening mentions its towns keeps the county', () => {
		const text = '岳阳县人民政府2022年度法治政府建设情况报告\n2022年,岳阳县坚持依法行政,指导筻口镇等乡镇规范执法。\n一、主要举措';
		expect(district(text)).toMatchObject({name: '岳阳县', code: '430621'});
	});
});

describe('towns named X家镇, and titles under a site\'s field label', () => {
	test('李家镇 is a town, as 城镇 and 乡镇 are not', () => {
		const text = '重庆市万州区李家镇人民政府关于2025年法治政府建设情况的报告\n现将李家镇2025年度法治政府建设情况报告如下:\n一、主要举措';
		expect(parseReport(text).district).toMatchObject({name: '李家镇', code: null});
	});

	test('a title after its field\'s label (• 内容概述:) is read without it', () => {
		const text = '• 发布机构:青禾镇人民政府\n• 内容概述: 漳平市青禾镇人民政府2025年法治政府建设年度报告\n2025年,青禾镇党委、政府坚持依法行政。\n一、主要举措';
		expect(parseReport(text).district).toMatchObject({name: '青禾镇', code: null});
		// A headline that opens on the name and a colon keeps it.
		expect(parseReport('青羊区:2023年度法治政府建设情况报告\n2023年,全区坚持依法行政。\n一、主要举措').district).toMatchObject({name: '青羊区', code: '510105'});
	});
});

describe('a site\'s banner and its information table say who hosts the page, not who reports', () => {
	const rows = [
		'[ 索引号 ] 000014349/2026-00005 [ 发文字号 ]',
		'[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告',
		'[ 发布机构 ] 区卫生健康委 [ 发布日期 ] 2026-01-13',
		'[ 成文日期 ] 2026-01-13 [ 有效性 ]',
		'[ 索引号 ] 000014349/2026-00005',
		'[ 主题分类 ] 卫生',
		'[ 体裁分类 ] 工作报告',
		'[ 发布机构 ] 区卫生健康委',
		'[ 发布日期 ] 2026-01-13',
	];

	test('a title after a table printed twice is still read as the title', () => {
		const text = ['无障碍 | 注册', '首页 政务公开 互动交流', '基层政务公开', ...rows, '重庆市大足区卫生健康委员会 关于2025年法治政府建设情况的报告', '2025年,区卫生健康委坚持依法行政。', '一、主要工作'].join('\n');
		expect(parseReport(text).district).toMatchObject({name: '大足区', code: '500111'});
	});

	test('a portal\'s name in the banner (…人民政府网) is no organ line', () => {
		const text = '中国政府网 | 重庆市人民政府网 区政府 网站专栏\n2025年法治政府建设工作情况\n2025年,大足区卫生健康委坚持依法行政,扎实推进法治建设。\n一、主要工作';
		expect(parseReport(text).district).toMatchObject({name: '大足区', code: '500111'});
		// The city's own government on a line of its own is an organ, as ever.
		expect(parseReport(text.replace('中国政府网 | 重庆市人民政府网 区政府 网站专栏', '重庆市人民政府')).district.name).toBe('重庆市');
	});
});

describe('an information table with its labels in brackets', () => {
	// A site's table, once as rows and once a label a line, as such pages print it; read as a file is, cleaned first.
	const table = (publisher: string) => [
		'您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道',
		'[ 索引号 ] 11500230008600000A/2026-00004 [ 发文字号 ]',
		'[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告',
		`[ 发布机构 ] ${publisher}人民政府 [ 有效性 ]`,
		'[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10',
		'[ 主题分类 ] 公安、安全、司法、法制',
		`[ 发布机构 ] ${publisher}人民政府`,
		'[ 成文日期 ] 2026-01-22',
		'[ 发布日期 ] 2026-02-10',
		`${publisher}人民政府2025年法治政府建设情况报告`,
		'2025年,在县委、县政府的坚强领导下,我们深入推进依法行政。',
	].join('\n');

	test('names its publisher by the cell alone: a town, with its county before it', () => {
		expect(parseReport(table('丰都县三建乡')).district).toMatchObject({name: '三建乡', code: null});
	});

	test('and the county for the county\'s own report', () => {
		expect(parseReport(table('丰都县')).district).toMatchObject({name: '丰都县', code: '500230'});
	});
});

describe('a town named as the subject after the leadership it works under, and clauses that end on the voice', () => {
	test('the town after 在县委、县政府的领导下, in a text in a town\'s voice', () => {
		const text = '2024年,我镇坚持依法行政。\n一、主要举措\n全年,在县委、县政府的领导下,石岭镇开展普法活动12场。';
		expect(district(text)).toMatchObject({name: '石岭镇', code: null});
	});

	test('a clause that ends on 镇 is no town\'s name', () => {
		const text = '2024年法治政府建设年度报告\n2024年,全镇深入推进依法治镇工作。\n一、主要举措\n始终坚持党对全面依法治镇工作的集中统一领导,我镇全年开展普法活动12场。';
		expect(district(text).name).toBeNull();
		// Near miss: a town written with its county is a name, however long.
		expect(district(text.replace('始终坚持党对', '(凤翔县石岭镇)坚持党对')).name).toBe('石岭镇');
	});
});
