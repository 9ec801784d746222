/**
The quantity parsers. Each finds one pattern; overlaps and context are settled by the refiners.
All run on width-folded text (full-width digits and ％ already half-width).
*/
import type {Candidate, QuantityParser} from './candidate.js';
import {isIdeograph, opensNoun} from '../chars.js';
import {codeBefore, indefiniteBefore, isOneOf} from './before.js';
import {chineseToNumber, multiplierOf} from './numerals.js';
import {prefixHedges} from './hedges.js';
import type {QuantitySink} from './sink.js';
import {chineseUnitPattern, unitPattern} from './units.js';

const hedgeAfter = '(余|多|以上|左右|之多)?';
const hedgeEnds = [...new Set(prefixHedges.map(hedge => hedge.at(-1)!))].join('');

/**
The hedge written just before a number (约42.16亿元, 近800人). Looked up backwards rather than
matched as an optional prefix: a pattern that starts with the digit lets the engine skip ahead
to digits instead of trying the hedges at every position of every sentence.
*/
function hedgeBefore(text: string, index: number): string {
	// Every hedge ends in one of these: most numbers have none of them before and need no further look.
	if (index === 0 || !isOneOf(text.charCodeAt(index - 1), hedgeEnds)) {
		return '';
	}

	for (const hedge of prefixHedges) {
		if (text.startsWith(hedge, index - hedge.length)) {
			return inWord(text, index - hedge.length, hedge) ? '' : hedge;
		}
	}

	return '';
}

/**
A lone 约 or 近 that ends a word is no hedge: 村规民约2项 counts two village compacts, 最近3次 the latest three.
Only the one-character hedges: the longer ones (大约, 将近) are words of their own.
*/
const wordBefore: Readonly<Record<string, string>> = {约: '民公条合契节制预签规履违守特邀婚誓盟相集简', 近: '最附邻亲'};

function inWord(text: string, start: number, hedge: string): boolean {
	const before = wordBefore[hedge];
	return before !== undefined && start > 0 && before.includes(text[start - 1]!);
}

/** A CJK ideograph at `at` (the common block: a word goes on). */
function isHanAt(text: string, at: number): boolean {
	return isIdeograph(text.charCodeAt(at));
}

/** 10^i for i up to 15, each exact. */
const powersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
The number the ASCII digits of `text` write after those already read as `value`. Read digit by digit rather
than by Number(), which hashes each new string to ask whether it is an array index and then converts it.
Exact while the digits number 15 or fewer.
*/
function digitsValue(text: string, value = 0): number {
	for (let i = 0; i < text.length; i++) {
		value = value * 10 + text.charCodeAt(i) - 0x30;
	}

	return value;
}

/** 42.16 × 亿 must be 4216000000 exactly, not 4215999999.9999995. */
function toNumber(integer: string, decimals: string | undefined, multiplier: number): number {
	if (multiplier === 1 && !integer.includes(',')) {
		if (decimals === undefined && integer.length <= 15) {
			return digitsValue(integer);
		}

		// Up to 15 digits in all, the digits read as one integer and that divided by a power of ten are both
		// exact operands of one correctly rounded division: the double nearest the written number, as Number()
		// gives, and within 0.11 units of its last decimal, so toFixed(decimals.length) would change nothing.
		if (decimals !== undefined && integer.length + decimals.length <= 15) {
			return digitsValue(decimals, digitsValue(integer)) / powersOfTen[decimals.length]!;
		}
	}

	const value = Number(integer.replaceAll(',', '') + (decimals === undefined ? '' : '.' + decimals)) * multiplier;
	const places = Math.max(0, (decimals?.length ?? 0) - Math.round(Math.log10(multiplier)));
	return Number(value.toFixed(places));
}

const unitInBrackets = new RegExp(`[((](${unitPattern})[))]`, 'uy');

function unitInBracketsAt(text: string, at: number): RegExpExecArray | undefined {
	if (text.charCodeAt(at) !== 0x28 && text.charCodeAt(at) !== 0xff08) {
		return undefined;
	}

	unitInBrackets.lastIndex = at;
	return unitInBrackets.exec(text) ?? undefined;
}

/** 人次, 人数, 场次, 件数 or 案件 ending the words before a number, and the verb or hedge between them. */
const nounWithUnit = /(人次|人数|场次|件数|案件)(?:达到?|超过?|为|共|累计)?$/u;
const unitOfNoun: Readonly<Record<string, string>> = {人次: '人次', 人数: '人', 场次: '场次', 件数: '件', 案件: '件'};

/**
The measure word a noun right before a bare number names (观看人次超1232万: 人次; 审结复议案件4696,…: 件), or ''. Not 案件
before a year (行政复议案件2021年为61件): a case is counted by 件 only where the number is no year.
*/
function unitNamedBefore(text: string, at: number, mayBeAYear: boolean): string {
	const code = text.charCodeAt(at - 1);
	// Most bare numbers follow none of these characters: the slice is made only when one might end the noun.
	if (!isOneOf(code, '次数件达到超过为共计')) {
		return '';
	}

	const noun = nounWithUnit.exec(text.slice(Math.max(0, at - 6), at));
	return noun === null || (mayBeAYear && noun[1] === '案件') ? '' : unitOfNoun[noun[1]!]!;
}

/** A rate's words right before a number: 败诉率为, 纠错率是, 率均为. */
const rateBefore = /率(?:均?为|是)?$/u;

/** 败诉率为0: a rate of nothing, written without its %; '%' then, else ''. Only 0: a bare 100 after 率 may be a count's. */
function zeroRate(integer: string, decimals: string | undefined, text: string, at: number): string {
	return integer === '0' && decimals === undefined && rateBefore.test(text.slice(Math.max(0, at - 3), at)) ? '%' : '';
}

/** 其中 right after a bare number, and the count that follows it in the sentence, with its measure word. */
const partsAfter = new RegExp(`^[,,]\\s*其中[::]?[^。;;\\d]{0,20}\\d+(?:\\.\\d+)?\\s*(?:余|多)?\\s*(?:万|亿|千)?\\s*(${unitPattern})`, 'u');

/** 2023 alone may be a year, whatever follows it. */
const mayBeYear = (integer: string, decimals: string | undefined): boolean => decimals === undefined && /^(?:19|20)\d\d$/u.test(integer);

/** The measure word of the first part a total without one is broken into (72,其中工作动态58条: 条), or ''; not %. */
function unitOfParts(text: string, at: number): string {
	const code = text.charCodeAt(at);
	if (code !== 0x2C && code !== 0xFF0C) return '';
	const part = partsAfter.exec(text.slice(at, at + 60));
	const unit = part?.[1] ?? '';
	return unit === '%' || unit === '‰' || unit.endsWith('百分点') ? '' : unit;
}

/** The rest of a number written as 1万2000 or 1万2千 (1亿2000万): digits, their own 千 or 百 (万 after 亿), and a measure word. */
const mixedRest = new RegExp(`(\\d{1,4})(?:(千|百)|(万))?(余|多)?(?:[ \\t]?(${unitPattern}))${hedgeAfter}`, 'uy');

/**
1万2000余件, 1万2千人次, 1亿2000万元: the part after 万 or 亿 (at `at`, where the figure's own match stopped), added to it
and with the measure word it ends on; null when no such part follows, or when it is too large to be the rest (1万2万).
*/
function mixedAfter(text: string, at: number, mult: '万' | '亿'): {rest: number; end: number; unit: string; approx: boolean} | null {
	const code = text.charCodeAt(at);
	if (code < 0x30 || code > 0x39) return null;
	mixedRest.lastIndex = at;
	const rest = mixedRest.exec(text);
	if (rest === null || (mult === '万' && rest[3] !== undefined)) return null;
	const value = Number(rest[1]) * (rest[2] === '千' ? 1e3 : rest[2] === '百' ? 100 : rest[3] === '万' ? 1e4 : 1);
	if (value >= multiplierOf(mult)) return null;
	const unit = rest[5]!;
	return {rest: value, end: at + rest[0].length, unit: unit === '万人' ? '人' : unit, approx: rest[4] !== undefined || rest[6] !== undefined};
}

/** 7152件 · 1.16万件 · 11.6万余人次 · 25余万次 · 约42.16亿元 · 超95% · 12,134件 · 240 余人次 · 1.3 万件 · 1 5起 · 99.5 9% (spaces a page typeset) */
export const arabic: QuantityParser = {
	name: 'arabic',
	// Numbered groups, not named ones: a named group costs every match a groups object, and most sentences hold
	// several numbers. 1 integer, 2 decimals, 3 hedge (余|多), 4 multiplier (万|亿|千), 5 hedge, 6 unit, 7 hedge after.
	pattern: new RegExp(
		`(\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+(?: \\d+)?)(?:\\.(\\d+(?: \\d+(?=[ \\t]?%))?))?(?:[ \\t]?(余|多))?(?:[ \\t]?(万|亿|千))?(余|多)?(?:[ \\t]?(${unitPattern}))?${hedgeAfter}`,
		'g',
	),
	extract(match, text) {
		// 应诉案件1 5起: digits a page set apart with a space are one number (a bare pair like 2019 2020 has no unit).
		const integer = match[1]!.includes(' ') ? match[1]!.replace(' ', '') : match[1]!;
		// 调解成功率99.5 9%: so may a rate's decimals be (a yearbook's columns).
		const decimals = match[2]?.includes(' ') ? match[2].replace(' ', '') : match[2];
		let unit = match[6] ?? '';
		const mult = match[4];
		// 1万2000余件: the match stopped right after 万 (1.2万 then more digits is no such number).
		if ((mult === '万' || mult === '亿') && match[0].length === match[1]!.length + 1) {
			const mixed = mixedAfter(text, match.index + match[0].length, mult);
			if (mixed !== null) {
				const pre = hedgeBefore(text, match.index);
				return {
					index: match.index - pre.length,
					end: mixed.end,
					value: toNumber(integer, decimals, multiplierOf(mult)) + mixed.rest,
					unit: mixed.unit,
					approx: pre !== '' || mixed.approx,
				};
			}
		}

		// 开展活动68(场次): the measure word in brackets after the number, as a table's column names it.
		const bracketed = unit === '' && !mult && !match[7] ? unitInBracketsAt(text, match.index + match[0].length) : undefined;
		if (bracketed !== undefined) {
			unit = bracketed[1]!;
		}

		const pre = hedgeBefore(text, match.index);
		// 观看人次超1232万, 参与人次达115250: the measure word stands before the number, as the noun it counts;
		// 主动公开政府信息72,其中工作动态58条: or after it, on the parts that follow.
		if (unit === '' && !match[7]) {
			const year = mayBeYear(match[1]!, match[2]);
			unit = unitNamedBefore(text, match.index - pre.length, year) || zeroRate(integer, decimals, text, match.index - pre.length) || (year ? '' : unitOfParts(text, match.index + match[0].length));
		}

		// Sixteen digits and more are an identifier (or noise), never an amount.
		// 万 with no measure word after it still counts (用户10.2万); a bare number does not: 12345热线, 2.0方案.
		if (integer.length > 15 || (unit === '' && !mult)) {
			return null;
		}

		// 4万人 is 40000 people: the 万 is glued to the measure word.
		const multiplier = multiplierOf(mult) * (unit === '万人' ? 1e4 : 1);
		const value = toNumber(integer, decimals, multiplier);
		const post = match[7];
		const approx = pre !== '' || Boolean(match[3] ?? match[5]) || Boolean(post);
		const hedgeLength = post?.length ?? 0;
		return {
			index: match.index - pre.length,
			end: match.index + match[0].length - (unit === '' ? hedgeLength : 0) + (bracketed?.[0].length ?? 0),
			value,
			unit: unit === '万人' ? '人' : unit,
			approx,
		};
	},
};

/** 七个 · 两次 · 十余次 · 二十三件 */
export const chinese: QuantityParser = {
	name: 'chinese',
	// Only sentences with a numeral right before a measure word, or a hedge between (十余次).
	hint: /[一二三四五六七八九两十百千万][余多]?[个次件项场名人期批家所支位份条部起宗]/u,
	hintStarts: '一二三四五六七八九两十百千万',
	// Groups: 1 numeral, 2 hedge (余|多), 3 unit.
	pattern: new RegExp(`([零〇一二三四五六七八九两十百千万]+)(余|多)?(${chineseUnitPattern})(?![是性事大届中把会月])`, 'g'),
	extract(match, text) {
		const numeral = match[1]!;
		const value = chineseToNumber(numeral);
		// 第三次, 每一个, 逐一: ordinals and distributives, not amounts; 数十场, 几百人: several, no amount.
		if (value === null || value === 0 || isOneOf(codeBefore(text, match.index), '第每逐前') || indefiniteBefore(text, match.index)) {
			return null;
		}

		const pre = hedgeBefore(text, match.index);
		// 百姓, 千家万户, 百场宣讲进万家: a leading 百, 千 or 万 is a word or a slogan; with a hedge (百余场, 近百场, 万余人次)
		// it is about a hundred, a thousand or ten thousand.
		if ('万千百'.includes(numeral[0]!) && !(numeral.length === 1 && (match[2] !== undefined || pre !== ''))) {
			return null;
		}

		// 开展了一场接地气的宣传活动, 召开一次专题会议: 一 before the noun it measures is an article (a, an), not a count;
		// 会前学法一次, with the measure word after the noun, still counts one.
		if (numeral === '一' && pre === '' && match[2] === undefined && opensNoun(text, match.index + match[0].length)) {
			return null;
		}

		// 二次传播, 二次审核: 二次 before a verb or noun is "secondary", an adverb; twice is 两次.
		if (numeral === '二' && match[3] === '次' && pre === '' && match[2] === undefined && isHanAt(text, match.index + match[0].length)) {
			return null;
		}

		return {
			index: match.index - pre.length,
			end: match.index + match[0].length,
			value,
			unit: match[3]!,
			approx: pre !== '' || Boolean(match[2]),
		};
	},
};

/** 九十八点五 → 98.5: the digits after 点 are read one by one; null when either part is no numeral. */
function chinesePercent(raw: string): number | null {
	const [whole, fraction] = raw.split('点');
	const integer = chineseToNumber(whole!);
	if (fraction === undefined || integer === null) return integer;
	let decimals = '';
	for (const char of fraction) {
		const digit = chineseToNumber(char);
		if (digit === null || digit > 9) return null;
		decimals += String(digit);
	}

	return decimals === '' ? integer : Number(`${integer}.${decimals}`);
}

/** 百分之九十五 · 百分之95 · 百分之九十八点五 */
export const percentWords: QuantityParser = {
	name: 'percent-words',
	needs: ['百分之'],
	pattern: /百分之(?<num>\d+(?:\.\d+)?|[零〇一二三四五六七八九十百点]+)/gu,
	extract(match) {
		const raw = match.groups!['num']!;
		const value = /\d/u.test(raw) ? Number(raw) : chinesePercent(raw);
		if (value === null || Number.isNaN(value)) {
			return null;
		}

		return {index: match.index, end: match.index + match[0].length, value, unit: '%', approx: false};
	},
};

/** 败诉率为零 · 纠错率是零: a rate of nothing, in words; not 零 before a noun (零败诉, 零投诉), which the rules do not read. */
export const zeroRateWords: QuantityParser = {
	name: 'zero-rate',
	needs: ['零'],
	pattern: /率(?:均?为|是)?零(?=[,,;;。、))]|$)/gu,
	extract(match) {
		const end = match.index + match[0].length;
		return {index: end - 1, end, value: 0, unit: '%', approx: false};
	},
};

// 较同期 alone is the same period of the year before.
// 较去年底 and 较上年末: the level at the end of the year before.
const lastYear = '(?:(?:上年|去年|上一?年度?|前一年|20\\d\\d年度?)(?:同期|底|末)?|同期)';
/** A count as a change states it: last year's (与去年177件相比) or the difference (比2019年增加842件); a page may set a space before its measure word. */
const changeCount = '\\d+(?:\\.\\d+)?(?:万|千)?[ \\t]?(?:件次|人次|[件人次起项个条宗份场名家户])';
/** 增幅 and 降幅 say the change itself (同比增幅超70%), before 增 and 降 alone. */
const changeVerbWords = '上升|上涨|增长|增加|提高|提升|下降|下跌|减少|降低|回落|下滑|压降|(?:增幅|降幅)(?:为|达到?|是)?|增|降|减|升';
const changeVerb = `(?<verb>${changeVerbWords})了?`;
// 较去年同比增长4.7% says it twice: one change.
// 较上一年度285件增长30%: last year's count may stand in the comparison, as in 与去年177件相比 (与上年的1068件相比), or in brackets after the
// year (比2022年(31起)下降29%); 相比于2018年的4.2%上升了7.2个百分点, last year's rate.
const changeLead = `(?<lead>(?:分别)?(?:(?:(?:较|比)${lastYear})?同比|环比|(?:较|比)${lastYear}(?:的?${changeCount}(?=${changeVerbWords})|\\(${changeCount}\\)(?=${changeVerbWords}))?|与${lastYear}(?:的?${changeCount})?相比[,,]?|同${lastYear}相?比|(?:相比于|相较于)${lastYear}(?:的?(?:${changeCount}|\\d+(?:\\.\\d+)?%)[,,]?)?)(?:分别)?)`;
/** The verbs of a change that make it negative. */
const falls = /下降|下跌|减少|降低|回落|下滑|压降|降|减/u;
// A page may set a space before the sign as before any measure word (同比下降17.65 %).
const changeNumber = '(?:约|近|超过|超)?\\d+(?:\\.\\d+)?[ \\t]?(?:%|个百分点|百分点)';
/** A figure of a list of changes without its unit, which the list's last figure gives (11.4和10个百分点). */
const changeBare = '(?:约|近|超过|超)?\\d+(?:\\.\\d+)?';

/** 同比下降23.4% · 较2023年提升了约10个百分点 · 分别同比下降23.4%、28.3% · 同比增幅超70% · 与去年177件相比上升16% · 同2023年比下降14.45个百分点 */
export const yearOnYear: QuantityParser = {
	name: 'year-on-year',
	// 同比, 环比, 较上年, 比去年: every lead holds 比 or 较.
	needs: ['比', '较'],
	// A space may stand before the figure, as pages set between Chinese and digits (较同期增长 74%).
	pattern: new RegExp(`${changeLead}${changeVerb}[ \\t]?(?<list>(?:${changeBare}[、,和及与])*${changeNumber}(?:[、,和及与]${changeNumber})*)`, 'gu'),
	extract(match) {
		const g = match.groups!;
		const sign = falls.test(g['verb']!) ? -1 : 1;
		// 分别较去年底提升11.4和10个百分点: the items before the last may leave its unit out.
		const items = [...g['list']!.matchAll(/(\d+(?:\.\d+)?)[ \t]?(%|个百分点|百分点)?/gu)];
		const kind = items.at(-1)?.[2] === '%' ? 'pct' : 'pp';
		const values = items.map(item => sign * Number(item[1]));
		return {
			index: match.index,
			end: match.index + match[0].length,
			value: values[0] ?? 0,
			unit: kind === 'pct' ? '%' : '个百分点',
			approx: /约|近|超/u.test(g['list']!),
			change: {kind, values, respectively: g['lead']!.includes('分别') || values.length > 1},
		};
	},
};

/**
比2019年增加842件,增幅为18.38%: the difference from the year before, then its rate. The rate is the change of the
figure before; the difference alone (比2019年增加842件) stays a figure of another year, as ever.
*/
export const differenceAndRate: QuantityParser = {
	name: 'difference-and-rate',
	// One search, not two: 幅 is rare, and every match holds it (增幅, 降幅).
	needs: ['幅'],
	pattern: new RegExp(`${changeLead}${changeVerb}(?:约|近)?${changeCount}[,,]?(?<rise>增幅|降幅)(?:为|达到?|是)?(?<rate>\\d+(?:\\.\\d+)?)[ \\t]?%`, 'gu'),
	extract(match) {
		const g = match.groups!;
		const falling = g['rise'] === '降幅' || falls.test(g['verb']!);
		const value = (falling ? -1 : 1) * Number(g['rate']);
		return {
			index: match.index,
			end: match.index + match[0].length,
			value,
			unit: '%',
			approx: false,
			change: {kind: 'pct', values: [value], respectively: false},
		};
	},
};

export const parsers: readonly QuantityParser[] = [yearOnYear, differenceAndRate, percentWords, arabic, chinese, zeroRateWords];

const byPosition = (a: Candidate, b: Candidate) => a.index - b.index || b.end - a.end;

function inOrder(candidates: readonly Candidate[]): boolean {
	for (let i = 1; i < candidates.length; i++) {
		if (byPosition(candidates[i - 1]!, candidates[i]!) > 0) {
			return false;
		}
	}

	return true;
}

function holdsAny(text: string, needs: readonly string[]): boolean {
	for (const need of needs) {
		if (text.includes(need)) {
			return true;
		}
	}

	return false;
}

/** Whether a text holds what the parser needs and matches its hint: a parser that may find something in it. */
function mayFind(parser: QuantityParser, text: string): boolean {
	const {hint, needs} = parser;
	return (needs === undefined || holdsAny(text, needs)) && (hint === undefined || hint.test(text));
}

/** Every parser, as bits (bit i for parsers[i]). */
export const everyParser = (1 << parsers.length) - 1;

/** What a character of a line may tell parsersFor: a parser's need that opens with it, or its hint, which may match there. */
type Trigger = {readonly bit: number; readonly need: string; readonly hint: RegExp | undefined};

/** The parsers with no needs, and those with no hint: their part of mayFind holds of any line. */
let needless = 0;
let hintless = 0;
/** By UTF-16 code: its slot in `triggerLists` (0: a character that tells nothing). */
const triggerSlot = new Uint8Array(0x10000);
const triggerLists: Trigger[][] = [[]];
function addTrigger(char: string, trigger: Trigger): void {
	const code = char.charCodeAt(0);
	if (triggerSlot[code] === 0) {
		triggerSlot[code] = triggerLists.length;
		triggerLists.push([]);
	}

	triggerLists[triggerSlot[code]!]!.push(trigger);
}

parsers.forEach((parser, i) => {
	const bit = 1 << i;
	if (parser.needs === undefined) needless |= bit;
	for (const need of parser.needs ?? []) addTrigger(need, {bit, need, hint: undefined});
	const {hint, hintStarts} = parser;
	if (hint === undefined) {
		hintless |= bit;
	} else if (hintStarts === undefined) {
		throw new Error(`${parser.name}: a hint needs the characters it opens with (hintStarts)`);
	} else {
		// Sticky: asked at each place a match may open.
		const sticky = new RegExp(hint.source, hint.flags.replace('g', '') + 'y');
		for (const char of hintStarts) addTrigger(char, {bit, need: '', hint: sticky});
	}
});

/**
The parsers that may find something in a line, as bits: mayFind of each, in one pass over the line rather than a
search for every need and hint. A sentence is part of its line (with at most a marker blanked), so a parser whose
needs or hint the line does not hold finds nothing in any of its sentences: asked once per line, they spare most
sentences a string search or a pattern each.
*/
export function parsersFor(line: string): number {
	let needs = needless;
	let hints = hintless;
	for (let at = 0; at < line.length; at++) {
		const slot = triggerSlot[line.charCodeAt(at)]!;
		if (slot === 0) continue;
		for (const {bit, need, hint} of triggerLists[slot]!) {
			if (hint === undefined) {
				if ((needs & bit) === 0 && (need.length === 1 || line.startsWith(need, at))) needs |= bit;
			} else if ((hints & bit) === 0) {
				hint.lastIndex = at;
				if (hint.test(line)) hints |= bit;
			}
		}
	}

	return needs & hints;
}

/** `may`: the parsers that may find something (parsersFor of the sentence's line); the others are not run. */
export function runParsers(text: string, sink?: QuantitySink, may = everyParser): Candidate[] {
	const found: Candidate[] = [];
	for (let i = 0; i < parsers.length; i++) {
		const parser = parsers[i]!;
		if (((may >> i) & 1) === 0 || !mayFind(parser, text)) {
			continue;
		}

		// exec in a loop: matchAll copies the pattern for every sentence.
		const {pattern} = parser;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
			const candidate = parser.extract(match, text);
			if (candidate) {
				found.push(candidate);
			} else if (sink !== undefined) {
				sink.rejected(parser.name, match.index, match.index + match[0].length);
			}
		}
	}

	// Sorting copies the array; most sentences come out of the parsers in order already (or hold one figure).
	return inOrder(found) ? found : found.sort(byPosition);
}
