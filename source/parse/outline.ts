/**
Headings in the four usual styles (一、 / (一) / 1. / 一是), and titles in 【】, built into a tree while the
report is read top to bottom, each section classified by what its title says it holds.
*/
import type {HeadingStyle, Section, SectionKind} from './types.js';

const numeral = '[一二三四五六七八九十]{1,3}';
const enumerated = new RegExp(`^${numeral}是(?=\\S)`, 'u');

// A table by UTF-16 code: asked of every line and sentence, where a Set lookup showed in the profile.
const numeralCodes = new Uint8Array(0x10000);
for (const char of '一二三四五六七八九十') numeralCodes[char.charCodeAt(0)] = 1;
const isNumeral = (code: number) => numeralCodes[code] === 1;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
The heading styles, each with the character it opens with: a numeral (一、), a bracket ((一)) or a digit (1.).
Only the style a line's first character can open is tried: most lines open with none, and a paragraph led by
its year (2024年,…) is no numeral or bracket heading.
*/
const lineHeadings: ReadonlyArray<[HeadingStyle, RegExp, (code: number) => boolean]> = [
	['chinese', new RegExp(`^${numeral}、\\s*`, 'u'), isNumeral],
	['paren', new RegExp(`^[(]${numeral}[)]\\s*(?:是(?=\\S))?`, 'u'), code => code === 0x28],
	['arabic', /^\d{1,2}\s*[.、](?!\d)\s*/u, isDigit],
	// 【公共法律服务体系建设】 制定…: a yearbook's or a report's title in lenticular brackets, alone or leading its
	// paragraph; its words are the whole title. Not a page's furniture (【来源:…】, 【字体:大 中 小】), which holds a colon,
	// nor a document number (【2024】3号), nor a page's buttons and labels (【打印】, 【资料图】, 【摘要】).
	['bracket', /^【(?!打印|字体|字号|关闭|分享|收藏|资料图|图片|视频|摘要|关键词|中文关键词)([^】::\d\s]{2,30})】\s*/u, code => code === 0x3010],
];

// Strong title words decide a section's kind at any depth; 问题 alone only at the top,
// since a results subsection may well be titled 解决群众急难愁盼问题.
const kinds: ReadonlyArray<[SectionKind, RegExp, RegExp?]> = [
	// A plan a title says was made or carried out (2.制定本年度“谁执法谁普法”工作计划,…; 《…2024年政务公开工作要点》落实情况)
	// heads results, not plans.
	// A title that is only the targets' label (一、工作目标) heads targets; 目标任务完成情况 heads results.
	['plans', /下一步|下步|下阶段|工作思路|工作打算|主要安排|初步安排|(?:工作安排|工作计划|工作要点|工作重点)(?<!(?:制定|印发|制发|出台|下发|编制|落实|完成|审议|围绕|按照|根据|对照|依据)[^,;。]{0,20}工作..)(?!》?[^,;。]{0,4}(?:落实|完成|执行|推进)情况)|努力方向|今后|明年|展望|未来|^(?:总体|工作|主要|具体|发展)?目标(?:任务)?$/u],
	['shortcomings', /不足|短板|差距|薄弱/u, /问题|原因/u],
	['duties', /第一责任人|主要负责人|主要负责同志|履职情况/u],
	['honours', /荣誉|表彰|获奖|奖项/u],
	['results', /举措|成效|成绩|做法|进展|完成情况|工作情况|主要工作/u],
];

// Every kind's words in one pattern: a title with none of them keeps the kind it inherits.
const anyKindWords = new RegExp(kinds.flatMap(([, strong, topOnly]) => (topOnly ? [strong, topOnly] : [strong])).map(pattern => `(?:${pattern.source})`).join('|'), 'u');

/** A heading that opens with its year: 2025年工作思路. */
const leadingYear = /^(\d{4})年(?!以来)/u;

export function classify(title: string, topLevel: boolean, year: number | null, inherited: SectionKind): SectionKind {
	// A heading about the next year (2025年工作思路 in a 2024 report) is a plan whatever its words. Only a title
	// opening with a digit can open with a year.
	const headingYear = year === null || !isDigit(title.charCodeAt(0)) ? undefined : leadingYear.exec(title)?.[1];
	if (year !== null && headingYear !== undefined && Number(headingYear) > year) {
		return 'plans';
	}

	// Inside a plan, a subsection titled 推进…工作成效 is still a plan (and so for a shortcoming), and a
	// title with none of the kinds' words inherits: neither needs the kinds tried one by one.
	if (inherited === 'plans' || inherited === 'shortcomings' || !anyKindWords.test(title)) {
		return inherited;
	}

	for (const [kind, strong, topOnly] of kinds) {
		if (strong.test(title) || (topLevel && topOnly?.test(title))) {
			return kind;
		}
	}

	return inherited;
}

/**
The plans part's title set on a line of its own with no marker (下一步工作打算, 2025年工作思路, 今后工作计划): a page may
drop 四、 or never had it. Only the whole line, and only a plans title: any other unmarked line is prose.
*/
const bareplansTitle = /^(?:((?:19|20)\d{2})年度?|下一步|下步|下阶段|下一阶段|今后|明年)(?:的)?(?:主要)?(?:工作)?(?:打算|思路|计划|安排|重点|目标|任务)(?:[和及与、](?:打算|思路|计划|安排|措施|举措|建议|目标))?[::]?$/u;

/** Where a heading's title ends: its first clause or sentence break. */
const titleEnd = /[。;;,,]/u;

function titleOf(rest: string): string {
	const end = rest.search(titleEnd);
	const title = end === -1 ? rest : rest.slice(0, end);
	return title.length > 40 ? title.slice(0, 39) + '…' : title;
}

export type Position = {
	readonly kind: SectionKind;
	/** How many sections are open, the top one included. */
	readonly depth: number;
	/** The titles from the top section down, joined as a section path: A > B > C. */
	readonly path: string;
};

export class OutlineBuilder {
	readonly roots: Section[] = [];
	private readonly stack: Section[] = [];
	/** The section path down to each section of the stack, built as sections open rather than joined anew. */
	private readonly paths: string[] = [];
	// Asked for every sentence, changed only at headings.
	private cached: Position | undefined;

	constructor(private readonly year: number | null) {}

	get position(): Position {
		if (this.cached === undefined) {
			this.cached = {kind: this.stack.at(-1)?.kind ?? 'other', depth: this.stack.length, path: this.paths.at(-1) ?? ''};
		}

		return this.cached;
	}

	/** Opens the section a line's heading starts; returns the marker's length (0 if none) so it is not read as a number. */
	lineHeading(folded: string, line: number): number {
		const first = folded.charCodeAt(0);
		for (const [style, pattern, opens] of lineHeadings) {
			const marker = opens(first) ? pattern.exec(folded) : null;
			if (marker) {
				while (this.stack.at(-1)?.style === 'enumerated') {
					this.stack.pop();
					this.paths.pop();
					this.cached = undefined;
				}

				this.open(style, style === 'bracket' ? marker[1]! : titleOf(folded.slice(marker[0].length)), line);
				return marker[0].length;
			}
		}

		// Such a title opens with its year's digit, 下, 今 or 明.
		return folded.length <= 16 && (isDigit(first) || first === 0x4E0B || first === 0x4ECA || first === 0x660E) ? this.bareTitle(folded, line) : 0;
	}

	/**
	A plans title with no marker opens the plans as a part of the report's own, closing every section open; the
	whole line is its marker (it states nothing). A year in it must be later than the year under review, where the text
	states one (a passage with no year of its own takes 2025年工作思路 for a plan).
	*/
	private bareTitle(folded: string, line: number): number {
		const title = bareplansTitle.exec(folded.trim());
		if (title === null || (title[1] !== undefined && this.year !== null && Number(title[1]) <= this.year)) return 0;
		this.stack.length = 0;
		this.paths.length = 0;
		this.open('title', title[0], line);
		return folded.length;
	}

	/**
	A sentence (folded.slice(start, end)) opening with 一是/二是 starts an enumerated item; returns the marker's length.
	Given the whole line and offsets, so that the sentence is copied out only when it opens with a numeral.
	*/
	sentenceHeading(folded: string, start: number, end: number, line: number): number {
		if (start >= end || !isNumeral(folded.charCodeAt(start))) {
			return 0;
		}

		const sentence = folded.slice(start, end);
		const marker = enumerated.exec(sentence);
		if (!marker) {
			return 0;
		}

		this.open('enumerated', titleOf(sentence.slice(marker[0].length)), line);
		return marker[0].length;
	}

	private open(style: HeadingStyle, title: string, line: number): void {
		this.cached = undefined;
		const sibling = this.stack.findIndex(section => section.style === style);
		if (sibling !== -1) {
			this.stack.length = sibling;
			this.paths.length = sibling;
		}

		const parent = this.stack.at(-1);
		const kind = classify(title, parent === undefined, this.year, parent?.kind ?? 'results');
		const section: Section = {title, style, depth: this.stack.length, line, kind, children: []};
		(parent?.children ?? this.roots).push(section);
		const parentPath = this.paths.at(-1);
		this.stack.push(section);
		this.paths.push(parentPath === undefined ? title : `${parentPath} > ${title}`);
	}
}
