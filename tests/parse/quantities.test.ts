import {describe, expect, it} from 'vitest';
import {extractQuantities} from '../../source/parse/quantities/index.js';
import {foldDecimalDots, foldWidth} from '../../source/parse/normalize.js';
import {parsers, parsersFor} from '../../source/parse/quantities/parsers.js';
import {readdirSync, readFileSync} from 'node:fs';

type Row = [phrase: string, value: number, unit: string, approx: boolean];

const quantities: Row[] = [
	['审结6929件', 6929, '件', false],
	['新收案件1.16万件', 11600, '件', false],
	['盘活存量国有资产约42.16亿元', 4_216_000_000, '元', true],
	['罚没款总额减少5628.01万元', 56_280_100, '元', false],
	['接待法律服务咨询11.6万余人次', 116_000, '人次', true],
	['累计受众42万余人次', 420_000, '人次', true],
	['累计播放25余万次', 250_000, '次', true],
	['涉及金额6835余万元', 68_350_000, '元', true],
	['提出法律意见300余条', 300, '条', true],
	['参训人员近800人', 800, '人', true],
	['一次性化解率超95%', 95, '%', true],
	['约10个百分点', 10, '个百分点', true],
	['开展各类宣传活动180余场', 180, '场', true],
	['组织开放日活动120多次', 120, '次', true],
	['处罚案卷合格率98.8%', 98.8, '%', false],
	['接待咨询12,134件', 12_134, '件', false],
	['受理案件１２３件', 123, '件', false],
	['合格率达９５％', 95, '%', false],
	['服务人数达4万人', 40_000, '人', false],
	['七个乡(场)街道', 7, '个', false],
	['先后两次进行复盘', 2, '次', false],
	['会前学法十二次', 12, '次', false],
	['开展专题培训十余次', 10, '次', true],
	['走访企业二十多家', 20, '家', true],
	['百分之九十五的事项', 95, '%', false],
	['举办培训班300人左右', 300, '人', true],
	// A bare 百 or 千 with a hedge is about a hundred or a thousand.
	['开展送法下乡百余场', 100, '场', true],
	['组织法治宣传近百场', 100, '场', true],
	['发放明白纸千余份', 1000, '份', true],
	['覆盖群众两万余人次', 20_000, '人次', true],
	['惠及群众万余人次', 10_000, '人次', true],
	// 约 and 近 ending a word are no hedge.
	['修订村规民约2项', 2, '项', false],
	['最近3次会议', 3, '次', false],
	['受理申请约30件', 30, '件', true],
	// The measure word in brackets after the number, as a table's column names it.
	['开展普法活动 68(场次)', 68, '场次', false],
	['开展普法活动68(场次)', 68, '场次', false],
	// 一 after its noun counts one.
	['常务会会前学法一次', 1, '次', false],
	// A Chinese share's decimals after 点.
	['调解成功率达百分之九十八点五', 98.5, '%', false],
	['败诉率为百分之三点二五', 3.25, '%', false],
	['出庭应诉率达到百分之百', 100, '%', false],
	// The rest of a number written after its 万 or 亿.
	['办理法律咨询1万2000余人次', 12_000, '人次', true],
	['受理行政复议申请1万2千件', 12_000, '件', false],
	['化解矛盾纠纷3万500件', 30_500, '件', false],
	['涉案金额1亿2000万元', 120_000_000, '元', false],
];

describe('numbers written in two parts that are not one', () => {
	it('reads 1.2万3件 and 1万2万件 as two figures', () => {
		expect(extractQuantities('受理申请1.2万3件').map(quantity => quantity.value)).toEqual([12_000, 3]);
		expect(extractQuantities('受理申请1万2万件').map(quantity => quantity.value)).toEqual([10_000, 20_000]);
	});
});

describe('a rate whose decimal point a yearbook set as a middle dot', () => {
	it('reads 99·59% and 99·5 9% as 99.59, and 12·4 as a day', () => {
		expect(extractQuantities(foldDecimalDots('调解成功率99·59%')).map(quantity => quantity.value)).toEqual([99.59]);
		expect(extractQuantities(foldDecimalDots('调解成功率 99·5 9%')).map(quantity => quantity.value)).toEqual([99.59]);
		// Near misses: a day, and a rate whose digits a page set apart with no point between.
		expect(foldDecimalDots('开展“12·4”国家宪法日宣传活动20场')).toBe('开展“12·4”国家宪法日宣传活动20场');
		expect(extractQuantities('出庭应诉率9 5%').map(quantity => quantity.value)).toEqual([95]);
	});
});

describe('number expressions', () => {
	it.each(quantities)('%s → %d %s', (phrase, value, unit, approx) => {
		const found = extractQuantities(foldWidth(phrase));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({value, unit, approx});
	});
});

// Numbers that are names, not quantities.
const names = [
	'《法治政府建设实施纲要(2021—2025年)》',
	'修订(朝政发〔2024〕3号)',
	'在全市率先发布服务业扩大开放2.0方案',
	'《轻微违法行为容错纠错清单3.0》',
	'上线“爱山东”城阳分厅5.0版本',
	'深化构建“3+X”产业创新体系',
	'打造“4321+X”合法性审查品牌',
	'与12345政务服务便民热线建立合作机制',
	'全面推进“八五”普法规划落实',
	'成功打造“15分钟政务服务圈”',
	'打造城市15分钟便民生活圈',
	'提升行政执法质量三年行动计划',
	'落实中央“一规划两纲要”',
	'排名全市第一',
	// 一 before the noun it measures is an article, not a count.
	'开展了一场接地气的普法宣传活动',
	'召开一次“法律进乡村”专题会议',
	// Brackets after a bare number that hold no measure word.
	'附件2(清单)',
	'召开第四次会议',
	'一是推动学习贯彻习近平法治思想',
	'做到“六个到位”',
	'2025年1月24日',
	'党的二十大和二十届三中全会精神',
];

describe('numbers that are names', () => {
	it.each(names)('%s has no quantity', phrase => {
		expect(extractQuantities(foldWidth(phrase))).toEqual([]);
	});
});

describe('indefinite numbers (数十, 几百)', () => {
	it.each(['开展普法宣传活动数十场次', '培训基层干部几百人', '发放宣传资料数万份'])('%s has no quantity', phrase => {
		expect(extractQuantities(foldWidth(phrase))).toEqual([]);
	});

	it('reads a numeral after a noun ending in 数 as a count', () => {
		expect(extractQuantities('参训人数十二人').map(quantity => quantity.value)).toEqual([12]);
		expect(extractQuantities('案件总数三百件').map(quantity => quantity.value)).toEqual([300]);
	});
});

describe('year-on-year changes', () => {
	it('reads 上涨 and 下跌 as a rise and a fall', () => {
		expect(extractQuantities('受理行政复议案件106件,较2016年上涨27.71%')[0]!.yoy).toMatchObject({kind: 'pct', value: 27.71});
		expect(extractQuantities('受理行政复议案件106件,同比下跌12.5%')[0]!.yoy).toMatchObject({kind: 'pct', value: -12.5});
	});

	it('attaches a change past a clause that states last year\'s figure, when the two figures bear it out', () => {
		const [now, then] = extractQuantities('全年受理行政复议案件129件,上年为75件,同比增长72%');
		expect(now!.yoy).toMatchObject({kind: 'pct', value: 72});
		expect(then!.yoy).toBeNull();
		expect(extractQuantities('败诉率为3.2%,2023年为4.5%,同比下降1.3个百分点')[0]!.yoy).toMatchObject({kind: 'pp', value: -1.3});
		// Near miss: figures the change does not fit are not what it compares.
		expect(extractQuantities('全年受理行政复议案件129件,上年为75件,同比增长30%')[0]!.yoy).toBeNull();
	});

	it('attaches a fall to the figure before it, signed', () => {
		const [petitions] = extractQuantities('全区办理信访事项4480件次,同比下降27.81%');
		expect(petitions!.yoy).toMatchObject({kind: 'pct', value: -27.81, text: '同比下降27.81%'});
	});

	it('reads percentage points as their own kind', () => {
		const [rate] = extractQuantities('化解率为92.6%,较2023年提升了约10个百分点');
		expect(rate!.yoy).toMatchObject({kind: 'pp', value: 10});
	});

	it('distributes 分别 over the figures in order', () => {
		const found = extractQuantities('信访总量18426件次、23667人次,分别同比下降23.4%、28.3%');
		expect(found.map(quantity => [quantity.value, quantity.yoy?.value])).toEqual([[18426, -23.4], [23667, -28.3]]);
	});

	it('does not give a figure the change of a subject named after it', () => {
		const found = extractQuantities('受理群众来信来访1245件次、2110人次,信访总量同比下降15.6%');
		expect(found.map(quantity => quantity.yoy)).toEqual([null, null, null]);
		// The change is still a stated quantity, signed, kept as a figure of its own.
		expect(found.at(-1)).toMatchObject({value: -15.6, unit: '%', text: '同比下降15.6%'});
	});

	it('keeps a change whose subject restates the figure\'s', () => {
		const [rate] = extractQuantities('优秀率93.5%,优秀率同比增长6.9%');
		expect(rate!.yoy).toMatchObject({kind: 'pct', value: 6.9});
	});

	it('keeps a change said of the amount of what the clause counted', () => {
		const [requests] = extractQuantities('全年共收到政府信息公开申请86件,申请量同比增长21%');
		expect(requests!.yoy).toMatchObject({kind: 'pct', value: 21});
		const [cases] = extractQuantities('新收行政复议案件318件,案件数量同比下降6.2%');
		expect(cases!.yoy).toMatchObject({kind: 'pct', value: -6.2});
	});

	it('does not give a figure the change of another amount or a total', () => {
		expect(extractQuantities('办理法律援助案件500件,受援人数同比增长5%')[0]!.yoy).toBeNull();
		expect(extractQuantities('受理信访事项900件,信访总量同比下降8%')[0]!.yoy).toBeNull();
	});

	it('reads a change said as 增幅 or 降幅, as 与…相比 with last year\'s figure between, and as 同…比', () => {
		expect(extractQuantities('受理行政复议案件1.2万余件,案件量同比增幅超45%')[0]!.yoy).toMatchObject({kind: 'pct', value: 45});
		expect(extractQuantities('办理信访事项860件,同比降幅为12%')[0]!.yoy).toMatchObject({kind: 'pct', value: -12});
		expect(extractQuantities('新收行政复议申请318件,与去年264件相比上升20.5%')[0]!.yoy).toMatchObject({kind: 'pct', value: 20.5});
		expect(extractQuantities('新收行政复议申请318件,与上年的264件相比,增长20.45%')[0]!.yoy).toMatchObject({kind: 'pct', value: 20.45});
		expect(extractQuantities('败诉率8.3%,同2022年比下降3.1个百分点')[0]!.yoy).toMatchObject({kind: 'pp', value: -3.1});
		const [received] = extractQuantities('收到行政复议申请640件,与2022年相比增加了160件,增幅为33.33%');
		expect(received).toMatchObject({value: 640, yoy: {kind: 'pct', value: 33.33}});
		// Near miss: a comparison with another place is no change on the year.
		expect(extractQuantities('新收行政复议申请318件,与全市平均相比高20.5%')[0]!.yoy).toBeNull();
	});

	it('reads changes told one for each figure (分别) whose unit only the last gives, against the end of last year', () => {
		const [possible, full] = extractQuantities('全市事项可网办率95%、全程网办率88%,分别较去年底提升6.5和8个百分点');
		expect(possible).toMatchObject({value: 95, yoy: {kind: 'pp', value: 6.5}});
		expect(full).toMatchObject({value: 88, yoy: {kind: 'pp', value: 8}});
		const [received] = extractQuantities('收到行政复议申请800件,较上年末增长12%');
		expect(received).toMatchObject({value: 800, yoy: {kind: 'pct', value: 12}});
		// Near miss: a bare number after a change with no unit to share is no change.
		expect(extractQuantities('出庭率98%,同比提高3,达到新高').map(quantity => [quantity.value, quantity.yoy])).toEqual([[98, null]]);
	});

	it('reads a change with last year\'s count in its comparison (较上年…件增长) as the change of the count before', () => {
		const [suits, next] = extractQuantities('以县政府为被告的行政诉讼案件共142件,案件量较上一年度118件增长20.3%');
		expect(suits).toMatchObject({value: 142, yoy: {kind: 'pct', value: 20.3}});
		expect(next).toBeUndefined();
		expect(extractQuantities('办理信访事项860件,比去年的920件下降6.5%')[0]).toMatchObject({value: 860, yoy: {kind: 'pct', value: -6.5}});
		// Last year's rate after 相比于, and a change in brackets after the noun its figure stands before.
		expect(extractQuantities('败诉率为11.4%,相比于2022年的4.2%上升了7.2个百分点').map(quantity => [quantity.value, quantity.yoy?.value ?? null])).toEqual([[11.4, 7.2]]);
		expect(extractQuantities('新增177个“一件事”主题服务(同比增长66%)').map(quantity => [quantity.value, quantity.yoy?.value ?? null])).toEqual([[177, 66]]);
		// Near miss: a change after another clause's noun is no change of the figure.
		expect(extractQuantities('新增177个主题服务,群众满意度(同比增长6%)').map(quantity => [quantity.value, quantity.yoy?.value ?? null])).toEqual([[177, null], [6, null]]);
		// Or in brackets after the year it compares with.
		expect(extractQuantities('共收到信息公开申请22起,比2022年(31起)下降29%,答复22起').map(quantity => [quantity.value, quantity.yoy?.value ?? null])).toEqual([[22, -29], [22, null]]);
		// Near miss: a count of last year that a difference, not a rate, follows stays a figure of its own.
		expect(extractQuantities('收到申请96件,较上年80件增加16件').map(quantity => quantity.value)).toEqual([96, 80, 16]);
	});

	it('reads the rate after a difference from the year before as the change of the figure before it', () => {
		const [received, rate] = extractQuantities('新收行政复议申请2810件,比2023年增加305件,增幅为12.18%');
		expect(received).toMatchObject({value: 2810, yoy: {kind: 'pct', value: 12.18}});
		expect(rate).toBeUndefined();
		const [cases] = extractQuantities('受理信访事项640件,较上年减少64件,降幅10%');
		expect(cases).toMatchObject({value: 640, yoy: {kind: 'pct', value: -10}});
	});

	it('gives the change after a comparison with another year to the figure compared', () => {
		const [received] = extractQuantities('全年收到行政复议申请860件,较2023年640件增加了220件,同比增长34.4%');
		expect(received).toMatchObject({value: 860, yoy: {kind: 'pct', value: 34.4}});
		const [petitions] = extractQuantities('受理信访事项500件,比上年减少40件,同比下降7.4%');
		expect(petitions).toMatchObject({value: 500, yoy: {kind: 'pct', value: -7.4}});
		// Near miss: a clause that names a new subject keeps the change from the figure before.
		const [cases] = extractQuantities('办理法律援助案件500件,受援人数较上年增加40人,同比增长9%');
		expect(cases!.yoy).toBeNull();
	});

	it('keeps a difference with no rate, and a rate of nothing before it, as figures', () => {
		const found = extractQuantities('新收行政复议申请2810件,比2023年增加305件');
		expect(found.map(quantity => [quantity.value, quantity.yoy])).toEqual([[2810, null], [305, null]]);
		expect(extractQuantities('全市平均增幅为3.5%')).toMatchObject([{value: 3.5, unit: '%', yoy: null}]);
	});

	it('does not take an absolute change in money as a year-on-year rate', () => {
		const found = extractQuantities('罚没款总额较去年同期减少5628.01万元');
		expect(found).toMatchObject([{value: 56_280_100, unit: '元', yoy: null}]);
	});
});

describe('odd spacing from web pages', () => {
	it('reads a number set apart from its unit', () => {
		expect(extractQuantities('受理行政复议案件 47 件')).toMatchObject([{value: 47, unit: '件'}]);
	});

	it('still sees an ordinal across a space', () => {
		expect(extractQuantities('召开第 4 次会议')).toEqual([]);
	});
});

describe('a leading 百 or 千 without a hedge is a word, not a number', () => {
	it.each(['百场宣讲进万家', '服务千家企业', '百姓满意度调查'])('%s', phrase => {
		expect(extractQuantities(foldWidth(phrase))).toEqual([]);
	});
});

describe('the first batches or places are a rank, not a count', () => {
	it('reads 前N批 and 前N名 as ordinals, and not 目前 or 提前', () => {
		expect(extractQuantities('移交我省前28批信访举报件累计2438件').map(quantity => quantity.value)).toEqual([2438]);
		expect(extractQuantities('综合考评位列全市前3名').map(quantity => quantity.value)).toEqual([]);
		expect(extractQuantities('目前3名同志参加培训').map(quantity => quantity.value)).toEqual([3]);
	});
});

describe('a measure word before a bare number, as the noun it counts', () => {
	it('takes 人次, 人数, 场次, 件数 or 案件 before the number as its measure word', () => {
		expect(extractQuantities('观看人次超1232万').map(({value, unit, approx}) => [value, unit, approx])).toEqual([[12_320_000, '人次', true]]);
		expect(extractQuantities('参训人数达300').map(({value, unit}) => [value, unit])).toEqual([[300, '人']]);
		expect(extractQuantities('受理件数为52').map(({value, unit}) => [value, unit])).toEqual([[52, '件']]);
		expect(extractQuantities('共审结复议案件3120,审结率为90.1%').map(({value, unit}) => [value, unit])).toEqual([[3120, '件'], [90.1, '%']]);
		// Near miss: a year after the noun is no count of it.
		expect(extractQuantities('行政复议案件2024年起实行新规').map(({value}) => value)).toEqual([]);
		expect(extractQuantities('拨打12345热线').map(({value}) => value)).toEqual([]);
	});
});

describe('a total written without its measure word takes its parts\'', () => {
	it('borrows the measure word of the first count after 其中 (not a share, nor after a bare year)', () => {
		const read = (text: string) => extractQuantities(text).map(({value, unit}) => [value, unit]);
		expect(read('全年主动公开政府信息72,其中工作动态58条,政策法规14条')).toEqual([[72, '条'], [58, '条'], [14, '条']]);
		expect(read('收到申请72,其中占比60%')).toEqual([[60, '%']]);
		expect(read('2023,其中3件')).toEqual([[3, '件']]);
		expect(read('主动公开政府信息72。其中工作动态58条')).toEqual([[58, '条']]);
	});
});

describe('calls counted by 通', () => {
	it('reads 通 as a measure word, but not where it starts a word', () => {
		expect(extractQuantities('接听来电20余万通').map(({value, unit}) => [value, unit])).toEqual([[200_000, '通']]);
		expect(extractQuantities('考试3通过').map(({value}) => value)).toEqual([]);
	});
});

describe('the parsers a line may need, found in one pass', () => {
	// Each parser's own terms: one of its needs in the line, and its hint matching somewhere in it.
	const expected = (line: string): number => parsers.reduce((bits, parser, i) => ((parser.needs?.some(need => line.includes(need)) ?? true) && (parser.hint?.test(line) ?? true) ? bits | (1 << i) : bits), 0);
	const seedLines = readdirSync(new URL('../../seeds/', import.meta.url)).flatMap(name => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8').split('\n'));
	const written = ['', '同比下降5%', '增幅为12%', '百分之九十', '百分', '败诉率为零', '开展三十余场', '第一', '一是', '十余次', '较上年', '2024年'];

	it('agrees with every parser\'s needs and hint on every line of the seeds and on lines written for it', () => {
		for (const line of [...written, ...seedLines]) expect([line, parsersFor(line)]).toEqual([line, expected(line)]);
	});
});
