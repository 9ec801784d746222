import type {Line} from '../lines.js';
import {preamble, splitGlued, splitGreeting} from './evidence.js';
import type {Layout} from './layout.js';
import {withoutTitles} from '../titles.js';
import {yearValue} from './published.js';

/** 2024年, or 二〇二四年 as some titles write it. */
const year = '((?:19|20)\\d{2}|[一二][〇零○O九][〇零○O一二三四五六七八九]{2})\\s*年';

/**
In a title: the first year that is not part of a span, e.g. …2024年法治政府建设年度情况报告, 2024年度…报告;
落实纲要(2021—2025年)2024年度情况 is about 2024.
*/
const inTitle = new RegExp(`(?<![\\d\\-–—~～至到〇零○一二三四五六七八九])${year}`, 'u');
/** A title that covers a span only (2016-2020年度法治政府建设情况): its last year. */
const spanInTitle = /(?:19|20)\d{2}\s*[-–—~～至到]\s*((?:19|20)\d{2})\s*年/u;

/**
A year leading the opening sentence: 2024年,… / 2024年以来,… / 2024年是… / 2024年度,…, also after the marker of
its item (一是2024年,全区…). A full date there (2024年3月5日) is a dateline, not the year under review.
*/
const leading = new RegExp(`^(?:[一二三四五六七八九十]是)?(?:在|截至|截止)?${year}(?!\\s*\\d{1,2}\\s*月)`, 'u');

/**
The report naming itself: 现将(我区)2024年(度)法治政府建设(工作)情况报告如下, 现对2023年所做工作总结如下; paired
with next year's plan (现将2024年度…情况总结和2025年…工作计划如下), the year is the review's, the first.
*/
const selfReference = new RegExp(`现[将对].{0,16}?${year}.{0,30}?(?:报告|总结|汇报)(?:(?:和|及|以及|暨)[^。]{0,40}?(?:计划|安排|打算|思路))?如下`, 'u');

/**
A span's start (2018年以来,…败诉率逐年下降; 2019年机构改革以来, an event of that year between) is no year under
review: a sentence led by 以来 yields to any other year-led sentence of the opening, and one that tells a trend
(逐年, 连续, 累计) is none at all.
*/
const since = new RegExp(`^(?:在|截至|截止)?${year}度?[^,,。;;\\d]{0,8}?以来`, 'u');
const trend = /逐年|连续|累计|年均|历年|多年/u;

/**
News of the report itself: (记者 …)2019年北京市法治政府建设报告日前发布, 《安徽省人民政府2020年法治政府建设报告》
(以下简称《报告》)出炉. Read before cited titles are blanked, and only as the report being announced.
*/
const announced = new RegExp(
	`${year}度?[^。,,;;《》]{0,20}?法治政府建设[^。,,;;《》]{0,12}?报告》?\\s*(?:[((]以下简称[^))]{0,12}[))])?[^。,,;;《》]{0,8}?(?:出炉|亮相|(?:日前|近日|正式|今日|昨日)(?:发布|公布))`,
	'u',
);

/** A results heading: 一、2024年法治政府建设主要举措及成效 (not the plans: 四、2025年…安排). */
const heading = new RegExp(`^[一二三四五六七八九十]+、\\s*${year}`, 'u');
const plans = /下一步|打算|安排|计划|思路|目标|展望|谋划/u;

const sentenceEnd = /[。!?!?]/gu;

/**
The first `limit` sentences of a text, each with its closing mark: what split(/(?<=[。!?!?])/u, limit) gives,
at half the cost, since the engine looks for the marks without trying a lookbehind at every character.
*/
function sentencesOf(text: string, limit: number): string[] {
	const sentences: string[] = [];
	const last = text.length - 1;
	let start = 0;
	sentenceEnd.lastIndex = 0;
	// A mark that ends the text closes no sentence before another: the rest is the last sentence.
	for (let mark = sentenceEnd.exec(text); mark && mark.index < last; mark = sentenceEnd.exec(text)) {
		sentences.push(text.slice(start, mark.index + 1));
		if (sentences.length === limit) return sentences;
		start = mark.index + 1;
	}
	sentences.push(text.slice(start));
	return sentences;
}

/** Only a line opening with a numeral can be a results heading (一、2024年…): the others need no reading. */
const numerals = '一二三四五六七八九十';
const mayBeHeading = (text: string) => text.length > 0 && numerals.includes(text[0]!);

const plausible = (value: number) => value >= 1990 && value <= 2100;

function first(texts: readonly string[], pattern: RegExp, skip?: RegExp): number | null {
	for (const line of texts) {
		// Cited documents carry their own years: 审议《2019年法治政府建设情况报告》.
		const text = withoutTitles(line);
		if (skip?.test(text)) continue;
		const match = pattern.exec(text);
		const value = match ? yearValue(match[1]!) : NaN;
		if (plausible(value)) return value;
	}
	return null;
}

const texts = (lines: readonly Line[]) => lines.map(line => line.text);

/** A year and what stated it, for explaining a result: 'the title', 'the opening leads with it'. */
export type StatedYear = {readonly year: number | null; readonly reason: string};

const stated = (year: number | null, reason: string): StatedYear | null => (year === null ? null : {year, reason});

/**
The year under review as the report states it, or null; never from a site header or a cited report.
The title (also when a scraped page runs it into the first line), else the opening: the lines before the
first heading, where page text the cleaner kept (a browser warning) may come before the report's first words.
*/
export function readYear(layout: Layout): StatedYear {
	const glued = splitGlued(layout.body[0]);
	const titles = [...texts(layout.titles), ...(glued ? [glued.title] : [])];
	const titled = first(titles, inTitle) ?? first(titles, spanInTitle);
	const opening = texts(preamble(layout.body));
	if (glued) opening[0] = glued.rest;
	if (opening.length > 0) opening[0] = splitGreeting(opening[0]!)?.rest ?? opening[0]!;
	// An opening may lead with a maxim before its year: 法治是安邦治国的基石……。2022年,全县…
	const sentences = () => opening.flatMap(text => sentencesOf(text, 3));
	// Most titles state the year: the opening is read only when they do not, or when two titles disagree (a mirror
	// site's page title above the report's own: 县2022年…总结 over 县2019年…总结), to tell which is the report's.
	if (titled !== null) {
		const others = titles.length > 1 ? titles.map(title => first([title], inTitle)).filter(value => value !== null && value !== titled) : [];
		const led = others.length > 0 ? leadingYear(sentences().filter(sentence => !since.test(sentence))) : null;
		return led !== null && others.includes(led) ? {year: led, reason: 'the opening leads with the year of one of its titles'} : {year: titled, reason: 'the title states it'};
	}

	const read = sentences();
	const spans = read.filter(sentence => since.test(sentence));
	return (
		stated(leadingYear(read.filter(sentence => !since.test(sentence))), 'the opening leads with it') ??
		stated(latestInSpan(spans), 'the opening\'s span names it last (…以来,…2022年…)') ??
		stated(first(spans.filter(sentence => !trend.test(sentence)), leading), 'the opening leads with it (…以来)') ??
		stated(first(opening.slice(0, 3), selfReference), 'the opening names the report by it (现将…年…报告如下)') ??
		stated(announcedYear(read.slice(0, 3)), 'news of the report names it') ??
		stated(first(texts(layout.body).filter(mayBeHeading), heading, plans), 'a results heading states it') ??
		stated(firstSectionYear(layout), 'the first section leads with it') ?? {year: null, reason: 'the text states none'}
	);
}

/**
A page that starts at its first heading (一、案件办理情况) has no opening: the first sentence under that heading,
led by its year (2024年新受理…), is then the year it reports on.
*/
function firstSectionYear(layout: Layout): number | null {
	if (layout.body.length < 2 || preamble(layout.body).length > 0) return null;
	const sentences = texts(preamble(layout.body.slice(1))).flatMap(text => sentencesOf(text, 1));
	return first(sentences.filter(sentence => !since.test(sentence)), leading);
}

/**
The year the first year-led sentence opens on; when it lists a figure a year, three years or more in ascending order
(2021年占比为20.92%,2022年占比为33.18%,2023年占比39.77%), the last of them: a trend told up to the year reported.
*/
function leadingYear(sentences: readonly string[]): number | null {
	for (const sentence of sentences) {
		const text = withoutTitles(sentence);
		const match = leading.exec(text);
		const value = match ? yearValue(match[1]!) : NaN;
		if (!plausible(value)) continue;
		const years = yearsIn(text);
		const ascending = years.length >= 3 && years[0] === value && years.every((year, i) => i === 0 || year > years[i - 1]!);
		return ascending ? years.at(-1)! : value;
	}

	return null;
}

/**
A year-led span whose sentence goes on to a later year (2018年以来,…败诉率分别为…,2022年该省法院审结…; …其中2019年办理4件,
…2023年办理96件) reports on that later year, the latest it names, also when it tells a trend; not a year that is a
target (到2025年, 至2025年) nor one in a cited title.
*/
function latestInSpan(spans: readonly string[]): number | null {
	for (const sentence of spans) {
		const start = leading.exec(sentence);
		const from = start ? yearValue(start[1]!) : NaN;
		if (!plausible(from)) continue;
		let latest = from;
		for (const value of yearsIn(withoutTitles(sentence))) {
			if (plausible(value) && value > latest) latest = value;
		}

		if (latest > from) return latest;
	}

	return null;
}

/** The years a sentence names in digits, in order, but a target's (到2025年, 至2025年). */
function yearsIn(text: string): number[] {
	const years: number[] = [];
	laterYear.lastIndex = 0;
	for (let found = laterYear.exec(text); found !== null; found = laterYear.exec(text)) years.push(Number(found[1]));
	return years;
}

const laterYear = /(?<![到至\d])((?:19|20)\d{2})年/gu;

function announcedYear(sentences: readonly string[]): number | null {
	for (const sentence of sentences) {
		if (!sentence.includes('报告')) continue;
		const match = announced.exec(sentence);
		const value = match ? yearValue(match[1]!) : NaN;
		if (plausible(value)) return value;
	}
	return null;
}
