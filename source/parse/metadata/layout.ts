import {isSpace} from '../chars.js';
import type {Line} from '../lines.js';

/**
Where a report states its metadata: a header (title, issuing organs) before the first paragraph, the
opening paragraph, and a tail (signature, date) after the last one. Page furniture from the site it was
saved from (日期:2021-03-31 来源:…, 分享:, 字号:) is set aside so that no rule reads the site's posting
date as the report's year or date.
*/
export type Layout = {
	/** Every non-empty line, trimmed, furniture included: evidence for resolving names. */
	readonly all: readonly Line[];
	/** Non-furniture lines before the first paragraph. */
	readonly header: readonly Line[];
	/** Header lines that name the report (…法治政府建设…报告). */
	readonly titles: readonly Line[];
	/** Header lines that name who issues it (中共开封市示范区工委 开封市示范区管委会). */
	readonly organs: readonly Line[];
	/** Non-furniture lines from the first paragraph on. */
	readonly body: readonly Line[];
	/** The last few non-furniture lines, where signatures and dates go. */
	readonly tail: readonly Line[];
	/** Page furniture: the site's 来源 line names who posted the page. */
	readonly furniture: readonly Line[];
};

/** Furniture that opens a line. */
const furnitureAtStart = [
	/(?:日期|时间|发布时间|发布日期|发文日期|来源|信息来源|作者|编辑|责任编辑|字号|字体|分享|分享到|打印|关闭|浏览次数|阅读次数|点击数?|访问量)\s*[::]/u,
	/已归档$|打印本页|关闭窗口|【\s*字体/u,
	// Breadcrumbs: their 法治政府建设年度报告 > 2024年度 is a site's section, not a title.
	/(?:您?当前的?位置|您的位置)\s*[::]|首页\s*[>>»]/u,
];
/** Furniture anywhere in a line. */
const furnitureAnywhere = [
	/(?:来源|浏览次数|阅读次数)\s*[::]/u,
	/链接即将离开|是否继续[??]?$/u,
];
const alternatives = (patterns: readonly RegExp[]) => patterns.map(pattern => `(?:${pattern.source})`).join('|');
// Two patterns, not one: in a single alternation the start-only alternatives were retried at every
// position of every line; apart, the first is tried at the start only and the engine can skip straight
// to the first characters of the second.
const atStart = new RegExp(`^(?:${alternatives(furnitureAtStart)})`, 'u');
const anywhere = new RegExp(alternatives(furnitureAnywhere), 'u');

export function isFurniture(text: string): boolean {
	return atStart.test(text) || anywhere.test(text);
}

/** Headings and year-led openings start the body even when short. */
const bodyStart = /^(?:[一二三四五六七八九十]+、|(?:19|20)\d{2}\s*年(?:度)?(?:以来|是|[,,、]))/u;

function isBody(text: string): boolean {
	return /[。;;]/u.test(text) || text.length > 80 || bodyStart.test(text);
}

const titleWords = /报告|法治政府|法治建设|依法行政/u;
/** A body line is a title only if it ends like one, which is cheaper to ask first than titleLine. */
const endsLikeTitle = (text: string) => text.endsWith('报告') || text.endsWith('总结') || text.endsWith('汇报');
const isTitleLine = (text: string) => endsLikeTitle(text) && titleLine.test(text);
/** A title on a line of its own, in the body: no sentence in it, ending in 报告 or 总结. */
const titleLine = /^[^。,,;;::!?一二三四五六七八九十(()]?[^。,,;;::!?]{3,60}(?:法治政府|法治建设|依法行政)[^。,,;;::!?]{0,30}(?:报告|总结|汇报)$/u;
const organWords = '人民政府|政府|街道办事处|党工委|工委|管委会|管理委员会|委员会|党委|区委|县委|市委|旗委|局|厅';
const organ = new RegExp(`(?:${organWords})`, 'u');

/**
A row of a site's information table (| 发布机构 | 兖州区新驿镇 | 组配分类 | 法治政府建设年报 |, or with its labels in
brackets: [ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]) is no title: only its cell that holds the title words is, and the
publisher beside it, a county before its town, names nothing by itself.
*/
function titleCell(line: Line): Line | null {
	if (!isTableRow(line.text)) return line;
	const cells = cellsOf(line.text);
	const cell = cells.find(text => titleWords.test(text));
	if (cell === undefined) return null;
	return cells.length === 1 ? line : {text: cell, line: line.line};
}

function organCells(line: Line): Line[] {
	return cellsOf(line.text).filter(cell => organ.test(cell) && !titleWords.test(cell)).map(text => ({text, line: line.line}));
}

/** A label in brackets that opens a row of an information table: [ 发布机构 ], [ 主题分类 ]. */
const bracketLabel = /\[[^\[\]]{1,12}\]/gu;
const opensOnLabel = /^\[[^\[\]]{1,12}\]/u;

const isTableRow = (text: string): boolean => text.startsWith('|') || (text.startsWith('[') && opensOnLabel.test(text));

const cellsOf = (row: string): string[] => (row.startsWith('|') ? row.split('|') : row.split(bracketLabel)).map(cell => cell.trim()).filter(cell => cell !== '');

/** How many lines at either end can hold a header or a signature. */
const headerLimit = 6;
const tailLimit = 8;

/** Whether trim() would change a line: most come trimmed, and trim() is a call into the runtime on every line. */
const hasEdgeSpace = (text: string) => text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));

/**
A yearbook entry's label before its opening (【概况】 2021年,…; 概述 2015年,…): the opening is read as if it
started with its year. Only before a year, so a heading that merely starts so keeps its words.
*/
const entryLabel = /^(?:【概况】|【概述】|概况|概述)\s*(?=(?:19|20)\d{2}\s*年)/u;

/** A report's title set in title marks on a line of its own (《某区2023年法治政府建设年度报告》), as news of it prints it. */
const wholeTitle = /^《([^《》]+)》$/u;

/** The title without the marks that enclose the whole line: elsewhere 《…》 cites another document, and is blanked. */
function unquoted(title: Line): Line {
	const inner = title.text.startsWith('《') ? wholeTitle.exec(title.text)?.[1] : undefined;
	// A report's own (…报告), not a plan or a rule cited on a line of its own (《…工作要点》).
	return inner === undefined || !endsLikeTitle(inner) ? title : {text: inner, line: title.line};
}

/**
An organ or a title spaced out letter by letter to centre it (岳 麓 区 人 民 政 府, as a Word or PDF header sets it): read
without the spaces. Only a short line whose characters all stand apart so; the cleaner has folded wide spaces.
*/
const spacedLength = 80;
const spacedOut = /^\p{Script=Han}(?: {1,3}[\p{Script=Han}\d]+){3,}$/u;
const letterSpace = / +/gu;

/** A line that ends on a colon greets whom the report is sent to (XX市依法治市办:): never its title. */
const greets = (text: string): boolean => text.endsWith(':') || text.endsWith(':');

/** `sources`: the site's 来源 lines the cleaner set aside (clean.ts), furniture read for who posted the page alone. */
export function readLayout(lines: readonly Line[], sources: readonly Line[] = []): Layout {
	const all: Line[] = [];
	for (const line of lines) {
		// Full-width and no-break spaces too (trim removes every \s): pasted reports indent paragraphs with them.
		const trimmed = hasEdgeSpace(line.text) ? line.text.trim() : line.text;
		const labelled = trimmed.charCodeAt(0) === 0x3010 || trimmed.startsWith('概') ? trimmed.replace(entryLabel, '') : trimmed;
		const text = labelled.length <= spacedLength && labelled.charCodeAt(1) === 0x20 && spacedOut.test(labelled) ? labelled.replace(letterSpace, '') : labelled;
		// Lines come trimmed from the cleaner: keep the same object when there was nothing to trim.
		if (text) all.push(text === line.text ? line : {text, line: line.line});
	}
	const content: Line[] = [];
	const furniture: Line[] = [];
	for (const line of all) (isFurniture(line.text) ? furniture : content).push(line);
	furniture.push(...sources);
	const found = content.findIndex(line => isBody(line.text));
	const start = Math.min(found < 0 ? content.length : found, headerLimit);
	const header = content.slice(0, start);
	const body = content.slice(start);
	// A long line of page text (a breadcrumb, a notice) starts the body early; the title may follow it.
	const titles: Line[] = [];
	for (const line of header) {
		const title = titleWords.test(line.text) && !greets(line.text) ? titleCell(line) : null;
		if (title) titles.push(unquoted(title));
	}
	// A site's information table, printed as rows and again a label a line, may fill the window: its rows do not count.
	let looked = 0;
	for (const line of body) {
		if (isTableRow(line.text)) continue;
		if (looked++ === headerLimit) break;
		if (isTitleLine(line.text)) titles.push(line);
	}

	const organs: Line[] = [];
	for (const line of header) {
		if (!organ.test(line.text)) continue;
		// The publisher's cell of an information table: 平阴县人民政府.
		if (isTableRow(line.text)) organs.push(...organCells(line));
		// 西宁市深入推进依法行政加快建设法治政府工作领导小组办公室: is whom the report is sent to, whatever its words.
		else if (!titleWords.test(line.text) || greets(line.text)) organs.push(line);
	}
	return {all, header, titles, organs, body, tail: body.slice(-tailLimit), furniture};
}
