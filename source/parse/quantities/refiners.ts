/**
Refiners run in order over the sorted candidates of one sentence, each settling one
question: which of two overlapping readings stands, which numbers are names, and
which figure a year-on-year change belongs to.
*/
import {codeBefore} from './before.js';
import type {Candidate} from './candidate.js';
import type {QuantitySink} from './sink.js';
import {timeUnits} from './units.js';

/** `sink` hears what a refiner sets aside, when the explain trace asks; parsing passes none. */
export type Refiner = (candidates: Candidate[], text: string, sink?: QuantitySink) => Candidate[];

/** Of two overlapping readings the longer stands: 同比下降23.4% over 23.4%. */
export const removeOverlaps: Refiner = (candidates, _text, sink) => {
	if (candidates.length < 2) {
		return candidates;
	}

	const kept: Candidate[] = [];
	for (const candidate of candidates) {
		const last = kept.at(-1);
		if (last && candidate.index < last.end) {
			if (candidate.end - candidate.index > last.end - last.index) {
				kept[kept.length - 1] = candidate;
				sink?.dropped(last, 'overlap', candidate);
			} else {
				sink?.dropped(candidate, 'overlap', last);
			}

			continue;
		}

		kept.push(candidate);
	}

	return kept;
};

const quotePairs: Record<string, string> = {'“': '”', '《': '》', '〔': '〕', '「': '」', '『': '』', '"': '"', '‘': '’'};

/** Spans inside quotes and title marks: “六个到位”, 《…20条》, 〔2024〕 are names. */
const openers = /[“《〔「『"‘]/gu;

/** The first index of `code` in text[from, to), or -1; searched in place, where a slice was copied per quote. */
function closeWithin(text: string, code: number, from: number, to: number): number {
	const end = Math.min(to, text.length);
	for (let i = from; i < end; i++) {
		if (text.charCodeAt(i) === code) {
			return i;
		}
	}

	return -1;
}

export function quotedSpans(text: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	openers.lastIndex = 0;
	for (let match = openers.exec(text); match !== null; match = openers.exec(text)) {
		const i = match.index;
		const close = quotePairs[match[0]]!;

		// A quote that runs past 40 characters is more likely unbalanced than a name;
		// looking no further also keeps a page of unclosed quotes linear.
		const end = closeWithin(text, close.charCodeAt(0), i + 1, i + 41);
		if (end !== -1) {
			spans.push([i, end]);
			openers.lastIndex = end + 1;
		}
	}

	return spans;
}

const sloganAfter = (after: string) => /^[^,,。;;、]{0,5}圈/u.test(after) || after.startsWith('“');

function within(spans: ReadonlyArray<[number, number]>, candidate: Candidate): boolean {
	for (const [start, end] of spans) {
		if (candidate.index > start && candidate.end <= end) {
			return true;
		}
	}

	return false;
}

/** 前28批信访件累计2438件, 位列前3名: the first batches or places, a rank, not a count (not 目前 or 提前). */
const firstUnits: ReadonlySet<string> = new Set(['批', '批次', '名', '位']);

function firstOf(text: string, candidate: Candidate): boolean {
	const at = candidate.index;
	return firstUnits.has(candidate.unit) && text.charCodeAt(at - 1) === 0x524D && !'目提'.includes(text[at - 2] ?? '');
}

/** 第20条和21条, 第十条、十一条: the second of a list of articles is an ordinal too, its 第 left out. */
const ordinalList = /第\s?[\d一二三四五六七八九十百]+\s?[条款项章节]\s?[和、及与至或]\s?$/u;

function ordinalListed(text: string, candidate: Candidate): boolean {
	// A page may set a space between a number and its measure word (第20 条和21 条).
	const at = text.charCodeAt(candidate.index - 1) === 0x20 ? candidate.index - 1 : candidate.index;
	return at > 2 && '和、及与至或'.includes(text[at - 1]!) && ordinalList.test(text.slice(Math.max(0, at - 11), candidate.index));
}

export const markNames: Refiner = (candidates, text, sink) => {
	if (candidates.length === 0) {
		return candidates;
	}

	const spans = quotedSpans(text);
	for (const candidate of candidates) {
		const inQuotes = within(spans, candidate);
		// 第; or an article of the law just named with its 第 left out (《…条例》二十条规定).
		const before = codeBefore(text, candidate.index);
		const ordinal = before === 0x7B2C || (before === 0x300B && candidate.unit === '条') || firstOf(text, candidate) || ordinalListed(text, candidate);
		// 15分钟政务服务圈, 24小时“政务无人超市”: a duration naming a service, not an amount of time.
		const slogan = timeUnits.has(candidate.unit) && sloganAfter(text.slice(candidate.end, candidate.end + 6));
		if (inQuotes || ordinal || slogan) {
			candidate.name = inQuotes ? 'quoted' : (ordinal ? 'ordinal' : 'slogan');
			sink?.dropped(candidate, candidate.name);
		}
	}

	return candidates;
};

const connective = /[,,;;、\s]|分别|同比|环比|其中/gu;

/** 177个“一件事”主题服务(同比增长66%): the noun a figure stands before, then the figure's change in brackets. */
const nounThenBracket = /^[^,,;;。()\d]{1,16}\($/u;

/**
Whether a change still speaks of the figure before it. 信访事项4480件次,同比下降27.81% does;
来信来访2110人次,信访总量同比下降15.6% names a new subject first, and 优秀率93.5%,优秀率同比增长6.9%
restates the old one.
*/
function sameSubject(text: string, target: Candidate, change: Candidate, clauseStart: number): boolean {
	const raw = text.slice(target.end, change.index);
	const between = raw.replace(connective, '');
	if (between.length < 2 || nounThenBracket.test(raw)) return true;
	const subject = text.slice(clauseStart, target.index);
	if (subject.includes(between)) return true;
	// 收到信息公开申请130件,申请量同比增长103%: the amount of what the clause counted (申请 → 申请量). Not a 总量 or
	// a 人数 of something else: 来信来访2110人次,信访总量… and 援助案件500件,受援人数… name new subjects.
	const stem = amountOf.exec(between)?.[1];
	return stem !== undefined && subject.includes(stem);
}

/** 申请量, 案件数, 收案数量: the stem whose amount the words name (申请, 案件, 收案); never a 总量 or 总数. */
const amountOf = /^([^总]{2,6}?)(?:数量|量|数)$/u;

/** The figures a change refers to: the ones just before it, in order when it says 分别. */
export function changeTargets(candidates: readonly Candidate[], at: number, text: string): Candidate[] {
	const change = candidates[at]!.change!;
	const before: Candidate[] = [];
	for (let i = at - 1; i >= 0; i--) {
		const candidate = candidates[i]!;
		if (candidate.change) {
			break;
		}

		if (!candidate.name) {
			before.unshift(candidate);
		}
	}

	const wanted = change.respectively ? change.values.length : 1;
	const targets = before.slice(-wanted);
	const last = targets.at(-1);
	if (last === undefined) {
		return [];
	}

	const whole = wanted === 1 ? wholeOfBracketedPart(before, text, candidates[at]!.index) : undefined;
	if (whole !== undefined) return [whole];

	const clauseStart = Math.max(text.lastIndexOf(',', last.index), text.lastIndexOf(',', last.index), text.lastIndexOf('。', last.index)) + 1;
	if (wanted === 1 && comparing.test(text.slice(clauseStart, last.index))) {
		const compared = figureBefore(before, text, clauseStart);
		if (compared !== undefined) return [compared];
	}

	if (wanted === 1 && priorStated.test(text.slice(clauseStart, last.index))) {
		const compared = figureBefore(before, text, clauseStart);
		if (compared !== undefined && changedFrom(compared, last, change)) return [compared];
	}

	return sameSubject(text, last, candidates[at]!, clauseStart) ? targets : [];
}

/**
受理行政案件2203件(含旧存245件),同比增长33%: the figure in brackets saying what a count includes is a part of it,
and a change after the brackets is the count's. The figure before the brackets, when they open right after it; the
brackets may list several parts (303件(其中:民事案件283件、刑事案件19件;…),同比增长27.2%).
*/
function wholeOfBracketedPart(before: readonly Candidate[], text: string, changeAt: number): Candidate | undefined {
	const part = before.at(-1);
	if (part === undefined) return undefined;
	const open = text.lastIndexOf('(', part.index);
	const close = text.indexOf(')', part.end);
	if (open === -1 || close === -1 || close > changeAt || text.lastIndexOf(')', part.index) > open) return undefined;
	let at = before.length - 2;
	while (at >= 0 && before[at]!.end > open) at--;
	const whole = before[at];
	if (whole === undefined || text.slice(whole.end, open).trim() !== '') return undefined;
	return inclusionOpens.test(text.slice(open + 1, part.index)) && /^[\s,,]*$/u.test(text.slice(close + 1, changeAt)) ? whole : undefined;
}

const inclusionOpens = /^(?:含|包括|包含|其中)/u;

/** The year before, or a named year, as a comparison names it (上年, 去年同期, 2022年度). */
const priorYear = '(?:上年|去年|上一?年度?|前一年|(?:19|20)\\d\\d年度?)(?:同期)?';

/**
收到申请1113件,较2022年558件增加了555件,同比增长99.5%: a clause comparing with another year restates the figure
of the clause before it, and the change after it is that figure's.
*/
const comparing = new RegExp(`^\\s*(?:较|比|与)${priorYear}`, 'u');

/**
受理129件,2016年为75件,同比增长72%: a clause stating another year's figure alone, between a figure and the change, is
what the figure is compared with; the change is the figure's when the two figures bear it out (129 is 75 and 72%).
*/
const priorStated = new RegExp(`^\\s*${priorYear}(?:为|是|有|共)\\s*$`, 'u');

/** Whether `now` is `then` changed by the change's (first) value, as a report rounds it. */
function changedFrom(now: Candidate, then: Candidate, change: NonNullable<Candidate['change']>): boolean {
	const value = change.values[0];
	if (value === undefined || now.unit !== then.unit) return false;
	if (change.kind === 'pp') return Math.abs(now.value - then.value - value) <= 0.15;
	return then.value > 0 && Math.abs(((now.value / then.value) - 1) * 100 - value) <= 0.6;
}

/** The last figure before `clauseStart`, when only a clause break stands between it and there. */
function figureBefore(before: readonly Candidate[], text: string, clauseStart: number): Candidate | undefined {
	for (let i = before.length - 1; i >= 0; i--) {
		const candidate = before[i]!;
		if (candidate.end <= clauseStart) {
			return /^[\s,,]*$/u.test(text.slice(candidate.end, clauseStart)) ? candidate : undefined;
		}
	}

	return undefined;
}
