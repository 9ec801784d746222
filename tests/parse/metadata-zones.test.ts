import {describe, expect, test} from 'vitest';
import type {Line} from '../../source/parse/lines.js';
import {readMetadata} from '../../source/parse/metadata/index.js';

// Zones govern like districts but are no GB/T 2260 division: the report's district is the zone as it names
// itself, with no code, never the district the zone lies in. Made-up sentences, real zone names.

const lines = (text: string): Line[] => text.split('\n').map((line, i) => ({text: line, line: i + 1}));
const district = (text: string) => readMetadata(lines(text)).district;

describe('a zone keeps its own name and has no code', () => {
	test.each([
		['天津滨海高新区2023年度法治政府建设情况报告\n2023年,滨海高新区认真落实天津市、滨海新区法治政府建设部署。', '天津滨海高新区'],
		['2021年,在市委、市政府的坚强领导下,北京经济技术开发区坚持依法行政。\n一、主要举措', '北京经济技术开发区'],
		['2024年,两江新区坚持依法行政,深学笃行习近平法治思想。\n一、主要工作', '两江新区'],
		['2024年,在市委、市政府的坚强领导下,滨海湾新区(以下简称“新区”)始终坚持依法行政。\n一、主要工作', '滨海湾新区'],
		['| 东疆综合保税区2025年度法治政府建设情况报告 |\n2025年,东疆综保区深入贯彻习近平法治思想。', '东疆综合保税区'],
		['2022年,经开区坚持以习近平新时代中国特色社会主义思想为指引。\n一、主要举措\n党工委、管委会带头学法。', '经开区'],
		['郑州航空港经济综合实验区2023年法治政府建设情况报告\n2023年,航空港实验区坚持依法行政。', '郑州航空港经济综合实验区'],
		['贵州双龙航空港经济区2024年度法治政府建设工作情况报告\n2024年,经济区坚持依法行政。', '贵州双龙航空港经济区'],
		// A zone called only 经济区, its committee named in the opening.
		['2020年,南沙临港经济区管委会在区委、区政府的正确领导下,深入推进依法行政。\n一、主要工作', '南沙临港经济区'],
		// A bureau of the zone, its name longer than two characters.
		['苏州工业园区生态环境局关于2023年法治政府建设情况的报告\n2023年,我局坚持依法行政。', '苏州工业园区'],
		['两江新区市场监督管理局2024年法治政府建设工作情况报告\n2024年,我局坚持依法行政。', '两江新区'],
	])('%s → %s', (text, name) => {
		expect(district(text)).toMatchObject({name, code: null});
	});

	test('a division\'s bureau of a longer name keeps its division and code (滨海新区 is a district of 天津)', () => {
		expect(district('天津市滨海新区市场监督管理局2024年法治政府建设工作情况报告\n2024年,我局坚持依法行政。')).toMatchObject({name: '滨海新区', code: '120116'});
	});

	test('a committee titled by a bare name (翠屏湖管委会) governs a zone of that name', () => {
		expect(district('翠屏湖管委会2023年法治政府建设年度报告\n2023年,我委坚持依法行政。\n一、主要工作')).toMatchObject({name: '翠屏湖', code: null});
		expect(district('翠屏湖管理委员会关于2023年度法治政府建设情况的报告\n2023年,管委会坚持依法行政。')).toMatchObject({name: '翠屏湖', code: null});
		// Near misses: a city's department for urban management, and a division's committee, are no zones.
		expect(district('宜宾市城市管理委员会2023年法治政府建设年度报告\n2023年,市城管委坚持依法行政。')).toMatchObject({name: '宜宾市'});
		expect(district('平谷区管委会2023年法治政府建设年度报告\n2023年,我区坚持依法行政。')).toMatchObject({name: '平谷区', code: '110117'});
	});

	test('two zones reporting together are named by the first', () => {
		expect(district('关于2022年法治政府建设情况的报告\n现将高新区、示范区2022年法治政府建设工作开展情况报告如下。\n一、工作开展情况')).toMatchObject({name: '高新区', code: null});
		// Near miss: one zone's own name holds no list.
		expect(district('关于2022年法治政府建设情况的报告\n现将示范区2022年法治政府建设工作开展情况报告如下。\n一、工作开展情况')).toMatchObject({name: '示范区', code: null});
	});

	test('a zone\'s own organ or office after its name is not part of it', () => {
		expect(district('2022年,高新区管委会坚持依法行政。\n一、主要举措')).toMatchObject({name: '高新区', code: null});
		expect(district('高新区综治局2022年法治政府建设年度报告\n2022年,综治局坚持依法行政。')).toMatchObject({name: '高新区', code: null});
	});

	test('what a zone\'s organ is for (工作委员会, 开发建设管理委员会) is no part of its name: the zone, not the province before it', () => {
		const text = '中共陕西省西咸新区工作委员会\n陕西省西咸新区开发建设管理委员会\n关于2020年度法治政府建设情况的报告\n2020年,新区党工委管委会坚持依法行政。';
		expect(district(text)).toMatchObject({name: '陕西省西咸新区', province: '陕西省', code: null});
	});

	test('a zone titled by its kind alone takes the name its opening gives it', () => {
		const text = '经济开发区2024年度法治政府建设情况报告\n2024年宁河经济开发区在区委、区政府的正确领导下,扎实推进法治政府建设。';
		expect(district(text)).toMatchObject({name: '宁河经济开发区', code: null});
	});

	test('a zone named after its city hangs under that city', () => {
		expect(district('郑州市高新技术产业开发区管委会\n2024年度法治政府建设情况的报告\n2024年,高新区坚持依法行政。')).toEqual({
			name: '郑州市高新技术产业开发区', fullName: '河南省郑州市高新技术产业开发区', province: '河南省', city: '郑州市', code: null,
		});
	});

	test('a zone the statistics bureau numbers like a county (兰州新区 620171) still has no code', () => {
		expect(district('兰州新区2023年法治政府建设年度报告\n2023年,新区坚持依法行政。')).toMatchObject({name: '兰州新区', city: '兰州市', code: null});
	});

	test('a zone that names itself only by its kind takes its city from what the report names most', () => {
		const text = '2023年,高新区坚持依法行政,法治珠海建设考评获优秀等次。\n一、主要举措\n区党工委、区管委会落实平安珠海部署,学习《珠海经济特区安全生产条例》。';
		expect(district(text)).toMatchObject({name: '高新区', fullName: '广东省珠海市高新区', city: '珠海市', code: null});
	});
});

describe('what looks like a zone but is a division, and what sits in a division but is a zone', () => {
	test('浦东新区 and 滨海新区 are districts with codes', () => {
		expect(district('浦东新区2023年法治政府建设情况报告\n2023年,浦东新区坚持依法行政。')).toMatchObject({name: '浦东新区', code: '310115'});
		expect(district('2023年,滨海新区坚持依法行政。\n一、主要举措')).toMatchObject({name: '滨海新区', code: '120116'});
	});

	test('a zone inside a district is not that district', () => {
		const text = '2023年,滨海高新区坚持依法行政,认真落实天津市、滨海新区有关法治政府建设的工作部署。\n一、主要举措\n邀请新区法院行政庭庭长授课,滨海新区司法局指导。';
		expect(district(text)).toMatchObject({name: '滨海高新区', code: null});
	});

	test('a zone written with its district\'s name in brackets is that district', () => {
		expect(district('高新区(新市区)人民政府2024年法治政府建设工作报告\n2024年,区人民政府坚持依法行政。')).toMatchObject({name: '新市区', code: '650104'});
		expect(district('2024年,高新区(新市区)人民政府坚持依法行政。\n一、主要举措')).toMatchObject({name: '新市区', code: '650104'});
	});

	test('a city report that names its development zone in an award is still the city\'s', () => {
		const text = '2023年,我市坚持依法行政,市政府常务会议学法12次。\n一、主要举措\n曲靖经济技术开发区获评全省法治政府建设示范项目,全市推广。《曲靖市行政执法公示办法》出台,曲靖市获评先进。';
		expect(district(text)).toMatchObject({name: '曲靖市', code: '530300'});
	});
});

describe('a zone that names itself only by its kind', () => {
	test('takes the full name its own documents\' titles open with', () => {
		const text = '2023年,园区坚持依法行政,加快建设法治政府。\n一、主要举措\n对制定出台的《苏州工业园区法治政府建设实施方案》开展评估。';
		expect(district(text)).toMatchObject({name: '苏州工业园区', code: null});
	});

	test('also after the year, and written short where the text names only 开发区', () => {
		const yearFirst = '2021年,经开区坚持依法行政,加快建设法治政府。\n一、主要举措\n将法治建设纳入《2021年宣城经开区重点工作责任清单》。';
		expect(district(yearFirst)).toMatchObject({name: '宣城经开区', code: null});
		const short = '2021年,开发区坚持依法行政,加快建设法治政府。\n一、主要举措\n印发《宣城经开区法治政府建设实施方案》。';
		expect(district(short)).toMatchObject({name: '宣城经开区', code: null});
	});

	test('but not another kind of zone\'s (a high-tech zone is no new area)', () => {
		const text = '2023年,新区坚持依法行政,加快建设法治政府。\n一、主要举措\n学习借鉴《兰州高新区法治政府建设实施方案》。';
		expect(district(text)).toMatchObject({name: '新区', code: null});
	});
});

describe('a zone\'s or district\'s office named 中心 or 机关事务 before its report', () => {
	test('the zone before the office is the report\'s, never the city around it', () => {
		expect(district('重庆市万盛经开区机关事务中心关于2025年法治政府建设情况的报告\n一、主要举措')).toMatchObject({name: '重庆市万盛经开区', code: null});
	});

	test('and a district before its service centre', () => {
		expect(district('青羊区政务服务中心2024年法治政府建设工作报告\n一、主要举措')).toMatchObject({name: '青羊区', code: '510105'});
	});
});

describe('a district that answers to a province is none of a municipality\'s, whatever its name', () => {
	test('西城区 under 省州市 keeps its name with no code; Beijing\'s 西城区 keeps its code', () => {
		expect(district('西城区2025年法治政府建设工作总结\n2025年,在市委、市政府坚强领导下,我区对标省州市法治政府建设目标,圆满完成年度任务。')).toMatchObject({name: '西城区', code: null, province: null});
		expect(district('西城区2025年法治政府建设工作总结\n2025年,在市委、市政府坚强领导下,我区坚持依法行政。')).toMatchObject({name: '西城区', code: '110102'});
		// A province named is another government, not the report's superior.
		expect(district('西城区2025年法治政府建设工作总结\n2025年,我区与河北省政府签订合作协议,坚持依法行政。')).toMatchObject({name: '西城区', code: '110102'});
	});
});

describe('a zone that names only its kind', () => {
	test('keeps that name over the statutory one a law on it gives', () => {
		const text = '高新区综治局2021年法治政府建设年度报告\n2021年,高新区综治局在区党工委、区管委会的领导下坚持依法行政。\n一、主要举措\n牵头起草《珠海经济特区国家高新技术产业开发区条例》草案,推进平安珠海、法治珠海建设。';
		expect(district(text)).toMatchObject({name: '高新区', code: null, city: '珠海市'});
		// Near miss: the zone's own document gives its full name.
		expect(district(text.replace('《珠海经济特区国家高新技术产业开发区条例》草案', '《珠海高新技术产业开发区2021年依法行政工作要点》'))).toMatchObject({name: '珠海高新技术产业开发区', code: null});
	});

	test('is named by its own yearly documents when it speaks only as its committee', () => {
		const text = '一、工作开展情况\n党工委、管委会坚持依法行政,开发区邀请专家开展法治讲座。\n制定《2022年芜湖经开区重点工作任务清单》,逐项落实。';
		expect(district(text)).toMatchObject({name: '芜湖经开区', code: null});
		// Near misses: two zones' documents, and a report that does not speak as a zone.
		expect(district(text.replace('逐项落实。', '学习《2022年合肥高新区重点工作任务清单》。')).name).toBeNull();
		expect(district(text.replace('党工委、管委会坚持', '坚持').replace('开发区邀请', '邀请')).name).toBeNull();
	});
});
