/**
Figures that are no amount of anything an indicator counts, whatever words stand around them.
Each test returns why, for the explain trace; null when the figure may be a fact.
*/
import {openerMarker} from './first-match.js';
import {movesOn, subjectOfMove} from './moved.js';
import {prefixHedges} from '../quantities/hedges.js';
import type {Words} from './words.js';

export type NotAnAmount = 'change' | 'bound' | 'average' | 'target' | 'set' | 'category' | 'share' | 'whole' | 'organisations' | 'enumeration' | 'achievements' | 'none' | 'exception' | 'start' | 'range';

/** 少于5件, 不足10人: a bound a count stays under or over, not a count. (超过/以上 are hedges: 超过40件 is about 40.) */
const bound = /(?:少于|低于|不足|不到|小于|多于|高于|大于|不少于|不低于|不超过|至少)$/u;

/** 出庭应诉率超过60%的有德州、潍坊等9个市: the figure a list of those above or below it is told by, not a figure of its own. */
const thresholdAfter = /(?:以上|以下|及以上|及以下)?的(?:有|共有|是|为)/uy;

export function threshold(words: Words): boolean {
	thresholdAfter.lastIndex = words.quantity.end;
	return thresholdAfter.test(words.sentence);
}

/** 无一起因调解不当引起上访, 未发生一起…: a count said not to have happened; the 一 is none. */
const negated = /(?:无|没有|未发生|未出现|未有|杜绝)$/u;

/**
收到申请85件,除2件结转下年办理外,均已答复: the cases left out of what is said of the rest, a part of a total, not a
count. 废除, 排除, 解除… are verbs of their own.
*/
const exception = /(?<![废排清扣删解免消剔拆革摒破])除(?:了|去)?(?:其中|上述|以上)?$/u;

/** 每年服务15万人次, 年均办理3万件, 每季度学法不少于1次: a rate per period or an average, not the year's count. */
// 预算及调整信息公开各1项: a count for each of several things, not their count.
// 每个乡镇开展…12场: a count for each body, not their sum.
const average = /每(?:年|月|季度?|周|天|日|一?个|期|场次?|次|批)|(?<!全)年均|[月日]均|各$/u;

/**
力争调解成功率达到98%, 全年计划安排会前学法8次, 下达…案件任务数为300件, 今年将承办人大代表建议151件, 目标是调解成功率
保持在98%以上, 出庭应诉率要达到100%, 办理援助案件需达到1200件以上: a target (or a quota handed down, or what the year
ahead will bring) is no result, wherever in the report it stands; so is every figure of a clause a targets' label opens
(总体目标:到年底,…办理率达30%以上). 将 only before a verb
of doing: 将…纳入, 将办理结果… and 将完成情况… put something somewhere.
Only words that set a figure as the aim (以…为目标 names a goal, not a figure). A plan as a thing made, joined, carried
out or published (印发《2022年度领导干部学法计划》, 纳入学习计划, 落实学法计划, 更新完善…工作计划(规划)…) sets no aim for the
figures after it.
*/
const target = /力争|争取|预计|将(?:在[^,;。\d]{1,24}?)?(?:组织)?(?:承办|举办|实现|达到|(?:开展|完成|办理|实施)(?![结情意时率]))|计划(?<!(?:制定|印发|制发|出台|下发|编制|落实|按照|根据|完成|列入|纳入|更新|完善|公开|发布|公布)[^,;。]{0,16}计划)(?!单列|》|>|〉|”|[,;。、]|$)|目标(?:是|为)?(?:[^,;。\d]{0,16}?(?:保持在|稳定在|提升至|提高到|提升到|达到)|完成|实现|达到|开展|举办|办结|保持)|(?:要|需|须|需要|必须|应当?)(?:达到|实现|保持在)|(?:任务数|目标任务|任务指标|任务量)(?:为|是|共)?$|^(?:总体|工作|主要|年度|具体|阶段性?)?目标(?:任务)?$/u;
/** Any of target's words: most leads hold none, and a pattern without the look-behind rules them out three times faster. */
const targetWords = /力争|争取|预计|将|计划|目标|任务|[要需须应当][达实保]/u;
const isTarget = (text: string): boolean => targetWords.test(text) && target.test(text);
const targetOpen = openerMarker(target);
/** 受领…提供法律援助2300件的目标任务, 下达的500人次培训指标: the figure right before the aim it sets is that aim. */
const aimAfter = /^(?:的)?(?:年度|全年|工作)?(?:目标任务|目标|任务|指标)/u;

// 其中涉及政府信息公开的12件: the cases on one matter, named by 涉及…的 as by 类; 人大建议办理类信息41条 is one kind of
// information published, not suggestions. 各类 (多类, 等类) is every kind: a total.
const categoryEnd = /(?<![各多等])类(?:行政|复议|诉讼)?(?:案件|纠纷|事项|问题|申请|信息)?(?:共计|合计|总计|共)?(?:为|是|达)?$|涉及?[^,;]{1,12}的$/u;

/**
…其中98.8%的纠纷在镇村两级化解: after 其中, a percentage before 的 and a noun is the share of the total's things
that did something, not a rate the catalog names; unless a rate is named right before it (调解成功率98%的好成绩).
Without a total it may be the rate itself (92%的政务服务事项实现全程网办).
*/
const rateBefore = /率\s*(?:为|达到?|是)?\s*$/u;

/**
…代表建议173件,占全部191件建议的90.5%: the whole a share is of (all suggestions, others' too), named after 占 and
followed by the share; the count before it is the government's.
*/
const wholeBefore = /占(?:全部|全|总|所有)?[^,;。\d]{0,8}$/u;
const shareAfter = /^[^,;。]{0,12}的\s*\d/u;

const categoryAside = /类[^,;。]{0,30}[((][^))]{0,6}$/u;

/** Measure words of places and bodies: 13个市州, 9个县级政府, 2个工作站, 10家单位. */
const placeUnits = new Set(['个', '家', '所', '处', '座']);

/**
The noun phrase after such a measure word names a body, not a thing done: 13个市州新收…, 9个县级政府,
2个法律咨询工作站和…. Only nouns of two characters or more: 区 or 市 alone is often a modifier (区级).
Counties written with their cities and districts in brackets (9个县(市、区), 5个县(市)区) are bodies by themselves,
whatever follows them.
*/
const body = /^(?:[^,;]{0,10}?(?:单位|部门|市州|州市|县市区|县区|乡镇|镇街|街道|社区|村居|企业|机关|政府(?!采购|合同|规章|文件|信息|网站|投资|购买|债务)|中心|工作站|服务站|站点|服务点|工作室|调解室|司法所|法庭|委员会|团队|队伍|基地|平台|窗口|机构|学校|医院|园区|开发区)|县\((?:市|区|市[、,]区)\))/u;

/**
两个模块, 三个一批, 四项机制: a Chinese numeral of one character before its noun enumerates kinds of things; it counts
no events. One of two or more (十三项重大行政决策, 二十个“一件事”) counts things as digits would.
*/
const chineseNumeral = /^[一二三四五六七八九十两]$/u;

/** 涉及5个方面7个事项: aspects, fields and links are kinds things fall into, whatever the numeral. */
const kindsNoun = /^(?:方面|领域|板块|环节|维度|层面|类别)/u;

/**
合法性审查全覆盖等3项改革入选…, 2项经验做法在全省推广, 获评4个典型案例: reforms, practices, cases held up as
examples and honours are what such a figure counts, whatever the words before it did; so are systems and mechanisms
set up (…法制审核3项制度, 建立5项机制).
*/
const achievementNoun = /^[^,;。]{0,4}(?:改革|经验|做法|典型|案例|举措|成果|品牌|荣誉|称号|奖项|制度(?!性|文件)|机制)/u;

/** 1个审计项目获市优秀审计项目表彰, 3件建议被评为优秀建议, 15件提案为年度优秀提案: the things a figure counts went on to win an honour. */
const awarded = /^[^,;。]{0,16}?(?:获评|荣获|被评为|评为|入选|获[^,;。]{0,30}?(?:表彰|奖)|为[^,;。]{0,12}优秀)/u;

/** 发布5件具有典型意义的行政诉讼典型案例: cases told as examples, however their noun is qualified, are no docket. */
const exampleCases = /^[^,;。,;、\d]{0,30}?案例/u;

/**
列入22件实事之一, 成为全省10个试点之一: the figure counts the set something is one of (projects, pilots), not what an
indicator counts, whatever the words before it.
*/
const oneOf = /^[^,;。\d]{0,12}之一/u;

/** Measure words of things counted whole: cases, people, times, items, documents (not 元, 天 or 小时). */
const countUnits: ReadonlySet<string> = new Set(['件', '件次', '人', '人次', '名', '次', '场', '场次', '项', '个', '条', '份', '篇', '起', '宗', '家', '户', '期', '批', '批次', '例', '组']);

/**
与上年相比,收到行政复议申请减少了18件, 信访事项同比下降36件: a difference, its verb right before the number, not the count.
*/
const difference = /(?:增加|减少|上升|下降|增长|降低|回落|提高|提升)了?$/u;

/** A count of how much another changed (同比减少89件): a difference, never a level, and nothing to break down. */
export const isDifference = (lead: string): boolean => difference.test(lead);

/**
bound, negated, exception and difference hold only at the end of a lead: by the UTF-16 code of a lead's last
character, which of them may (a bit each). One lookup rules most leads out of all of them, where a scan of every
character cost more than the patterns it spared.
*/
const boundEnd = 1;
const negatedEnd = 2;
const exceptionEnd = 4;
const differenceEnd = 8;
const endsOf = new Uint8Array(0x10000);
for (const [chars, bit] of [['于足到过少', boundEnd], ['无有生现绝', negatedEnd], ['除了去中述上', exceptionEnd], ['加少升降长低落高了', differenceEnd]] as const) {
	for (const char of chars) endsOf[char.charCodeAt(0)]! |= bit;
}

function endCues(lead: string): number {
	return lead.length === 0 ? 0 : endsOf[lead.charCodeAt(lead.length - 1)]!;
}

/** 10-15场次, 3至5场: the end of a range, the number before it its start. */
const rangeBefore = /[\d一二三四五六七八九十两]\s*(?:至|到|~|-|—|–)\s*$/u;
const rangeMarks = '至到~-—– ';

/** 每2.2个…就有: the number after it counts one in so many. */
const oneInSo = /每[\d.一二三四五六七八九十]+[^,;。]{0,16}就有$/u;

/** A clause that opens on a period each (每年, 每月; after its subject: 全市每年…), whatever it lists after. */
const opensOnEach = /^[^,;。、]{0,6}?每(?:年|月|季度?|周)/u;

/** Every average holds 每 or 均, or ends on 各. */
const mayAverage = (lead: string): boolean => lead.includes('每') || lead.includes('均') || lead.endsWith('各');

export function notAnAmount(words: Words): NotAnAmount | null {
	const {quantity} = words;
	if (quantity.change) {
		return 'change';
	}

	const {lead} = words;
	// The patterns only where their characters occur: most leads hold none, and most figures have one.
	const cue = endCues(lead);
	if ((cue & differenceEnd) !== 0 && difference.test(lead)) {
		return 'change';
	}

	// 法援万人受援量20.44件, 人均办案12.5件: a count has no fraction; a fractional one is a ratio or an average.
	if (!Number.isInteger(quantity.value) && countUnits.has(quantity.unit)) {
		return 'average';
	}

	if ((cue & boundEnd) !== 0 && bound.test(lead)) {
		return 'bound';
	}

	// 败诉率控制在5%以内, 降至3件以下: a ceiling the figure stayed under, not the figure.
	if (lead.endsWith('控制在') || lead.endsWith('控制于') || words.sentence.startsWith('以内', quantity.end) || words.sentence.startsWith('以下', quantity.end)) {
		return 'bound';
	}

	const {before} = words;
	if (rangeMarks.includes(before.at(-1) ?? '') && rangeBefore.test(before)) {
		return 'range';
	}

	// Only in the figure's own item of a list: 常务会议每季度听取汇报、开展常务会议学法7次 counts the sessions; but one
	// opening the clause governs every item of it (每年提供法律咨询、法律援助等各类服务1800多万件次).
	if (mayAverage(lead) && (average.test(lead.slice(lead.lastIndexOf('、') + 1)) || opensOnEach.test(lead))) {
		return 'average';
	}

	// 每2.2个调解案件就有1件通过远程视频调解: one in so many, a ratio.
	if (lead.endsWith('就有') && oneInSo.test(before)) {
		return 'average';
	}

	if ((cue & negatedEnd) !== 0 && negated.test(lead)) {
		return 'none';
	}

	if ((cue & exceptionEnd) !== 0 && exception.test(lead)) {
		return 'exception';
	}

	if (eachOver(words) || crossed(words) || threshold(words)) {
		return 'bound';
	}

	if (words.sentence.includes('之一', quantity.end) && oneOf.test(words.sentence.slice(quantity.end, quantity.end + 16))) {
		return 'set';
	}

	if (isTarget(lead) || targetOpen(words.sentence, words.quantity.index) || aimAfter.test(words.sentence.slice(quantity.end, quantity.end + 8))) {
		return 'target';
	}

	// 出庭应诉率从85%提升至100%: the value a move started from; the value it reached is the figure.
	if ((lead.includes('从') || lead.includes('由')) && subjectOfMove(lead) !== '' && movesOn.test(words.sentence.slice(quantity.end))) {
		return 'start';
	}

	// 信息公开类58件, 信息公开类案件22件, 婚姻家庭类纠纷120件: one kind of case in a breakdown, never the count of an indicator;
	// nor is a figure in brackets after one (处罚类复议案件增幅超3.6倍(新收2758件)).
	if (categoryEnd.test(lead) || categoryAside.test(lead)) {
		return 'category';
	}

	if (lead.includes('占') && wholeBefore.test(lead) && shareAfter.test(words.sentence.slice(quantity.end, quantity.end + 16))) {
		return 'whole';
	}

	if (quantity.unit === '%' && words.total !== undefined && words.sentence.charCodeAt(quantity.end) === 0x7684 && !rateBefore.test(lead)) {
		return 'share';
	}

	// Only a figure that stands before its noun has one after it (own runs past the number).
	if (words.own.length > words.at) {
		const noun = words.own.slice(words.at);
		if (placeUnits.has(quantity.unit) && body.test(noun)) {
			return 'organisations';
		}

		// Not after 等, where the numeral counts the items listed (完成A、B等两项重大行政决策事项).
		if ((quantity.unit === '个' || quantity.unit === '项') && ((chineseNumeral.test(numeralOf(quantity.text)) && words.sentence.charCodeAt(quantity.index - 1) !== 0x7B49) || kindsNoun.test(noun))) {
			return 'enumeration';
		}

		if (achievementNoun.test(noun) || exampleCases.test(noun) || awarded.test(words.sentence.slice(quantity.end, quantity.end + 48))) {
			return 'achievements';
		}
	}

	return null;
}

/** 超过40件, 逾百件, 突破1000人次: a count above a line. */
export const over = /^(?:超过|超|逾|多于|突破)/u;

/** A value told right after a threshold: ,达80.98%. */
const valueAfter = /^\s*[,,]\s*(?:达到?|为)\s*\d/u;

/**
首次突破80%,达80.98%: a threshold crossed, the value that crossed it told right after; alone (突破1000人次) the line
passed is a hedged count.
*/
export function crossed(words: Words): boolean {
	return words.quantity.text.startsWith('突破') && valueAfter.test(words.sentence.slice(words.quantity.end));
}

/** 共, 合计, 累计, 总: the words that sum what several bodies did. */
const summed = /共|合计|累计|总/u;

/**
9个县级政府收到行政复议申请超过40件: a line each of the bodies counted before passed, not a count. With 共 or 累计
between them (11个县区共收到申请超过800件) it is their sum, and stays a (hedged) count.
*/
function eachOver(words: Words): boolean {
	const {previous, quantity} = words;
	if (previous === undefined || !over.test(quantity.text) || previous.quantity.end > quantity.index) return false;
	if (summed.test(words.sentence.slice(previous.quantity.end, quantity.index))) return false;
	return notAnAmount(previous) === 'organisations';
}

/** The hedge a quantity's text may open with: the parsers' own list (quantities/hedges.ts). */
const hedgeOpening = new RegExp(`^(?:${prefixHedges.join('|')})`, 'u');

/** The numeral of 两个 or 约三个: the text less its hedge before and its measure word after. */
function numeralOf(text: string): string {
	return text.replace(hedgeOpening, '').replace(/[余多]?[个项]$/u, '');
}
