import {describe, expect, test} from 'vitest';
import type {Line} from '../../source/parse/lines.js';
import {readMetadata} from '../../source/parse/metadata/index.js';

// Whose report it is: the report's own subject (its title, 我市, its organs, its signature, the subject of
// its opening) against the places it names in passing. Every sentence here is made up for the test.

const lines = (text: string): Line[] => text.split('\n').map((line, i) => ({text: line, line: i + 1}));
const district = (text: string) => readMetadata(lines(text)).district;
const named = (text: string) => {
	const {name, code} = district(text);
	return {name, code};
};
/** One test per text: the name and code read from it, exactly. */
const eachNamed = (cases: Array<[string, {name: string | null; code: string | null}]>) => {
	test.each(cases)('%s', (text, expected) => {
		expect(named(text)).toEqual(expected);
	});
};

describe('a city or a province names its districts in passing', () => {
	test('a city report opening on a district\'s award is still the city\'s', () => {
		const text = [
			'2023年,我市深入推进法治政府建设,各项工作取得新成效。',
			'一、主要举措',
			'市政府常务会议全年学法12次。南明区获评第三批全国法治政府建设示范地区,花溪区入选全省试点。',
			'全市推行行政执法“三项制度”。《贵阳市行政规范性文件管理办法》修订完成,贵阳市行政复议工作获通报表彰。',
		].join('\n');
		expect(named(text)).toEqual({name: '贵阳市', code: '520100'});
	});

	test('a province named once as the source of the tasks a report carries out is not the report', () => {
		const text = [
			'2023年,全市认真贯彻落实省委、省政府工作要求,推动辽宁省法治政府建设十项重点任务落地落实。现将有关情况报告如下。',
			'一、主要工作举措和成效',
			'全市建成便民服务站1726个,推动省政府部署的“一网通办”落实。',
		].join('\n');
		expect(named(text)).toEqual({name: null, code: null});
		// Spoken as a province (我省, 省政府常务会议), once is enough.
		expect(named(text.replace('全市认真', '我省认真').replaceAll('全市建成', '全省建成'))).toEqual({name: '辽宁省', code: '210000'});
	});

	test('the subject of the opening yields to the level the report speaks as', () => {
		const text = [
			'2023年,南明区、花溪区获评全国法治政府建设示范地区,全市法治建设迈上新台阶。',
			'一、主要举措',
			'我市坚持依法行政,市政府常务会议专题研究法治政府建设。印发《贵阳市法治政府建设工作要点》,贵阳市获评全省法治建设先进市。',
		].join('\n');
		expect(named(text)).toEqual({name: '贵阳市', code: '520100'});
	});

	test('a province report with no title is named by what it calls itself: 法治湖南, 省政府', () => {
		const text = [
			'现将省政府2023年度法治政府建设情况报告如下。',
			'一、主要工作',
			'省政府常务会议听取法治政府建设汇报,全省各市州主要负责人述法。长沙市、株洲市入选示范创建名单,奋力建设法治湖南。',
		].join('\n');
		expect(named(text)).toEqual({name: '湖南省', code: '430000'});
	});

	test('a place an opening sentence hands cases to, or works with, is its object, not who reports', () => {
		expect(named('2023年向湖北省各市场监管部门移送案件线索11件,协查案件5件。\n一、主要举措')).toEqual({name: null, code: null});
		expect(named('2023年,会同四川省广安市查办跨区域案件3件。\n一、主要举措')).toEqual({name: null, code: null});
		expect(named('2023年,依托武汉东湖高新区(洪山)门户网站发布信息3668条。\n一、主要举措')).toEqual({name: null, code: null});
		expect(named('2023年,通过江西省政务服务网办理事项3668件。\n一、主要举措')).toEqual({name: null, code: null});
		// An opening governed by 依据 still hands its report over by name.
		expect(named('依据《法治政府建设与责任落实督察工作规定》的相关要求,现将北京市石景山区人民政府2023年法治政府建设年度情况报告如下。\n一、主要举措')).toEqual({name: '石景山区', code: '110107'});
		// Near misses: the same sentences with the place as their subject, and a county whose name opens like 向.
		expect(named('2023年湖北省各市场监管部门移送案件线索11件,协查案件5件。\n一、主要举措')).toEqual({name: '湖北省', code: '420000'});
		expect(named('2023年,向阳区坚持依法行政,全区查办案件3件。\n一、主要举措')).toMatchObject({name: '向阳区'});
	});

	test('a province\'s party and government opening together name the province', () => {
		expect(named('2023年,四川省委、省政府坚持依法行政,成都市获评全国示范城市。\n一、主要举措')).toEqual({name: '四川省', code: '510000'});
	});

	test('an autonomous region that says 全区 and 自治区人民政府 is the region, not a district', () => {
		const text = [
			'2023年,全区各级人民政府坚持依法行政,深入贯彻习近平总书记对广西工作的重要指示精神。',
			'一、主要举措',
			'自治区人民政府常务会议专题学法4次,自治区人民政府法律顾问参与决策。南宁市青秀区入选全国示范地区,建设法治广西。',
		].join('\n');
		expect(named(text)).toEqual({name: '广西壮族自治区', code: '450000'});
	});

	test('a city report that opens on a district\'s award and never names itself stays unknown', () => {
		const text = '2023年,南明区获评全国法治政府建设示范地区。我市坚持依法行政,市政府常务会议学法12次。\n一、主要举措\n全市推行行政执法“三项制度”。';
		expect(named(text)).toEqual({name: null, code: null});
	});

	test('a city title with a prefecture code; a city named like its province stays the city', () => {
		expect(named('中共遂宁市委 遂宁市人民政府关于2023年法治政府建设情况的报告')).toEqual({name: '遂宁市', code: '510900'});
		expect(named('2023年,吉林市坚持依法行政,服务吉林全面振兴。\n一、主要举措')).toEqual({name: '吉林市', code: '220200'});
	});
});

describe('a county or district named only in its own documents, numbers or signature', () => {
	test('县人民政府 in the opening and 《某县…》 documents name the county', () => {
		const text = [
			'根据有关规定,现将县人民政府2023年法治政府建设工作情况报告如下。',
			'一、主要成效',
			'县政府常务会议学法6次。印发《蓝田县重大行政决策程序规定》《蓝田县行政执法公示办法》,全面落实《陕西省法治政府建设实施方案》。',
		].join('\n');
		expect(named(text)).toEqual({name: '蓝田县', code: '610122'});
	});

	test('an autonomous county written as reports write it: 金平县', () => {
		const text = '2024年,县委、县政府坚持依法行政。\n一、主要成效\n印发《金平县行政执法监督办法》《金平县法律顾问工作规则》,全县推行“三项制度”。';
		expect(district(text)).toMatchObject({name: '金平县', fullName: '云南省红河哈尼族彝族自治州金平苗族瑶族傣族自治县', code: '532530'});
	});

	test('an autonomous county written with 自治 but not its peoples: 关岭自治县', () => {
		expect(named('2023年,在县委的坚强领导下,关岭自治县坚持依法行政,推进法治政府建设。\n一、主要举措')).toEqual({name: '关岭自治县', code: '520424'});
	});

	test('a county-level city reporting under its name without 市, written in full elsewhere', () => {
		const text = '2023年,桐乡坚持依法行政,推进法治政府建设。\n一、主要举措\n印发《中共桐乡市委全面依法治市委员会工作规则》。';
		expect(named(text)).toEqual({name: '桐乡市', code: '330483'});
		// Never written in full: the short name alone stays a word.
		expect(named('2023年,桐乡坚持依法行政,推进法治政府建设。\n一、主要举措').name).toBeNull();
	});

	test('an autonomous prefecture written 昌吉州', () => {
		expect(named('2023年,昌吉州人民政府坚持依法行政,推动法治建设在我州落地。\n一、主要举措')).toEqual({name: '昌吉州', code: '652300'});
	});

	test('a city named once, with its own document number (鹤政发), is the city', () => {
		const text = [
			'2018年,我市坚持依法行政。',
			'一、依法全面履行政府职能',
			'市政府印发《鹤岗市人民政府关于做好行政许可事项承接的通知》(鹤政发〔2018〕6号),落实《黑龙江省人民政府关于取消一批行政许可事项的决定》(黑政规〔2017〕34号)。',
		].join('\n');
		expect(named(text)).toEqual({name: '鹤岗市', code: '230400'});
	});

	test('whom a report is addressed to is its parent, never the report', () => {
		const text = '中共红河州委、红河州人民政府:\n2024年,县委、县政府坚持依法行政。\n一、主要成效\n出台《屏边县行政执法公示办法》,全县推行“三项制度”。';
		expect(named(text)).toEqual({name: '屏边县', code: '532523'});
		// With nothing of its own named, the addressee is still not the answer.
		expect(named('中共红河州委、红河州人民政府:\n2024年,县委、县政府坚持依法行政,全县推行“三项制度”。').name).toBeNull();
	});

	test('the greeting still addresses a parent when a page lost its line breaks and the opening runs on after it', () => {
		const text = '中共红河州委、红河州人民政府: 2024年,屏边县坚持依法行政,全县推行“三项制度”。\n一、主要成效\n出台行政执法公示办法。';
		expect(named(text)).toEqual({name: '屏边县', code: '532523'});
		expect(readMetadata(lines(text)).year).toBe(2024);
	});

	test('a report that says only 我区 and names no district of its own stays unknown', () => {
		const text = '2024年,在市委、市政府正确领导下,我区坚持依法行政。\n一、主要举措\n区政府常务会议集中学法7次,盐渎街道获评全省民主法治示范社区。';
		expect(named(text)).toEqual({name: null, code: null});
	});

	test('a district report that ranks itself among the city\'s (入选全市…) is still the district', () => {
		const text = [
			'2024年,城阳区坚持依法行政,承接全市商事调解试点。',
			'一、主要举措',
			'城阳区入选全市法治为民实事,流亭街道入选全市先进典型,获评全市优秀案例,全市推进会在城阳区召开。',
		].join('\n');
		expect(named(text)).toEqual({name: '城阳区', code: '370214'});
	});

	test('a city office\'s footer under a county report does not name it', () => {
		const text = '2023年,我县坚持依法行政,县政府常务会议学法10次。\n一、主要举措\n印发《太白县法治政府建设工作要点》,落实《太白县行政执法公示办法》。\n宝鸡市人民政府办公室';
		expect(named(text)).toEqual({name: '太白县', code: '610331'});
	});

	test('an opening\'s subject at odds with how the text speaks still names it when nothing else does', () => {
		const text = '2023年,永胜县坚持依法行政。\n一、主要举措\n区政府常务会议学法6次,全区推行“三项制度”,我区获评先进。';
		expect(named(text)).toEqual({name: '永胜县', code: '530722'});
	});

	test('a county-level city that names its prefecture as its leader more often than itself', () => {
		const text = [
			'2023年,在温州市委、市政府的坚强领导下,我市坚持依法行政,全市法治政府建设取得新成效。',
			'一、主要举措',
			'市政府常务会议学法9次。温州市委依法治市办对我市开展法治督察,温州市司法局全程指导。',
			'制定《瑞安市重大行政决策目录管理办法》,全市推行说理式执法。',
		].join('\n');
		expect(named(text)).toEqual({name: '瑞安市', code: '330381'});
	});

	test('a county named once, under the city that inspects it', () => {
		const text = '2024年,我县坚持依法行政。\n一、主要举措\n县政府常务会议学法10次,以通渭县人民政府名义出台规范性文件3件。定西市委依法治市办对我县开展督察,定西市司法局予以指导。';
		expect(named(text)).toEqual({name: '通渭县', code: '621121'});
	});

	test('a city led by its own party committee, or a city office led by its city, stays the city', () => {
		// 市委 alone may lead the report's own government; a county-level city named in passing is not the report.
		const own = [
			'2023年,在温州市委的坚强领导下,市政府坚持依法行政。',
			'一、主要举措',
			'市政府常务会议学法8次,温州市获评全省法治政府建设示范市,瑞安市入选全省试点。',
			'出台《温州市行政复议工作规定》。',
		].join('\n');
		expect(named(own)).toEqual({name: '温州市', code: '330300'});
		// Led by its own city with a government, but with nothing of its level inside that city named.
		const office = '2023年,在温州市委、市政府的坚强领导下,市司法局坚持依法行政。\n一、主要举措\n全市推行说理式执法,温州市获评示范市,温州市行政复议中心挂牌。';
		expect(named(office)).toEqual({name: '温州市', code: '330300'});
	});

	test('a hosting site\'s banner at odds with the report\'s voice never names it, even when nothing else does', () => {
		// A county's site reposting its province's report: the province is named, or nobody is.
		const province = '通渭县人民政府 欢迎您\n2023年,省政府坚持依法行政,全省法治政府建设取得新成效。\n一、主要举措\n省政府常务会议学法6次,通渭县获评示范县。';
		expect(named(province)).toEqual({name: null, code: null});
		expect(named(`${province}\n奋力建设法治甘肃。`)).toEqual({name: '甘肃省', code: '620000'});
		// A city's site over a county report that never names itself.
		expect(named('宝鸡市人民政府\n2023年,我县坚持依法行政,县政府常务会议学法10次。\n一、主要举措\n全县推行“三项制度”。')).toEqual({name: null, code: null});
	});

	test('a report signed by its justice bureau is named by it; an undated footer at odds with its voice is not', () => {
		const signed = '2023年,我区坚持依法行政。\n一、主要举措\n区政府常务会议学法8次,建设“法治渭城”,全区推行“三项制度”。\n咸阳市渭城区司法局';
		expect(named(signed)).toEqual({name: '渭城区', code: '610404'});
		const footer = '2023年,我县坚持依法行政。\n一、主要举措\n县政府常务会议学法8次,全县推行“三项制度”。\n咸阳市司法局';
		expect(named(footer)).toEqual({name: null, code: null});
	});

	test('a city banner over a county report does not name it', () => {
		const text = '宝鸡市人民政府\n2023年度法治政府建设情况报告\n2023年,我县坚持依法行政,县政府常务会议学法10次。\n一、主要举措\n印发《太白县法治政府建设工作要点》,落实《太白县行政执法公示办法》。';
		expect(named(text)).toEqual({name: '太白县', code: '610331'});
	});
});

describe('a county that names itself only in its brand phrases', () => {
	const county = (brand: string) => `2023年,我县坚持依法行政,全县法治政府建设稳步推进。\n一、主要举措\n县政府常务会议学法8次,${brand}`;
	const district = (brand: string) => `2023年,我区坚持依法行政,全区法治政府建设稳步推进。\n一、主要举措\n区政府常务会议学法8次,${brand}`;

	test('is that county: 法治皋兰, 平安雁塔, a whole name (法治岚县), a 篇章 of its own', () => {
		expect(named(county('着力打造“法治皋兰”品牌,“法治皋兰”建设走深走实。'))).toEqual({name: '皋兰县', code: '620122'});
		expect(named(district('建设更高水平的平安雁塔。'))).toEqual({name: '雁塔区', code: '610113'});
		expect(named(county('群众对法治岚县建设的满意度持续提升。'))).toEqual({name: '岚县', code: '141127'});
		expect(named(county('奋力谱写中国式现代化皋兰篇章。'))).toEqual({name: '皋兰县', code: '620122'});
		expect(named(county('为推进现代化新皋兰建设提供有力法治保障。'))).toEqual({name: '皋兰县', code: '620122'});
	});

	test('not a province\'s or a city\'s brand, a method others cite, or two counties\' brands', () => {
		// 河北区 (天津) and 大同区 (大庆) exist, but 法治河北 and 法治大同 are the province's and the city's.
		expect(named(district('全力服务法治河北建设。')).name).toBeNull();
		expect(named(district('助力建设法治大同。')).name).toBeNull();
		// 浦江经验 is cited across a province; it is not 浦江县's report.
		expect(named(county('坚持和发展新时代浦江经验,领导干部下访接访。')).name).toBeNull();
		expect(named(county('学习借鉴法治皋兰、平安榆中的做法。')).name).toBeNull();
		// A modernisation with no county's name in it names none.
		expect(named(county('加快推进现代化新农村建设。')).name).toBeNull();
		// A report that speaks as no county level reads no brand.
		expect(named('2023年,全省坚持依法行政,建设法治皋兰。').name).toBeNull();
	});
});

describe('a city that names itself only in its brand phrases', () => {
	const city = (brand: string) => `2023年,市政府坚持依法行政,全市法治政府建设稳步推进。现将有关情况报告如下。\n一、主要举措\n市政府常务会议学法6次,${brand}`;

	test('is that city, when it speaks as one', () => {
		expect(named(city('以实施法治韶关建设规划为抓手,推动各项工作。'))).toEqual({name: '韶关市', code: '440200'});
	});

	test('not when it speaks as a county, nor a county-level city\'s parent brand beside its own', () => {
		// A district report serving its city's brand is the district's, and names itself nowhere.
		expect(named(`2023年,区政府坚持依法行政,全区法治政府建设稳步推进。\n一、主要举措\n区政府常务会议学法6次,助力法治韶关建设。`).name).toBeNull();
		// 乐昌市 (a county-level city of 韶关) writes both; its own brand is the county's.
		expect(named(city('建设法治乐昌,服务法治韶关建设大局。'))).toEqual({name: '乐昌市', code: '440281'});
		// Two cities' brands name neither.
		expect(named(city('学习借鉴法治韶关、法治清远的做法。')).name).toBeNull();
	});
});

describe('glosses and glued titles from scraped pages', () => {
	test('pinyin glosses inside names are read through', () => {
		const text = '2023年,全區(qū)各級人民政府堅持依法行政,落實總書記對內(nèi)蒙古的重要指示。\n一、主要舉措\n自治區(qū)人民政府常務會議學法,建設法治內(nèi)蒙古。'
			.replace(/區/gu, '区').replace(/內/gu, '内');
		expect(named(text)).toEqual({name: '内蒙古自治区', code: '150000'});
	});

	test('a title after a breadcrumb long enough to start the body', () => {
		const crumbs = '您当前的位置:首页 > 政务公开 > 政府信息公开目录 > 法定主动公开内容 > 法治政府建设年度报告 > 其他需要公开的信息 > 2024年度 > 详情';
		const metadata = readMetadata(lines(`${crumbs}\n蓝田县2023年度法治政府建设工作报告\n2023年,我县坚持依法行政。\n一、主要举措`));
		expect(metadata.district).toMatchObject({name: '蓝田县', code: '610122'});
		expect(metadata.year).toBe(2023);
	});

	test('a title run into the opening on one line', () => {
		const metadata = readMetadata(lines('资料网www.example.com江西省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持依法行政。'));
		expect(metadata.district).toMatchObject({name: '江西省', code: '360000'});
		expect(metadata.year).toBe(2023);
	});
});

describe('a county whose two-character name is written only in its documents\' titles', () => {
	const text = [
		'2023年,我县深入推进法治政府建设,现将工作情况报告如下:',
		'一、主要工作',
		'制定《莘县法治政府建设实施方案(2021—2025年)》,印发《莘县人民政府2023年度重大行政决策事项目录》。',
	].join('\n');

	test('is named by those titles', () => {
		expect(named(text)).toEqual({name: '莘县', code: '371522'});
	});

	test('but not by the same two characters anywhere else, where they may be a word', () => {
		expect(named(text.replaceAll('《莘县', '《关于莘县'))).toEqual({name: null, code: null});
	});
});

describe('whom a report is sent to', () => {
	test('a greeting line with the words of a title is still whom it is sent to, not its title', () => {
		const text = [
			'西宁市城中区人民政府',
			'关于2023年法治政府建设情况的报告',
			'西宁市全面依法治市委员会法治政府建设工作领导小组办公室:',
			'2023年,城中区坚持依法行政,推进法治政府建设。现将有关情况报告如下。',
		].join('\n');
		expect(named(text)).toEqual({name: '城中区', code: '630103'});
	});
});

describe('a banner by the short name its government signs with', () => {
	test.each([
		['东乌旗人民政府关于2023年度法治政府建设情况的报告\n2023年,我旗坚持依法行政。', '东乌旗', '152525'],
		['科左中旗2022年法治政府建设年度报告\n2022年,科左中旗坚持依法行政。', '科左中旗', '150521'],
	])('%s', (text, name, code) => {
		expect(named(text)).toEqual({name, code});
	});
});

describe('a county renamed since keeps the name and code of its day', () => {
	eachNamed([
		['横县2020年度法治政府建设情况报告\n2020年,横县深入推进依法行政。', {name: '横县', code: '450127'}],
		['2019年,海门市依法治市工作取得新突破。\n一、主要工作', {name: '海门市', code: '320684'}],
		// Near misses: the new name takes the new code, and an old name named in passing is no report's.
		['横州市2022年度法治政府建设情况报告\n2022年,横州市深入推进依法行政。', {name: '横州市', code: '450181'}],
		['西乡塘区2020年法治政府建设情况报告\n2020年,西乡塘区与横县签订法治建设合作协议。', {name: '西乡塘区', code: '450107'}],
	]);
});

describe('a disclosure report that names itself only where it is published, and a township of Inner Mongolia', () => {
	eachNamed([
		['根据《中华人民共和国政府信息公开条例》的规定,现公布邵东县人民政府2018年政府信息公开工作年度报告。\n一、总体情况', {name: '邵东县', code: '430521'}],
		['乌拉特中旗巴音乌兰苏木2021年政府信息公开工作年度报告\n根据《条例》规定,结合我苏木实际,对2021年度工作进行了总结。', {name: '巴音乌兰苏木', code: null}],
		// Near miss: a current county published so takes its current code.
		['现公布横州市人民政府2022年政府信息公开工作年度报告。\n一、总体情况', {name: '横州市', code: '450181'}],
	]);
});

describe('the opening\'s subject after the leadership and a second body\'s guidance', () => {
	eachNamed([
		['2021年,在市委、市政府的坚强领导下,省农业农村厅的正确指导下,六安市农业农村局全面贯彻落实法治政府建设各项工作要求。\n一、主要举措', {name: '六安市', code: '341500'}],
		// Near miss: a clause ending in 上下 is no guidance; with no name after it nothing is read.
		['2021年,在市委、市政府的坚强领导下,全局上下,坚持依法行政。\n一、主要举措', {name: null, code: null}],
	]);
});
