/**
What a figure's neighbours in the sentence say about it: a part of a total stated before it (其中…),
or the next item of an enumeration whose verb stands before the first item (审查A29件、B148件).
Both need the reading of an earlier figure, which classify records here as it goes.
*/
import {globalOf} from './global-pattern.js';
import {type Rule, countsUnit, widerDocket} from './rule.js';
import {opensOnKinds, opensOnTotal, type Words} from './words.js';
import {withoutListedTitles} from '../titles.js';

/** Records a figure's reading, for the figures after it: its rule, and the lead it was read with. */
export function remember(words: Words, rule: Rule | null, lead = words.lead): void {
	words.rule = rule;
	words.readLead = lead;
}

/**
A part of a total is not the total's indicator: in 收到申请156件,其中受理138件 the 138 is a sub-total of
the received cases, not another statement of them. A part of another kind stands (受理47件,其中审结45件;
审结962件,其中败诉228件; 建议提案共120件,其中人大代表建议80件).
*/
export function isPart(rule: Rule, words: Words): boolean {
	const total = words.total;
	// 从反映方式来看,来访3483件(次),占比79.68%: one kind of a breakdown, whatever total it is of, when no total stands
	// before it or its share of the whole follows it.
	if (opensOnKinds.test(words.sentence) && (total === undefined || shareAfter.test(words.sentence.slice(words.quantity.end, words.quantity.end + 12)))) {
		return true;
	}

	if (total === undefined) {
		return false;
	}

	// 议案建议共17件,其中主办建议12件、协办建议5件: shares by who handled them are parts of whatever the total is, and so
	// are shares by what they concern (审查涉法事项640件,其中涉及政府信息公开105件).
	if (byRole.test(words.lead) || byCause.test(words.lead)) {
		return true;
	}

	// 共办理…185件,其中2019年办理4件,…2023年办理96件: a part by year is that year's count, not a share of the years'
	// total; its year decides whether it is the report's.
	if (namesItsYear(words.lead)) return false;
	const totalRule = total.rule ?? null;
	// Kinds of what the total counts are its parts whatever topic their own words name (主动公开政府信息61条。其中,…回复网络
	// 申请公开事项5条 names requests, but counts information published).
	if (totalRule !== null && totalRule.indicator !== rule.indicator && totalRule.partsAreKinds === true && total.quantity.unit === words.quantity.unit) return true;
	// 市政协共收到提案362件,其中立案321件: a later stage of what the total counts (Rule.stage) is no share of it, however
	// introduced (所有提案中,经审查立案…的205件 too); it stands beside the total as it does after 经审查.
	if (rule.stage !== undefined && rule.stage.test(words.lead) && !rule.stage.test(total.own)) return false;
	// A sentence that opens on its total's noun (…立案205件。立案提案中,委员联名提案52件) breaks it down by name, whatever its
	// parts' own words say.
	if (totalRule !== null && totalRule.indicator === rule.indicator && opensOnTotal(words.sentence, total)) return true;
	// 提案共92件,其中集体提案25件,委员个人和联名提案67件: the parts listed after 其中 share one fate; a later one that names
	// the topic its total lacks is still a part when the one before it was.
	if (siblingOfPart(words, total)) return true;
	// A part that names the topic its total lacks (行政争议发案量共50件,其中行政复议发案量37件) is a statement of its own;
	// so is the indicator's count within a wider docket (受理行政案件486件,其中行政诉讼242件).
	if (namesWhatTotalDidNot(rule, words, total) || narrowsWiderDocket(rule, words, total)) return false;
	// A total without a measure word (审结复议案件4696,其中…) has no rule of its own, but its words may fit.
	// Kinds of what the total counts are counted as it is: 受理依申请公开23件 after 主动公开信息1186条,其中… counts requests.
	return totalRule === null
		? fitsWithout(rule, total)
		: totalRule.indicator === rule.indicator || (totalRule.partsAreKinds === true && total.quantity.unit === words.quantity.unit);
}

/** A share of the whole right after a figure: ,占比79.68% or ,占总量的52.84%. */
const shareAfter = /^(?:\([^()]{0,4}\))?[,,]\s*占/u;

/** The figure before is a part of the same total, in the same measure word. */
function siblingOfPart(words: Words, total: Words): boolean {
	const {previous} = words;
	return previous !== undefined && previous.part === true && previous.total === total && previous.quantity.unit === words.quantity.unit;
}

/**
发布信息4583条,其中主动公开政府信息2107条: the total was read with the topic only from the words around it, the part
names it itself. The part is the indicator's own statement, not a share of it; the total stands too.
*/
function namesWhatTotalDidNot(rule: Rule, part: Words, total: Words): boolean {
	const {topic} = rule;
	// In another measure word it counts other things (信息11000余条,其中主动公开政策公文299件: documents among the items).
	return topic !== undefined && part.quantity.unit === total.quantity.unit && !topic.test(total.own) && topic.test(part.own);
}

/** The total is a wider docket than the rule counts (Rule.broader), and the part, in no lesser measure, names the count. */
function narrowsWiderDocket(rule: Rule, part: Words, total: Words): boolean {
	const {broader, lesser} = rule;
	return broader !== undefined && widerDocket(rule, total.own) !== null && broader.named.test(part.own)
		&& !(lesser?.test(total.own) ?? false) && !(lesser?.test(part.own) ?? false);
}

/** A share named by the year it fell in, opening its item just before the number (其中2023年办理96件; …、2022年56件). */
const byYear = /(?:^|其中[::]?|[、,,;;])\s*(?:19|20)\d{2}年[^,,。;;、\d]{0,8}$/u;

/** What the year under review added to a stock counted before (累计…5928条,其中,本年度新增…2110条). */
const addedThisYear = /(?:本年度?|当年|今年)新增/u;

/**
Whether a lead names the year its share fell in (see byYear), or says the year added it to a stock: such a share is
the year's count, not a part.
*/
export const namesItsYear = (lead: string): boolean => byYear.test(lead) || addedThisYear.test(lead);

/**
A share named by the role in handling it (主办, 协办, 会办, 分办), by what it concerns (涉及), by whether it met the
conditions for acceptance (其中符合法定受理条件的…522件, a kind of the cases closed, not a count received), or by the body
that handled it (其中,司法部办理的…纠错率达18.7%).
*/
const byRole = /^[\s::,,、]*(?:其中[::]?)?\s*(?:主办|协办|会办|分办|涉及|不?符合(?:法定)?受理条件)|^[\s::,,、]*(?:其中[::,,]?)?\s*[^,,;;。\d]{1,8}?(?:办理|承办|审理)的/u;

/**
A share named by what gave rise to it (其中,行政处罚引起的4件、信息公开引起的1件): the cases it breaks down are
still the counted noun, whatever indicator the cause's words name.
*/
const byCause = /(?:引起|引发|导致|产生)的?\s*$/u;

/** An enumeration goes on: the figure's words start at 、 after the figure before. */
const enumerated = /^\s*、/u;

const commaBefore = /^\s*[,,]\s*/u;
/** A bare noun, or a list of them: Chinese only, short, with none of the verbs that open a clause of its own. */
const bareNoun = /^[\u4e00-\u9fff“”"、]{2,16}$/u;
const clauseVerb = /开展|办理|受理|收到|出具|提出|组织|举办|召开|完成|审查|审核|发布|公开|调解|化解|培训|处理|接待|解答|参加|参与|实现|推动|推进|制定|出台|印发|清理|废止|涉及|撤销|纠正|维持|驳回|败诉|出庭|回复|答复|反馈|转发|征求|提供|作出|签订|查处|报备|备案|报送|上报|移送|转交|交办|占|达|为|有|共|^[向对经由被将把从在给]/u;

/**
审查规范性文件12件,行政合同45份: an item after a comma that is a bare noun, with no verb of its own, goes on the
enumeration as an item after 、 does.
*/
function itemAfterComma(words: Words, previous: Words): boolean {
	// Most figures stand after no comma that follows the figure before: one character rules them out.
	const after = words.sentence.charCodeAt(previous.quantity.end);
	if (after !== 0x2C && after !== 0xFF0C && after > 0x20 && after !== 0xA0 && after !== 0x3000) return false;
	const between = words.sentence.slice(previous.quantity.end, words.quantity.index);
	return commaBefore.test(between) && between.replace(commaBefore, '').trim() === words.lead && bareNoun.test(words.lead) && !clauseVerb.test(words.lead);
}

/**
The words of an enumeration's later item with the verb of the item before carried in: in
审查行政规范性文件29件、行政管理类文件148件 the 148 is read as 审查行政规范性文件、行政管理类文件.
Only the rule that read the item before may read it, in a measure word it counts (the caller checks that it fits).
*/
export function carried(words: Words): {rule: Rule; words: Words} | undefined {
	const {previous} = words;
	// The rule of the item before and its measure words first: most figures follow none a rule read.
	const rule = previous?.rule;
	if (previous === undefined || rule === null || rule === undefined || !countsUnit(rule, words.quantity.unit)
		|| !(enumerated.test(words.lead) || itemAfterComma(words, previous))) {
		return undefined;
	}

	const carriedLead = previous.readLead ?? previous.lead;
	// What an item takes from the one before is its verb: a bare noun before it (行政复议案件32宗,行政检察监督案件3宗)
	// lends only its modifier, which would make the next noun its own kind.
	if (!clauseVerb.test(carriedLead)) return undefined;
	const lead = carriedLead + words.lead;
	const own = lead + words.own.slice(words.at);
	// The item's own words must be part of what the rule reads: in 审查文件29件、管理类文件148件 the pattern
	// reaches into 管理类文件; in 法律咨询44万人次、法律查询60万人次 it ends at 咨询, and 查询 is another noun.
	if (reachesPast(rule.own, own, carriedLead.length)) {
		return {rule, words: {...words, own, at: lead.length, lead}};
	}

	// 审核政府规范性文件6件、政府各类招商引资合同协议4件: items too long for the pattern to reach from the first item's
	// words take its verb alone (the two characters its match opens with: 审核), and must still be what it reads.
	const verb = verbOf(rule, carriedLead);
	if (verb === '') return undefined;
	const itemLead = verb + words.lead.replace(enumerated, '');
	const itemOwn = itemLead + words.own.slice(words.at);
	return reachesPast(rule.own, itemOwn, verb.length) ? {rule, words: {...words, own: itemOwn, at: itemLead.length, lead: itemLead}} : undefined;
}

/** The verb a rule's words open with in a lead (审核 of 审核政府规范性文件): the first two characters of its match, if Chinese. */
function verbOf(rule: Rule, lead: string): string {
	const match = rule.own.exec(lead);
	const verb = match === null ? '' : match[0].slice(0, 2);
	return /^[\u4e00-\u9fff]{2}$/u.test(verb) ? verb : '';
}

/** Whether some match of `pattern` in `text` ends past `at`. */
export function reachesPast(pattern: RegExp, text: string, at: number): boolean {
	const global = globalOf(pattern);
	global.lastIndex = 0;
	for (let match = global.exec(text); match !== null; match = global.exec(text)) {
		if (match.index + match[0].length > at) return true;
		if (match[0].length === 0) global.lastIndex++;
	}

	return false;
}

/**
`rule` fits the words whatever their unit: own words found, none that rule it out, and nothing after it that
makes it another count (调解纠纷121件,其中调解成功119件: the successes are the count, not a part of one).
*/
function fitsWithout(rule: Rule, words: Words): boolean {
	// A total in a measure word the rule does not count (为民办实事34.62万件次,其中审批法律援助案件8.88万件) is a sum of
	// other things the part is one of, not the indicator's count.
	const {unit} = words.quantity;
	return (unit === '' || countsUnit(rule, unit)) && rule.own.test(words.own) && !(rule.not?.test(withoutListedTitles(words.own)) ?? false)
		&& !(rule.notAfter?.test(words.sentence.slice(words.quantity.end)) ?? false);
}
