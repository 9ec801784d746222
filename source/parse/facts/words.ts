/**
The words a figure is read with. Chinese puts the noun before the number
(审结6929件, 出庭应诉281人次) except after a bare measure word, where the noun
follows (上线112个“一件事”集成服务, 对809名执法人员…进行轮训).
*/
import type {Quantity} from '../types.js';
import {isIdeograph, opensNoun} from '../chars.js';
import {marker, openerEnd, wordMarker} from './first-match.js';
import {withoutTitles} from '../titles.js';
import type {Rule} from './rule.js';
import {isDifference} from './amount.js';
import {movedTo, subjectOfMove} from './moved.js';

export type Words = {
	/** The figure's own words: the clause before it, plus the noun phrase after it when it stands before its noun. */
	readonly own: string;
	/** Where the number sits within `own` (its words before it are own.slice(0, at)). */
	readonly at: number;
	/** own.slice(0, at), kept rather than sliced again by every reader. */
	readonly lead: string;
	/** The sentence up to the figure. */
	readonly before: string;
	readonly sentence: string;
	/** Section titles, innermost last. */
	readonly scope: string;
	/** The sentence before this one in its paragraph (line), or '': where a sentence with no subject of its own continues. */
	readonly earlier: string;
	/** The figure these words are about. */
	readonly quantity: Quantity;
	/** The words of the figure before it in the sentence. */
	readonly previous: Words | undefined;
	/** After 其中 (of which): the words of the total this figure is a part of. */
	readonly total: Words | undefined;
	/**
	How classify read the figure, set once it has: its rule, and the lead it was read with where an
	enumeration carried one in. A field, not a side table: a WeakMap per figure cost the parser 4%.
	*/
	rule?: Rule | null;
	/** The lead it was read with: its own, or one an enumeration carried in. */
	readLead?: string;
	/** Set when classify found it a part of its total (parts.ts), for the parts listed after it. */
	part?: boolean;
	/**
	How many characters at the end of `own` are the words after a list of figures that stand before their nouns, which
	each item shares (sharedPredicate); 0 when none.
	*/
	readonly shared: number;
};

/** Clause ends, and the sentence's own end: a noun after the last figure (…开展4次集体学法活动。) stops before its 。. */
const clauseBreaks = ',,::;;。!?';
/** Two-character words that say nothing of the subject; no two start with the same character. */
const fillerWords = ['共计', '累计', '全年', '其中', '分别', '达到', '合计', '总计'] as const;
const fillerChars = '共计达为和及与等了的是有';

/** A lookup table by UTF-16 code: 1 marks a clause break, 2 a filler character. */
const charKind = new Uint8Array(0x10000);
for (const char of clauseBreaks) charKind[char.charCodeAt(0)] = 1;
for (const char of fillerChars) charKind[char.charCodeAt(0)] = 2;
/** 1 marks the first character of a filler word: most characters start none, and need no word compared. */
const fillerStart = new Uint8Array(0x10000);
for (const word of fillerWords) fillerStart[word.charCodeAt(0)] = 1;

function lastBreak(text: string, from: number, to: number): number {
	for (let i = to - 1; i >= from; i--) {
		if (charKind[text.charCodeAt(i)] === 1) {
			return i + 1;
		}
	}

	return from;
}

function nextBreak(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) {
		if (charKind[text.charCodeAt(i)] === 1) {
			return i;
		}
	}

	return to;
}

/**
What may follow a number but opens no noun: hedges, comparisons, adverbs that open the next clause (不予受理4件已受理…),
and conjunctions that open the next item (重大行政决策事项目录5项和听证事项目录2项; not 并, which goes on with what the
figure's things underwent: 出台行政规范性文件2件并按规定进行合法性审核).
*/
const notNounStarts = ['以上', '左右', '之多', '以来', '同比', '较', '比', '的', '已', '均', '都', '且', '仍', '和', '及', '与'] as const;

/**
对53份规范性文件、15份合同进行了合法性审查: figures that stand before their nouns, in a list joined by 、, share
the words after the list. For each but the last, the last item's noun and those words (合同进行了合法性审查), or ''.
*/
function sharedPredicate(sentence: string, quantities: readonly Quantity[], k: number, tail: string, nextStart: number): string {
	let item = tail;
	let itemEnd = nextStart;
	for (let j = k + 1; j < quantities.length && j <= k + 8; j++) {
		// The item before must run straight into this figure, its noun ended by 、.
		if (itemEnd !== quantities[j]!.index || !itemEnds.test(item)) return '';
		const noun = nounAfter(sentence, quantities[j]!);
		if (noun === -1) return '';
		const after = quantities[j + 1]?.index ?? sentence.length;
		itemEnd = nextBreak(sentence, noun, after);
		item = sentence.slice(noun, itemEnd);
		if (itemEnd !== after || !itemEnds.test(item)) return withoutQuotedNoun(item);
	}

	return '';
}

/** An item's words that end the item: on 、, or on 、 and a short modifier of the next item (议题、拟签订的31份合同). */
const itemEnds = /、\s*(?:[^、,,;;:: ]{0,5}的\s*)?$/u;

/**
The last item's words without its noun when that is a quoted name: in 339个事项“通城通办”、…、111个“一件事套餐”标准化运行
the items share 标准化运行, not the last one's 一件事套餐. An unquoted noun cannot be told from the verb after it, and stays.
*/
function withoutQuotedNoun(item: string): string {
	const close = item.startsWith('“') ? item.indexOf('”') : item.startsWith('《') ? item.indexOf('》') : -1;
	return close === -1 ? item : item.slice(close + 1);
}

/** Counts of people or of times, which 的 may join to what they attended (8000多人次的行政执法人员培训). */
const peopleOrTimes: ReadonlySet<string> = new Set(['人次', '人', '名', '场次', '场']);

/**
Where the noun a number stands before begins, or -1: a measure word followed straight by a noun or a quote
(上线112个“一件事”…), or a share, or a count of people or times, followed by 的 and its noun (90%的事项实现全程网办,
开展75场次、8000多人次的行政执法人员培训).
*/
function nounAfter(sentence: string, quantity: Quantity): number {
	const {end} = quantity;
	if ((quantity.unit === '%' || peopleOrTimes.has(quantity.unit)) && sentence[end] === '的') {
		return opensNoun(sentence, end + 1) ? end + 1 : -1;
	}

	return opensNoun(sentence, end) && !notNounStarts.some(word => sentence.startsWith(word, end)) && !among(sentence, end) ? end : -1;
}

/**
中 right after a count is "among them" (审结的案件977件中纠错236件): the words after it are a part's, not a noun
of the count. 中心, 中队, 中级 … after a measure word are nouns (建成3个中心).
*/
function among(sentence: string, end: number): boolean {
	return sentence[end] === '中' && !'心队级型小学医国华央'.includes(sentence[end + 1] ?? '心');
}

function fillerWordAt(text: string, i: number): boolean {
	for (const word of fillerWords) {
		if (text.startsWith(word, i)) {
			return true;
		}
	}

	return false;
}

/**
就14件文件草案征求意见, 对12件文件提出修改意见: a preposition before a figure that stands before its noun makes it
the object of a clause with a verb of its own, not a further figure of the subject before; so does one that says
where or from what (在58个项目中抽取了14个, 从…), and so does 有 (there are): …,有90.3%的案件未再进入诉讼. A time or
manner may stand before the preposition (全年对412件轻微违法行为不予处罚, 依法对…).
*/
const objectLead = /^(?:全年|年内|今年|当年|共|累计|依法)*[就对向将把给按在从于有]$/u;

/**
A rate or a change and a count are never of one subject: 参学率同比增长12.2%,61名新任命的工作人员… does not make
the 61 a rate's count. Two counts, or two rates, may be.
*/
function sameKind(before: Quantity, quantity: Quantity): boolean {
	return (before.change === undefined) === (quantity.change === undefined) && (before.unit === '%') === (quantity.unit === '%');
}

/**
成功调解村级矛盾纠纷78件,镇级矛盾纠纷37件: a clause that is only a modifier and the noun the figure before counted
(its last two characters or more) takes that figure's verb. The verb before the other modifier, or '' when the
clause is no such parallel (it has a verb of its own, or shares no noun).
*/
function parallelVerb(before: string, lead: string): string {
	const parallel = parallelLead.exec(lead);
	if (parallel === null || !before.endsWith(parallel[2]!)) return '';
	const rest = before.slice(0, before.length - parallel[2]!.length);
	const modifier = parallel[1]!;
	// The same kind of modifier, as long (村级 and 镇级, 民事类 and 刑事类), after a verb.
	const cut = rest.length - modifier.length;
	return cut > 0 && rest.at(-1) === modifier.at(-1) ? rest.slice(0, cut) : '';
}

/**
A clause that only says what share something is (占比, 所占比例为, 占总数的, 占全部一审结案总数的, 占): of the count just
before it. The whole it is of, when named, has no figure of its own (占全部191件建议的 names one: notAnAmount's whole).
*/
const shareLead = /^(?:所占比例|所?占(?:[^,;。\d]{0,16}的)?(?:比(?:例|重)?)?)(?:为|是|达到?)?约?$/u;

/** Only a clause break between a count and the share after it. */
const clauseBreakOnly = /^\s*[,,;;]\s*$/u;
/** The breaks before and after a change told between them (,同比下降14.84%,). */
const twoBreaks = /^\s*[,,;;]\s*[,,;;]\s*$/u;

/**
Whether a share stands right after a count, a clause break between them and nothing else (but the count's own
change), naming no noun of its own: 网办事项1627项,占比81%, but not 网办事项1627项,办结率98% or a share after another
share.
*/
function isShareOf(before: Quantity, quantity: Quantity, lead: string, between: string): boolean {
	if (quantity.unit !== '%' || before.unit === '%' || quantity.change !== undefined || before.change !== undefined || !shareLead.test(lead)) return false;
	// 败诉752件,同比下降14.84%,占…的15.9%: the count's own change may stand between them.
	const change = before.yoy?.text;
	return change !== undefined && between.includes(change) ? twoBreaks.test(between.replace(change, '')) : clauseBreakOnly.test(between);
}

/** A level or a kind that tells one count of a noun from the next (村级, 镇级, 民事类), then the noun. */
const parallelLead = /^([\u4e00-\u9fff]{1,2}[级类])([\u4e00-\u9fff]{2,8})$/u;

/**
代表建议15件、政协委员提案5件,共计396件: a sum after figures of several indicators is of them all, and takes no subject from
the last of them.
*/
function sumOfSeveral(lead: string, previous: Words): boolean {
	if (!sumsOnly.test(lead)) return false;
	const read = previous.rule;
	for (let item = previous.previous; item !== undefined; item = item.previous) {
		if (item.rule && read && item.rule !== read) return true;
	}

	return false;
}

/**
Two Chinese characters that are more than filler (共计, 其中, 和 …): a subject of its own.
Read as if the filler words were removed first, without building that string.
*/
function hasContent(text: string): boolean {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isIdeograph(code)) {
			if (fillerStart[code] === 1 && fillerWordAt(text, i)) {
				i++;
			} else if (charKind[code] !== 2 && ++count >= 2) {
				return true;
			}
		}
	}

	return false;
}

export function wordsFor(sentence: string, quantities: readonly Quantity[], k: number, scope: string, previous: Words | undefined, earlier = '', earlierLast?: Words): Words {
	const quantity = quantities[k]!;
	const previousEnd = k > 0 ? quantities[k - 1]!.end : 0;
	const nextStart = nounEnd(sentence, quantities, k);
	let leadStart = lastBreak(sentence, previousEnd, quantity.index);
	// 公布4项年度重大行政决策目录、行政执法事项清单4835项: the figure before stood before its noun, and the words up to
	// the first 、 after it are that noun, not this figure's. The 、 stays, so an enumeration's verb may still carry.
	// So are the words up to 和, 及 or 以及 right before this figure (200个“一件事一次办”事项和26个“就近办”事项).
	if (leadStart === previousEnd && previous !== undefined && previous.own.length > previous.at && previous.quantity === quantities[k - 1]) {
		const joint = sentence.indexOf('、', previousEnd);
		if (joint !== -1 && joint < quantity.index) leadStart = joint;
		else leadStart = conjunctionBefore(sentence, previousEnd, quantity.index);
	}

	// 行政复议案件共 12 件: a page's space before the number is no word (the rules anchor on the lead's end).
	let lead = sentence.slice(leadStart, quantity.index).trim();
	// 全年结案(包括案前调解、不予受理及受理后审结)86件: what a count includes, in brackets, lists its parts; they are
	// not words of the counted noun, and would read as another indicator's or rule it out.
	const included = lead.includes('(') && inclusion.test(lead);
	if (included) lead = withoutInclusions(lead);
	const noun = nounAfter(sentence, quantity);
	const tailEnd = noun === -1 ? quantity.end : nextBreak(sentence, noun, nextStart);
	let tail = noun === -1 ? '' : sentence.slice(noun, tailEnd);
	const shared = noun === -1 ? '' : sharedPredicate(sentence, quantities, k, tail, nextStart);
	tail += shared;
	tail += reviewedAfter(sentence, tailEnd, nextStart);
	let own = lead + tail;
	const subject = respectively(sentence, quantities, k);
	const summed = tail === '' ? summedClause(sentence, leadStart, previousEnd, lead) : '';
	const label = tail === '' && lead === '' && summed === '' ? labelBefore(sentence, leadStart, previousEnd) : '';
	let series = '';
	if (subject !== undefined) {
		lead = subject;
		own = subject;
	} else if (summed !== '') {
		// 公开了各类信息,共计100余条: a clause that only sums takes its words from the clause before it.
		lead = summed + lead;
		own = lead;
	} else if (label !== '') {
		// 行政诉讼案件:89件 / 出庭应诉率:100%: a list's label before a colon is the figure's noun.
		lead = label;
		own = lead;
	} else if (previous !== undefined && tail === '' && sameKind(previous.quantity, quantity) && (series = nextInSeries(previous, lead)) !== '') {
		// 2021年收到行政复议申请73件;2022年激增到208件: a year of a series, its subject the year's before.
		lead = series;
		own = lead;
	} else if (previous !== undefined && !hasContent(lead) && !(objectLead.test(lead) && hasContent(tail)) && !opensOwnClause(lead, leadStart, previousEnd, tail, sentence, quantity.end) && sameKind(previous.quantity, quantity) && !sumOfSeveral(lead, previous)) {
		// 信访总量18426件次、23667人次 / 受理24件: the subject carries from the figure before.
		// 清单4期50个主题: the lead is empty even where a noun follows the number.
		lead = previous.lead + lead;
		own = lead + tail;
	} else if (previous !== undefined && tail === '' && leadStart === previousEnd && sameKind(previous.quantity, quantity) && movedTo.test(lead) && subjectOfMove(previous.lead) !== '') {
		// 出庭应诉率从85%提升至100%: the value reached, read with the subject written before 从.
		lead = subjectOfMove(previous.lead) + lead;
		own = lead;
	} else if (previous !== undefined && tail === '' && isShareOf(previous.quantity, quantity, lead, sentence.slice(previousEnd, leadStart))) {
		// 全程网办事项1627项,占比81%: the share is the count's, a clause after it.
		lead = previous.lead + lead;
		own = lead;
	} else if (previous !== undefined && tail === '' && addedAlone.test(lead) && sameKind(previous.quantity, quantity)) {
		// 累计主动公开政府信息3819条,本年度新增295条: what the year added to the count before, of the same things.
		lead += previous.lead.replace(summingWords, '');
		own = lead;
	} else if (previous !== undefined && tail === '' && sameKind(previous.quantity, quantity)) {
		const verb = parallelVerb(previous.lead, lead);
		if (verb !== '') {
			lead = verb + lead;
			own = lead;
		}
	} else if (quantity.unit === '%' && quantity.change === undefined && tail === '' && valueLead.test(lead)) {
		// 出庭应诉率逐年提升,2023年达到98.5%: the rate is the subject of the clause before, which says how it moved.
		const rate = trendingRate(sentence, leadStart);
		if (rate !== '') {
			lead = rate + lead;
			own = lead;
		}
	}

	return {
		own,
		at: lead.length,
		lead,
		// The topic of a figure is stated near it; a bounded look-back keeps a run-on sentence linear.
		before: beforeFigure(sentence, quantity.index, included),
		sentence,
		scope,
		earlier,
		quantity,
		previous,
		total: previous === undefined ? totalBefore(sentence, earlierLast) : totalOf(sentence, previousEnd, quantity.index, previous),
		// Set by classify; present from the start so every Words has one shape.
		rule: undefined,
		readLead: undefined,
		shared: shared !== '' && own.endsWith(shared) ? shared.length : 0,
	};
}

/** How long something lasted, told inside a noun phrase: 参加为期4天的…培训班. */
const spanUnits: ReadonlySet<string> = new Set(['天', '日', '周', '个月', '小时', '学时']);

/**
Where the noun after the figure may run to: the next figure, unless that one only says how long the noun lasted
(组织30名干部职工参加为期4天的…培训班: the course is the trainees' noun).
*/
function nounEnd(sentence: string, quantities: readonly Quantity[], k: number): number {
	let next = k + 1;
	while (next < quantities.length && spanUnits.has(quantities[next]!.unit) && sentence.endsWith('为期', quantities[next]!.index)) next++;
	return quantities[next]?.index ?? sentence.length;
}

/**
出台规范性文件4195份,均经合法性审查 (or 出台4195份规范性文件,均经…): a clause right after the figure, or after the noun
it stands before, that says all of its things were reviewed for legality is the figure's predicate; '' otherwise.
*/
const allReviewed = /^[,;]\s*(?:均|全部|都)[^,;。\d]{0,8}(?:合法性|法制)(?:审查|审核)/u;

function reviewedAfter(sentence: string, end: number, nextStart: number): string {
	const code = sentence.charCodeAt(end);
	// Most figures are followed by a clause break; few by one and 均, 全 or 都 (or a space).
	const next = sentence.charCodeAt(end + 1);
	if ((code !== 0x2C && code !== 0x3B) || (next !== 0x5747 && next !== 0x5168 && next !== 0x90FD && next !== 0x20)) return '';
	const clause = allReviewed.exec(sentence.slice(end, nextStart));
	return clause === null ? '' : clause[0].slice(1).trim();
}

/** A lead that only says the year under review added some (本年度新增), and the summing words a stock's lead opens on. */
const addedAlone = /^(?:其中[,,:]?)?(?:本年度?|当年|今年)新增(?:了)?$/u;
const summingWords = /^(?:累计|共计|合计|总计|共)/u;

/**
A clause of a summing word alone (共计, 合计, 累计达), after a comma; or of a verb of holding alone, with a time or a
sum (会前学法实现常态化,全年共开展11次): it names nothing held, and the clause before says what.
*/
const sumsOnly = /^(?:(?:全年|年内|今年以来|本年度)?(?:共计|合计|总计|累计|共|计)(?:开展|举办|组织|召开)?|(?:全年|年内|今年以来|本年度)(?:开展|举办|组织|召开))(?:了)?(?:达到?|为)?$/u;

/**
The clause before a lead that only sums (…公开了各类信息,共计100余条), when that clause holds no figure and says
something of its own; else ''.
*/
function summedClause(sentence: string, leadStart: number, previousEnd: number, lead: string): string {
	const clauseStart = sumsOnly.test(lead) ? clauseBeforeComma(sentence, leadStart) : -1;
	if (clauseStart < previousEnd) return '';
	const clause = sentence.slice(clauseStart, leadStart - 1).trim();
	return hasContent(clause) ? clause : '';
}

/**
The label a colon ends right before a figure (收到行政复议申请:56件;审结:50件), back to the clause break or figure
before it, when it says something of its own (其中: does not); else ''. Labels are short: a longer clause before a
colon introduces a list (全年办理情况如下:).
*/
function labelBefore(sentence: string, leadStart: number, previousEnd: number): string {
	let colon = leadStart - 1;
	while (colon > previousEnd && sentence.charCodeAt(colon) === 0x20) colon--;
	if (colon <= previousEnd || sentence.charCodeAt(colon) !== 0x3A) return '';
	const label = sentence.slice(lastBreak(sentence, previousEnd, colon), colon).trim();
	return label.length <= 16 && hasContent(label) && !label.endsWith('如下') ? label : '';
}

/** Where the clause right before `leadStart` starts, when a comma ends it; else -1. */
function clauseBeforeComma(sentence: string, leadStart: number): number {
	const comma = sentence.charCodeAt(leadStart - 1);
	return leadStart < 2 || (comma !== 0x2C && comma !== 0xFF0C) ? -1 : lastBreak(sentence, 0, leadStart - 1);
}

/** A clause that names a rate and how it moved, and nothing more: 行政机关负责人出庭应诉率逐年提升, 败诉率明显下降. */
const rateTrend = /^[^\d%]{0,24}率[^\d%]{0,6}(?:提升|提高|上升|下降|降低|增长|回落|好转)了?$/u;

/** A clause that only says when and how a value stood: 2023年首次突破, 全年为, 达到, 降至. */
const valueLead = /^(?:(?:19|20)\d{2}年度?|全年|当年|年内|今年)?(?:首次|再次|已经?|进一步)?(?:突破|达到?|为|至|降至|升至|保持在?|稳定在|(?:提升|提高|上升|下降|降低)(?:至|到))?$/u;

/** The clause right before `leadStart`, after a comma, when it is a rate's trend with no figure (rateTrend); else ''. */
function trendingRate(sentence: string, leadStart: number): string {
	const clauseStart = clauseBeforeComma(sentence, leadStart);
	if (clauseStart < 0) return '';
	const clause = sentence.slice(clauseStart, leadStart - 1).trim();
	return rateTrend.test(clause) ? clause : '';
}

/**
A figure that opens a clause of its own and stands before its noun (…套餐54项;助力…建设,130个事项实现“川渝通办”) names its
own subject: the figure before lends it none. Without a clause break (清单4期50个主题) it still may.
*/
function opensOwnClause(lead: string, leadStart: number, previousEnd: number, tail: string, sentence: string, end: number): boolean {
	return lead === '' && leadStart > previousEnd && (hasContent(tail) || becameOf.test(sentence.slice(end, end + 4)));
}

/**
收到来信1229件,908件已转有关部门办理 / 受理信访事项420件次,380件次已按期办结: a figure that opens its clause and is followed
by what became of it counts those that went on to that stage, not the total again.
*/
const becameOf = /^\s*(?:已经?|均已|全部|正在|尚[未在]|仍在|被)/u;

/** Where a conjunction that stands right before a figure starts (和, 及, 与, 以及), or `from` when none does. */
function conjunctionBefore(sentence: string, from: number, index: number): number {
	if (index - 2 >= from && sentence.startsWith('以及', index - 2)) return index - 2;
	return index - 1 >= from && '和及与'.includes(sentence[index - 1]!) ? index - 1 : from;
}

const inclusion = /\((?:包括|包含|含)[^()]*\)/u;
const inclusions = new RegExp(inclusion.source, 'gu');

function withoutInclusions(lead: string): string {
	return lead.replace(inclusions, '');
}

/**
The sentence up to a figure; without the brackets that say what a count includes when its lead had one (see
withoutInclusions), so the sentence before the figure still ends with its lead.
*/
function beforeFigure(sentence: string, index: number, included: boolean): string {
	const before = sentence.slice(Math.max(0, index - 200), index);
	return included ? withoutInclusions(before) : before;
}

/**
A clause that names only its year and how the figure moved or stood (2022年激增到, 2023年为); the year's months so far
may follow it (2024年1-10月为: the year under review, told before it ends).
*/
const seriesLead = /^((?:19|20)\d{2})年度?(?:\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月份?|[上下]半年)?([^\d,;。]{0,3}(?:到|至|为|达到?)|)$/u;
const leadingYear = /^((?:19|20)\d{2})年度?/u;

/**
The lead of a year's figure in a series of years (2021年全区收到行政复议申请73件;2022年激增到208件): its year, then the
subject of the figure before it, whose lead opened on another year, or which a clause of that year alone stood before
(2021年,全市行政机关败诉率为23.22%,2022年下降至18.01%); '' when the figure is no such item.
The subject is the lead without how that figure moved or stood (…败诉率, not …败诉率为).
*/
function nextInSeries(previous: Words, lead: string): string {
	// Most leads open on no year: a 1 or a 2 first, or no pattern.
	const item = lead.charCodeAt(0) === 0x32 || lead.charCodeAt(0) === 0x31 ? seriesLead.exec(lead) : null;
	if (item === null) return '';
	const previousLead = previous.lead;
	const before = leadingYear.exec(previousLead);
	// The year clause before the figure is looked for only where its lead names no year: few leads do not.
	const openerYear = before === null ? yearClauseBefore(previous) : '';
	// 全区行政复议案件2022年为61件,2023年为75件: the subject may stand before the first item's year.
	const after = before === null && openerYear === '' ? trailingYear.exec(previousLead) : null;
	const year = before?.[1] ?? after?.[2] ?? openerYear;
	if (year === '' || year === item[1]) return '';
	const subject = after === null ? previousLead.slice(before?.[0].length ?? 0).replace(movedOrStood, '') : after[1]!;
	return hasContent(subject) ? `${item[1]}年${subject}${item[2]}` : '';
}

/** A lead that ends on a year and how its figure stood (全区行政复议案件2022年为): the subject, then the year. */
const trailingYear = /^(.*[^\d])((?:19|20)\d{2})年度?(?:[^\d,;。]{0,3}(?:到|至|为|达到?))?$/u;

/** How a series' figure moved or stood, at the end of its lead (下降至, 为, 达到). */
const movedOrStood = /(?:(?:下降|上升|增长|增加|减少|提高|提升|降低|激增|回落|攀升|升|降)(?:到|至)|为|达到?|是)$/u;

/** A clause of a year alone, right before a lead (…,2021年,全市…败诉率为): its year as written. */
const yearClauseEnd = /(?:^|[,,;;::])\s*(?:在|于)?((?:19|20)\d{2})\s*年度?\s*[,,]\s*$/u;

/** The year a clause of its own names right before a figure's lead (…,2021年,全市行政机关败诉率为23.22%), or ''. */
function yearClauseBefore(figure: Words): string {
	const {before, lead} = figure;
	if (!before.endsWith(lead)) return '';
	return yearClauseEnd.exec(before.slice(Math.max(0, before.length - lead.length - 16), before.length - lead.length))?.[1] ?? '';
}

/** What may stand between 分别 and its first figure, and between the figures of its list. */
const respectivelyLead = /^(?:为|是|达到?|有)?[::]?\s*$/u;
const respectivelyBefore = wordMarker('分别');
const ofWhichBefore = wordMarker('其中');
const listJoint = /^\s*[、,,和及与]?\s*$/u;
const subjectJoint = /[、和及与]/u;

/** The list after one 分别 in one sentence's figures: found once for all its figures, not again for each. */
type RespectivelyList = {
	readonly sentence: string;
	readonly quantities: readonly Quantity[];
	readonly at: number;
	/** The list's first figure; -1 when what stands between 分别 and it is no 为/是/达到. */
	readonly first: number;
	/** Its last figure: the figures from `first` to `last` are joined by 、 , 和 … and nothing else. */
	readonly last: number;
	/** The subject of each figure of the list in turn; undefined when there is one for all; '' for each when they do not match one for one. */
	readonly subjects: readonly string[] | undefined;
};

let lastList: RespectivelyList | undefined;

function listAfter(sentence: string, quantities: readonly Quantity[], k: number, at: number): RespectivelyList {
	let first = k;
	while (first > 0 && quantities[first - 1]!.index > at) {
		first--;
	}

	if (!respectivelyLead.test(sentence.slice(at + 2, quantities[first]!.index))) {
		return {sentence, quantities, at, first: -1, last: -1, subjects: undefined};
	}

	let last = first;
	while (last + 1 < quantities.length && listJoint.test(sentence.slice(quantities[last]!.end, quantities[last + 1]!.index))) {
		last++;
	}

	const from = lastBreak(sentence, first > 0 ? quantities[first - 1]!.end : 0, at);
	const subjects = sentence.slice(from, at).split(subjectJoint).filter(part => part.trim() !== '');
	// One subject for every figure (信访总量分别为…件次、…人次), or one figure: read as ever.
	const many = subjects.length > 1 && last > first;
	return {sentence, quantities, at, first, last, subjects: !many ? undefined : (subjects.length === last - first + 1 ? subjects : subjects.map(() => ''))};
}

/**
The subject of the k-th figure of a list after 分别: 人大代表建议和政协提案分别为45件、38件 reads 45 with
人大代表建议 and 38 with 政协提案. A list of subjects that does not match the figures one for one is
ambiguous, and none of its figures has words of its own ('').
The list is read once for all of its figures (the last one read is kept): read anew for each, a list
of m figures cost m² pattern tests.
*/
function respectively(sentence: string, quantities: readonly Quantity[], k: number): string | undefined {
	const quantity = quantities[k]!;
	// Most sentences have no 分别: found once per sentence, not looked for back from every figure.
	if (!respectivelyBefore(sentence, quantity.index)) {
		return undefined;
	}

	const at = sentence.lastIndexOf('分别', quantity.index);
	const list = lastList?.quantities === quantities && lastList.sentence === sentence && lastList.at === at ? lastList : (lastList = listAfter(sentence, quantities, k, at));
	// The figures between the list's first and this one must all be joined as a list: this one is within it.
	if (list.first === -1 || k > list.last || list.subjects === undefined) {
		return undefined;
	}

	return list.subjects[k - list.first] ?? '';
}

/**
A sentence that opens on 其中, on 在…中 (among them), or on 从…形式看 (by their kind, level or channel), breaks down the
last figure of the sentence before it (总量为300件次。其中:来访261批次…; 在受理的信访中,县信访局受理133件次…;
信访总量143件次。从信访形式看,来访95件…; with no 在, on the noun that figure's rule read:
…立案205件。立案提案中,集体提案37件…): its figures are parts of that total, as after 其中 within one sentence.
`earlierLast` is that figure, when the sentence before in the line ended on one.
*/
function totalBefore(sentence: string, earlierLast: Words | undefined): Words | undefined {
	if (earlierLast === undefined) return undefined;
	// When that sentence was itself a breakdown (…其中来访261批次), this one goes on breaking down its total.
	if (opensOnParts.test(sentence)) return withoutRates(earlierLast.total ?? earlierLast);
	return sentence.includes('中') ? namedTotal(sentence, earlierLast) : undefined;
}

/** 从信访形式看, 从反映方式占比来看: by the kinds, levels or channels of what is broken down. */
const byKinds = '从[^,,。;;]{0,10}(?:形式|类型|类别|种类|层级|级别|渠道|来源|方式|性质|领域|内容|区域|结构|构成)(?:占比|分布|构成|情况)?(?:上|来)?看[,,]';
const opensOnParts = new RegExp(`^\\s*(?:其中|在[^,,。;;]{1,16}中[,,]|${byKinds})`, 'u');

/**
A sentence opening on the kinds it breaks something down by (从反映方式来看,来访3483件…): its figures are kinds, also when
no total stands in the sentence before (facts/parts.ts).
*/
export const opensOnKinds = new RegExp(`^\\s*${byKinds}`, 'u');

/** 立案提案中,集体提案37件…: a sentence opening on a noun with 中 and no 在. */
const amongNoun = /^\s*([^,,。;;\d]{1,12})中[,,]/u;

/** The last figure of the sentence before whose rule reads the noun this sentence opens on with 中 (立案 of 经审查立案205件). */
function namedTotal(sentence: string, earlierLast: Words): Words | undefined {
	const among = amongNoun.exec(sentence)?.[1];
	if (among === undefined) return undefined;
	for (let figure: Words | undefined = earlierLast; figure !== undefined; figure = figure.previous) {
		if (namesCount(among, figure)) return figure;
	}

	return undefined;
}

function namesCount(noun: string, figure: Words): boolean {
	const {rule} = figure;
	return rule !== undefined && rule !== null && figure.quantity.unit !== '%' && rule.own.test(noun);
}

/** Whether the sentence opens on the noun its total counted, with 中 (立案提案中,…): a breakdown of that total by name. */
export function opensOnTotal(sentence: string, total: Words): boolean {
	const among = sentence.includes('中') ? amongNoun.exec(sentence)?.[1] : undefined;
	return among !== undefined && namesCount(among, total);
}

/** The nearest figure at or before `words` that may have parts: a rate, a change or a difference (同比减少89件) has none. */
function withoutRates(words: Words | undefined): Words | undefined {
	let total = words;
	while (total !== undefined && (total.quantity.unit === '%' || total.quantity.change || isDifference(total.lead))) {
		total = total.previous;
	}

	return total;
}

/**
A clause opening on 同时, 此外 or 另外 (…,其中…化解109件,同时积极开展…巡回接访…化解125件) states something besides the
total: the breakdown 其中 opened ends there.
*/
const movesOn = /[,,;;]\s*(?:同时|此外|另外|另一方面)/u;

/**
A breakdown opened in brackets ends with them: in 公开信息1226条(其中原创317条,转载909条);在…平台主动公开政府信息136条 the 136
is no part of the 1226. Whether the bracket `marker` stands in closes between the figure before (`from`) and this one.
(Brackets are folded to ASCII before reading.)
*/
function closedAfter(sentence: string, marker: number, from: number, to: number): boolean {
	if (marker < 0 || sentence.lastIndexOf('(', marker) <= sentence.lastIndexOf(')', marker)) return false;
	const close = sentence.indexOf(')', marker);
	return close >= from && close < to;
}

/** A bracket opened at `from` (right after the figure before, brackets folded to ASCII) and still open at `to`. */
function inBracketsAfter(sentence: string, from: number, to: number): boolean {
	return sentence.charCodeAt(from) === 0x28 && sentence.indexOf(')', from) > to;
}

/**
代表建议共16件,其中主办件2件、会办件14件;区…议案1件、建议45件: parts that already add up to their total, in its
measure word, close the breakdown; a figure after them is no part of it.
*/
function partsComplete(previous: Words): boolean {
	const {total} = previous;
	if (total === undefined) return false;
	// The figures since the total, earliest first: the breakdown closed once its parts so far added up to the total.
	const since: Words[] = [];
	for (let figure: Words | undefined = previous; figure !== undefined && figure.total === total; figure = figure.previous) since.push(figure);
	let sum = 0;
	for (let i = since.length - 1; i >= 0; i--) {
		const figure = since[i]!;
		// Read by a rule or not (其中主办件2件、会办件14件 name no indicator), in the total's measure word.
		if (figure.quantity.unit !== total.quantity.unit) continue;
		sum += figure.quantity.value;
		if (Math.abs(sum - total.quantity.value) < 1e-9) return true;
	}

	return false;
}

/**
其中 (of which) makes every later figure of the sentence a part of the figure just before it:
受理行政复议申请156件,其中不予受理8件 / 建议提案共120件,其中人大代表建议80件.
*/
function totalOf(sentence: string, from: number, to: number, previous: Words | undefined): Words | undefined {
	if (previous === undefined) {
		return undefined;
	}

	// 共收到行政复议申请85件(通过网上复议渠道申请8件): a figure in brackets opened right after the one before breaks it down,
	// where that one is read as an indicator's (a combined count, 建议、提案35件(建议24件、…), leaves the total before it).
	if (inBracketsAfter(sentence, from, to) && (previous.rule || previous.total === undefined)) {
		return withoutRates(previous);
	}

	// Most sentences have no 其中: found once per sentence, then looked for between the two figures only where it is.
	if (!ofWhichBefore(sentence, to)) {
		return previous.total;
	}

	const marker = sentence.lastIndexOf('其中', to - 2);
	if (marker < from) {
		return previous.total === undefined || movesOn.test(sentence.slice(from, to)) || closedAfter(sentence, marker, from, to) || partsComplete(previous) ? undefined : previous.total;
	}

	// A rate has no parts: 审结962件,结案率为85.9%,其中败诉228件 breaks down the 962.
	return withoutRates(previous);
}

/**
A figure introduced as another year's (2023年受理…100件, 去年同期为…) is a comparison, and one
summed over several years (近三年, 2021年以来, 党的十八大以来) is a total: neither is a result
of the year under review. 2024年以来 in a report on 2024 is that year. One of 明年 (next year's) is a plan.
*/
const otherPeriod = /上年|去年|上一年|前一年|历年|明年/u;

/**
In a text that states no year of its own, the year under review known only from its file's name, 去年 may be that
year: a news item of the spring tells last year's results so (去年全市法院受理…行政诉讼案件15216件).
*/
const otherPeriodButLastYear = /历年|明年/u;

/**
Spans of several years: 近三年, 近5年来, 六年来, “十四五”期间, “七五”普法期间, “八五”普法启动以来, 《条例》实施以来, 党的十八大以来.
In a sentence's opening clause they hold for every figure of the sentence, where 去年 holds only for its own clause;
so does a span since a body was founded (中心成立以来). Since a campaign began or a centre or system started working, with
no year named (专项活动开展以来, 该中心自运行以来, 平台上线以来), the figures are the year's (a year named before such a span
is read by sinceOpens).
*/
const years = /近(?:[两三四五六七八九十]|\d{1,2})年|(?:[两三四五六七八九十]|(?<!\d)\d{1,2})年(?:多|余)?来|十[一二三四五]五”?(?:以来|期间)|[五六七八]五[”“"]?(?:普法)?(?:期间|(?:启动|实施|开展)?以来)|[十二][八九十]大以来|(?:实施|施行|成立|设立)以来/u;

/** A source before the opening clause (据统计, 据了解): no clause of its own; the span may open the one after it. */
const attribution = /^\s*(?:据(?:统计|了解|介绍|悉|初步统计)|经统计)\s*$/u;

/** Where the opening clause ends, past a source that leads it (据统计,法律顾问全覆盖工程实施以来,…). */
function frameEnd(sentence: string): number {
	const end = openerEnd(sentence);
	return end < sentence.length && attribution.test(sentence.slice(0, end)) ? openerEnd(sentence, end + 1) : end;
}

const yearsOpen = marker(sentence => sentence.slice(0, frameEnd(sentence)).search(years));

/** Every span above holds 近, 来 or 间: three string searches spare most leads the pattern. */
function mayNameYears(text: string): boolean {
	return text.includes('来') || text.includes('近') || text.includes('间');
}

const statedYear = /((?:19|20)\d{2})年(?!起)/gu;

/**
A clause opened by a span of several years, anywhere before the figure in its sentence (…座谈会上得悉,近5年来,全省办理…;
据了解,“七五”普法期间全省…; …工作机制,六年来,全省…; 2009年至2012年,全市…; 2020年至2023年上半年,…; …,2016年以来,… in a
report on 2019; 去年以来, which runs into a second year; 在“七五”普法工作中, its quotes typed either way; a range of years after the
subject, before what was done in it, 某所2016-2019年共办理…; a clause that ends on the span, 新法实施两年来,
or 两年多来): the figures after it are summed over the span, unless the year under review, or 今年, is named again
between. Not 近年来 or 近几年来, which reports use for the year's own figures (近年来,全县共办理…2000余件).
*/
const spanClause = /(?:^|[,:;])\s*(?:自|在)?(?:近(?:[两三四五六七八九十]|\d{1,2})年(?:多|余)?来?|[^,:;。\d]{0,24}?(?:[两三四五六七八九十]|(?<!\d)\d{1,2})年(?:多|余)?(?:来|以来)(?=\s*,)|(?:[两三四五六七八九十]|(?<!\d)\d{1,2})年(?:多|余)?来|((?:19|20)\d{2})年?\s*[至到\-—–~～]\s*((?:19|20)\d{2})年(?:[上下]半年|\d{1,2}月(?:底|末|份)?)?|((?:19|20)\d{2})年(?:以来|至今)|去年(?:以来|至今)|[^,:;。\d《》()()]{2,20}?((?:19|20)\d{2})年?\s*[至到\-—–~～]\s*((?:19|20)\d{2})年(?=\s*,?\s*(?:共|累计|先后|期间|间))|[“"]?(?:十[一二三四五]|[五六七八])五[”“"]?(?:普法)?(?:期间|(?:开展|实施)?以来|(?:工作)?中(?!期)))(?:\s*,|(?=\p{Script=Han}))/u;

/** Every span clause holds 年来, 年以来, 多来, 年至, 年到, -20 or 至20, a dash between years or a plan's 五” (or 五“, or 五普法 unquoted): a sentence with none is not searched. */
const mayHoldSpan = (sentence: string): boolean =>
	sentence.includes('年来') || sentence.includes('年以来') || sentence.includes('多来') || sentence.includes('年至') || sentence.includes('年到') || sentence.includes('年-') || sentence.includes('年—') || sentence.includes('-20') || sentence.includes('至20') || sentence.includes('五”') || sentence.includes('五“') || sentence.includes('五普法');

let spanSentence: string | undefined;
let spanText = '';
let spanEnd = -1;
let spanSince: number | null = null;

function spanClauseBefore(sentence: string, at: number, year: number | null): boolean {
	if (sentence !== spanSentence) {
		spanSentence = sentence;
		const match = mayHoldSpan(sentence) ? spanClause.exec(sentence) : null;
		// 2021年1月至2021年12月 is one year, no span.
		spanEnd = match === null || (match[1] !== undefined && match[1] === match[2]) || (match[4] !== undefined && match[4] === match[5]) ? -1 : match.index + match[0].length;
		spanSince = match?.[3] === undefined ? null : Number(match[3]);
		spanText = match === null ? '' : match[0].replace(/^[,:;]/u, '').replace(/,$/u, '').trim();
	}

	// 2024年以来 in a report on 2024 is that year. In a text of unknown year a span since a stated year is taken for
	// several years: that is what such a span says in the news and reviews that state no year of their own.
	if (spanEnd === -1 || spanEnd > at || (spanSince !== null && spanSince === year)) return false;
	return !namedAgain(sentence.slice(spanEnd, at), year);
}

/** The span clause that sets a figure in another period (spanClauseBefore), for explaining it, or null. */
export function spanBefore(words: Words, year: number | null): string | null {
	return spanClauseBefore(words.sentence, words.quantity.index, year) ? spanText : null;
}

/** 近5年来,…41万件,今年办理8.2万件: the year under review, or 今年, named after a span and before a figure. */
function namedAgain(between: string, year: number | null): boolean {
	return between.includes('今年') || (year !== null && between.includes('年') && lastYearNamed(between) === year);
}

/**
A span since a stated year (2021年至今, 2021年以来, 自2021年来, 2019年机构改革以来 with an event of that year between):
opening a sentence it holds for every figure of it, as 近三年 does, but a figure after a later mention of the year
under review (其中…2023年办理96件; …,2022年该省法院…败诉1874件,败诉率为6.88%); a span since the year under review is
that year. In a text of unknown year every such span is taken for several years.
*/
const sinceYear = /((?:19|20)\d{2})(?:年|(?=\p{Script=Han}))(?:至今|以来|来|[^,,。;;\d]{1,8}?(?:以来|至今))/u;
/**
A verb of working through things before the span (开展全市2018年以来出台文件清理工作, 对2020年以来的合同进行复查): the span
says which things were worked through, not the period of the sentence's figures.
*/
const worksOn = /开展|对|针对|清理|梳理|排查|复查|审查|评估/u;
let sinceSentence: string | undefined;
let since: {readonly index: number; readonly year: number} | undefined;

function sinceOpens(sentence: string, at: number, year: number | null): boolean {
	if (sentence !== sinceSentence) {
		sinceSentence = sentence;
		// 以来, 年来 and 至今 hold 来 or 至今: two searches spare most sentences the slice and the pattern.
		const match = sentence.includes('来') || sentence.includes('至今') ? sinceYear.exec(sentence.slice(0, openerEnd(sentence))) : null;
		since = match === null || worksOn.test(sentence.slice(0, match.index)) ? undefined : {index: match.index, year: Number(match[1])};
	}

	return since !== undefined && since.index < at && since.year !== year;
}

/**
An opening clause that names only an earlier year (2021年,全市收到…; 在2022年上半年,…), or that an earlier year leads
(2023年全区受理行政复议案件137件,审结130件): the figures after it are that
year's, in every clause, unless the year under review, or 今年, is named again before them. A later year only where what
follows says what will be done (2025年,我区将力争…, 计划…): a report on a year tells no later one's results, and a passage
whose year was read wrong would lose its own. Not 去年: a news item of the spring calls the year under review so.
*/
const periodOpener = /^\s*(?:在|于)?((?:19|20)\d{2})\s*年度?(?:[上下]半年|\d{1,2}(?:\s*[-—–~～至到]\s*\d{1,2})?月份?)?(?:底|末)?\s*$/u;

const willDo = /将|力争|争取|计划|预计|拟/u;

function otherYearOpens(sentence: string, at: number, year: number | null): boolean {
	if (year === null) return false;
	// Every opener of a period starts with a digit of its year, or with 在 or 于.
	const first = sentence.trimStart().charCodeAt(0);
	if (!(first === 0x31 || first === 0x32 || first === 0x5728 || first === 0x4E8E)) return yearLedClause(sentence, at, year);
	const end = openerEnd(sentence);
	const opener = end < at && end < sentence.length ? periodOpener.exec(sentence.slice(0, end)) : null;
	if (opener === null) return yearLedClause(sentence, at, year);
	const named = Number(opener[1]);
	return named < year ? !namedAgain(sentence.slice(end, at), year) : named > year && willDo.test(sentence.slice(end, at));
}

/**
A year leading a clause with its subject right after it (2023年全区受理…): not a span (2023年以来, 2021年至2023年), nor a
date or a month's (2023年12月, 2023年底), which may open a stock or a run to the present.
*/
const yearLeads = /\s*(?:在|于)?((?:19|20)\d{2})\s*年度?(?=\p{Script=Han})(?![以至起底末初来前后上下中])/uy;
/** The years a text names, which are no figures (2023年度…督察中 holds none). */
const namedYears = /(?:19|20)\d{2}\s*年/gu;
const digit = /\d/u;
const figureIn = (text: string): boolean => digit.test(text) && digit.test(text.replace(namedYears, ''));

/**
2023年全区受理行政复议案件137件,审结130件 · 作为对照,2023年全区受理…203件、行政诉讼案件88件 · 在2023年度…督察中,…:
2023年全区…137件,败诉14件: an earlier year leading a clause that no figure of the sentence stands before leads the rest of
its clause and every clause after it, until the year under review or 今年 is named again. Not after a figure (受理150件,2023年为137件,审结140件:
the year is a comparison's).
*/
function yearLedClause(sentence: string, at: number, year: number): boolean {
	const led = yearLedOf(sentence);
	// The clause's own later items too (…203件、行政诉讼案件88件).
	return led !== null && led.after <= at && led.year < year && !namedAgain(sentence.slice(led.after, at), year);
}

/** Whether a sentence names a year at all: most that a rule reads a figure in (全年, 今年) name none. */
const statedYearIn = /(?:19|20)\d{2}\s*年/u;

/** The sentence yearLedOf last read, and what it found: asked of every figure a rule reads, most sentences needing no look. */
let ledSentence: string | undefined;
let ledFound: {readonly year: number; readonly after: number} | null = null;

/** The year leading the sentence's first year-led clause and where its words go on, if no figure stands before it; else null. */
function yearLedOf(sentence: string): {readonly year: number; readonly after: number} | null {
	if (sentence === ledSentence) return ledFound;
	ledSentence = sentence;
	ledFound = null;
	if (!statedYearIn.test(sentence)) return null;
	for (let start = 0; start < sentence.length;) {
		yearLeads.lastIndex = start;
		const led = yearLeads.exec(sentence);
		if (led !== null) {
			// The first year-led clause decides: a figure stands before it, or it leads.
			if (!figureIn(sentence.slice(0, start))) ledFound = {year: Number(led[1]), after: yearLeads.lastIndex};
			return ledFound;
		}

		start = openerEnd(sentence, start) + 1;
	}

	return null;
}

/** The year the words name last (2018年以来,…,2022年该省法院…败诉率为 → 2022), or null. */
function lastYearNamed(text: string): number | null {
	let last: number | null = null;
	// A pattern of its own: aboutAnotherYear asks this in the middle of its loop over statedYear.
	lastYear.lastIndex = 0;
	for (let match = lastYear.exec(text); match !== null; match = lastYear.exec(text)) last = Number(match[1]);
	return last;
}

const lastYear = new RegExp(statedYear.source, 'gu');

/**
A clause led by a year its page wrote without 年 (2023总共办理复议案件66件): with no measure word the year is no
figure, and the lead of the clause's figure starts with it. 2021版 is a version label, not a year.
*/
const bareYear = /^\s*((?:19|20)\d{2})(?=\p{Script=Han})(?![年版])/u;

/** The opening clause of a figure's sentence when it names a span of several years that frames the figure (2021年至今,…). */
export function openingSpan(words: Words, year: number | null): string | null {
	const {sentence, quantity} = words;
	const several = yearsOpen(sentence, quantity.index);
	const framed = several || (year !== null && sinceOpens(sentence, quantity.index, year));
	return framed ? sentence.slice(0, several ? frameEnd(sentence) : openerEnd(sentence)).trim() : null;
}

export function aboutAnotherYear(words: Words, year: number | null, lastYearNamesIt = false): boolean {
	const {lead} = words;
	// Beside 今年 or 本年 in its sentence, 去年 is the year before it whatever the text states.
	const lastYearOther = !lastYearNamesIt || words.sentence.includes('今年') || words.sentence.includes('本年');
	if ((lastYearOther ? otherPeriod : otherPeriodButLastYear).test(lead) || (mayNameYears(lead) && years.test(lead))) {
		return true;
	}

	const {sentence, quantity} = words;
	if ((yearsOpen(sentence, quantity.index) && !namedAgain(sentence.slice(frameEnd(sentence), quantity.index), year)) || spanClauseBefore(sentence, quantity.index, year)) {
		return true;
	}

	if (otherYearOpens(sentence, quantity.index, year) || (sinceOpens(words.sentence, words.quantity.index, year) && (year === null || lastYearNamed(words.before) !== year))) {
		return true;
	}

	if (year === null) {
		return false;
	}

	const bare = bareYear.exec(lead);
	if (bare !== null && Number(bare[1]) !== year) {
		return true;
	}

	if (!lead.includes('年')) {
		return false;
	}

	// 出台《…规划(2022-2035年)》重大行政决策文件1份: a cited title's years are its span, not the figure's year.
	const said = withoutTitles(lead);
	statedYear.lastIndex = 0;
	for (let match = statedYear.exec(said); match !== null; match = statedYear.exec(said)) {
		if (Number(match[1]) !== year) {
			return !namesOwnItemYear(said, year);
		}
	}

	return false;
}

/**
An item of a list that names its own year, the year under review (2020年…败诉率为13.5%、2021年为20.2%、2022年为15.5%:
the lead of the last carries the first's), is that year's, whatever years the items before it named; not the last
of a list of years (2023年、2024年、2025年…受理…9件、21件、30件), which names several for the figures after it. Asked
only of a lead that names another year too.
*/
function namesOwnItemYear(said: string, year: number): boolean {
	const item = Math.max(said.lastIndexOf('、'), said.lastIndexOf(','), said.lastIndexOf(','), said.lastIndexOf(';'), said.lastIndexOf(';'));
	return item >= 0 && said[item - 1] !== '年' && lastYearNamed(said.slice(item + 1)) === year;
}
