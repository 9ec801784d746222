/**
Page furniture saved with a web page (date/source bars, share and font-size widgets,
"you are leaving this site" notices, breadcrumbs, footers) is dropped line by line.
Kept lines keep their original line numbers so every fact can cite where it stood.
*/
import type {Line} from './lines.js';
import {isIdeograph} from './chars.js';
import {foldWidth, hasWide} from './normalize.js';

/** Furniture that opens a line. */
const furnitureAtStart: readonly RegExp[] = [
	// 日期:2021-03-31 10:00 来源:… / 发布时间:… / 浏览次数:…
	/(?:发布)?(?:日期|时间|来源|信息来源|作者|编辑|责任编辑|浏览次数|点击数|访问量|阅读量|发布机构|索引号|文号|发文机关|成文日期|发布日期|主题分类|有效性)\s*[:]/u,
	/(?:【|\[)?(?:分享|分享到|字号|字体|打印|关闭|关闭窗口|打印本页|收藏|返回顶部|扫一扫|保存|下载|纠错|我要纠错)(?:】|\])?\s*[::]?\s*(?:[大中小默认]{0,6}|[\s|]*)$/u,
	/已归档$/u,
	/(?:当前位置|您当前的位置|您的位置|您现在的位置|所在位置)\s*[::]/u,
	/首页\s*[>»/›]/u,
	/(?:相关链接|相关文章|相关新闻|上一篇|下一篇)\s*[::]?/u,
];
/** Furniture anywhere in a line. */
const furnitureAnywhere: readonly RegExp[] = [
	/链接即将离开|是否继续访问|是否继续\?|即将离开.*网站/u,
	/版权所有|ICP备|网站标识码|公网安备|主办单位[::]|承办单位[::]|技术支持[::]|网站地图/u,
];
const alternatives = (patterns: readonly RegExp[]) => patterns.map(pattern => `(?:${pattern.source})`).join('|');
// Two patterns, one pass each: in a single alternation the start-only alternatives were retried at every
// position of the line; apart, the first is tried at the start only and the engine skips to the first
// characters of the second. The length is tested before folding, which most lines never need.
const atStart = new RegExp(`^(?:${alternatives(furnitureAtStart)})`, 'u');
const anywhere = new RegExp(alternatives(furnitureAnywhere), 'u');

/** `text` must be width-folded. */
function isFurniture(text: string): boolean {
	return atStart.test(text) || anywhere.test(text);
}

/** Furniture is short; a long line that mentions 来源: in passing is prose. */
const furnitureLength = 80;

/**
Readings a page printed after its characters (推进(jìn), 事项(xiàng)): pinyin with a tone mark in brackets
right after a Chinese character. They split the domain's words (网(wǎng)上可办), so they go; the test for a
tone-marked vowel keeps the common line free of the replace.
*/
const rubyTone = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
const ruby = /(?<=\p{Script=Han})[(\uFF08][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)\uFF09]/gu;

/** A bracket opening on a lower-case Latin letter: most lines have none, and need no pattern run over them. */
function hasRuby(text: string): boolean {
	for (let i = text.indexOf('(', 1); i !== -1; i = text.indexOf('(', i + 1)) {
		if (latinAfter(text, i)) return rubyTone.test(text);
	}

	for (let i = text.indexOf('\uFF08', 1); i !== -1; i = text.indexOf('\uFF08', i + 1)) {
		if (latinAfter(text, i)) return rubyTone.test(text);
	}

	return false;
}

function latinAfter(text: string, i: number): boolean {
	const code = text.charCodeAt(i + 1);
	return (code >= 0x61 && code <= 0x7A) || (code >= 0xE0 && code <= 0x1DC);
}

/**
A line longer than this is no paragraph but a report saved without its line breaks (a page's text on one
line, megabytes long). It is read as if it had a line break after each sentence (。!? in either width):
each sentence a line of its own, with the line's number. Headings after a full stop then open their
sections, metadata reads a title and a signature rather than the whole text, and no step's work per line
grows with the file (a 2 MB line took 25 s and 2.2 GB when every sentence marker rebuilt the line).
The longest line seen in real reports has 611 characters: none of them is read differently.
*/
export const longLine = 10_000;

/**
A sentence of such a line longer than this is cut after its last clause break (;:,、 or a space) before
this length, or at this length where it has none: the work per figure of a sentence grows with the
sentence, so the work per sentence is bounded. The longest sentence seen in real reports has 560 characters.
*/
export const longSentence = 2000;

/** Where the parser's sentences end (sentences.ts, which reads the width-folded text): 。!? and their full widths. */
const sentenceEnd = /[。!?\uFF01\uFF1F]/gu;

/**
A clause break a long sentence may be cut after: ;:,、 in either width, or a space after anything but a digit
(240 余人次 and 1.3 万件 are one figure each). None between two digits: 12,134 is one number.
*/
function clauseBreakAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	const before = text.charCodeAt(i - 1);
	if (code === 0x20 || code === 0x3000) {
		return !isDigit(before);
	}

	return (code === 0x2C || code === 0xFF0C || code === 0x3B || code === 0xFF1B || code === 0x3A || code === 0xFF1A || code === 0x3001)
		&& !(isDigit(before) && isDigit(text.charCodeAt(i + 1)));
}

function isDigit(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || (code >= 0xFF10 && code <= 0xFF19);
}

/** Where to cut a sentence that runs past `start + longSentence`: after its last clause break in its second half, else at that length. */
function cutAt(text: string, start: number): number {
	const limit = start + longSentence;
	for (let i = limit - 1; i >= start + longSentence / 2; i--) {
		if (clauseBreakAt(text, i)) {
			return i + 1;
		}
	}

	// No break: cut at the length, but never between the two halves of a surrogate pair.
	const code = text.charCodeAt(limit - 1);
	return code >= 0xD800 && code <= 0xDBFF ? limit - 1 : limit;
}

/** The parts of an over-long line: its sentences, each cut to at most longSentence characters. */
function sentencesOf(text: string): string[] {
	const parts: string[] = [];
	const push = (start: number, end: number): void => {
		while (end - start > longSentence) {
			const cut = cutAt(text, start);
			parts.push(text.slice(start, cut));
			start = cut;
		}

		parts.push(text.slice(start, end));
	};

	let start = 0;
	sentenceEnd.lastIndex = 0;
	while (sentenceEnd.test(text)) {
		push(start, sentenceEnd.lastIndex);
		start = sentenceEnd.lastIndex;
	}

	push(start, text.length);
	return parts;
}

/**
The site's 来源 line (来源:XX区人民政府) says who posted the page. It is furniture to every reader of facts, but
metadata reads it as the last word on a report that never names itself, so those lines are kept aside; so is the
索引号 line, whose number may open with the publisher's division code.
*/
const sourceLabel = /(?:^|\s)(?:信息)?来源\s*[::]/u;

function pushLine(lines: Line[], line: string, number: number, sources: Line[] | undefined, wrap: Wrap, wide: boolean): void {
	// trim removes every \s, full-width spaces and a byte-order mark included.
	const text = line.trim();
	if (text === '') {
		// A PDF's page break (a form feed) within a paragraph does not end it.
		if (line.includes('\f') && wrap.line === number - 1) wrap.line = number;
		return;
	}

	// So does its page number, set on a line of its own between two halves of a paragraph.
	if (text.length <= 16 && pageNumber.test(text)) {
		if (wrap.line === number - 1) wrap.line = number;
		return;
	}

	// Folding keeps the length, so a long line is known to be prose before it is folded.
	if (text.length <= furnitureLength) {
		const folded = wide ? foldWidth(text) : text;
		if (isFurniture(folded)) {
			if (sources && ((folded.includes('来源') && sourceLabel.test(folded)) || folded.includes('索引号'))) sources.push({text: folded, line: number});
			return;
		}
	}

	const kept = hasRuby(text) ? text.replace(ruby, '') : text;
	const last = lines.at(-1);
	// Whether the line before in the text was kept (the last line, or the last part joined to it).
	const follows = wrap.line === number - 1;
	const column = follows ? wrap.width : 0;
	wrap.line = number;
	wrap.width = kept.length;
	if (last && follows && (endsInFigure(last.text) || endsInMultiplier(last.text)) && measureOpens.test(wide ? foldWidth(kept.slice(0, 3)) : kept)) {
		lines[lines.length - 1] = {text: last.text + kept, line: last.line};
		return;
	}

	if (last && follows && verbBreak(last.text, kept, wide)) {
		lines[lines.length - 1] = {text: last.text + kept, line: last.line};
		return;
	}

	if (last && follows && setApart(last.text, kept, wide)) {
		lines[lines.length - 1] = {text: last.text + kept, line: last.line};
		return;
	}

	if (last && column > 0 && wrapsOn(last.text, column, kept, wide, wrap.run === column)) {
		lines[lines.length - 1] = {text: last.text + kept, line: last.line};
		wrap.run = column;
		return;
	}

	wrap.run = 0;
	lines.push({text: kept, line: number});
}

/** A page's number as a PDF prints it: — 3 —, - 3 -, 3, 第3页, 第3页 共12页, 3/12. Never a figure: no measure word. */
const pageNumber = /^(?:[-—–−]\s*)?\d{1,3}(?:\s*[-—–−])?$|^第\s*\d{1,3}\s*页(?:\s*[,,]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/u;

/**
The line last kept (its number in the text, and its length as written), for wrapsOn; `run`, the column the last
line was joined at (0 when it was not joined): a column's lines are its width, one after another.
*/
type Wrap = {line: number; width: number; run: number};

/**
A paragraph set in a narrow column with a hard break in every line, as text copied from a PDF or a page-turning
viewer has it (…其中:接待群众来访 / 261批次822人次;办理网上信访26件次;…), is read as one line, cited at its first,
so a sentence's 其中 still governs its parts and a sentence cut in two keeps its subject. A line wraps on into the
next when it is a column's width (30 to 120 characters: a web page's paragraph is longer, a title shorter), holds
a clause break as prose does, ends in none of 。!? and opens no heading, and the next line is no wider than the
column (a paragraph's last line is shorter) and opens no heading. Once a line has wrapped so, or when the next
line is just as wide, a line goes on without a clause break of its own (a clause longer than the column, a list
of titles). A paragraph so joined stops at longSentence characters, so no line grows with the file.
*/
function wrapsOn(text: string, column: number, wrapped: string, wide: boolean, inColumn: boolean): boolean {
	// The lengths first: most lines are a web page's paragraphs, and need no slice or pattern.
	if (column < 30 || column > 120 || wrapped.length > column + 6 || text.length + wrapped.length > longSentence) return false;
	// The lines are not folded yet, and the patterns are written in half width: a PDF's column breaks its lines
	// between full-width commas.
	const line = wide ? foldWidth(text.slice(text.length - column)) : text.slice(text.length - column);
	const next = wide ? foldWidth(wrapped) : wrapped;
	// A line's own clause break says it is prose; so does the next line's being just as wide (the column goes on),
	// a number the break cut in two (…发布信息1 / 1条), and a heading whose title closed within the line on a colon,
	// its prose running on ((一)主动公开政府信息的数量:2018年度…).
	const prose = inColumn || wrapped.length === column || clauseBreak.test(line) || (endsInFigure(line) && isDigit(next.charCodeAt(0)))
		|| (opensTitle.test(line) && titleClosed.test(line));
	return prose && !wrapEnd.test(line) && !titleOpen(line) && !opensHeading.test(next);
}

/** A sentence's end (either width), with a closing quote or bracket after it. */
const wrapEnd = /[。!?!?][”’")」』】]?$/u;
const clauseBreak = /[,,、;;。!?!?]/u;
/** The markers of a heading's title (一、 (一) 1. 第一). */
const titleMarkers = '[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十\\d]{1,3}[))]|\\d{1,2}\\s*[.、.](?!\\d)|第[一二三四五六七八九十]{1,3}[,、章条部分]';
/**
A heading whose title ends within the line, prose running on after it (3.持续深化政务公开。政府信息主动公开…): the line
is a paragraph's first, not a heading of its own. A title may also end on a space with prose after it (二、主动公开政府
信息情况 根据《条例》…), but not on a space right after its marker (一、 主要做法).
*/
const titleClosed = new RegExp(`[。::].|^(?:${titleMarkers})\\s*\\S{2,}\\s+\\S`, 'u');
/** A heading or an item (一是), which starts a paragraph of its own. */
const opensHeading = new RegExp(`^(?:${titleMarkers}|[一二三四五六七八九十]{1,3}是)`, 'u');
/**
A heading's title alone: a column's line opening on one is its own line unless the title ends within it. An item
(一是…) opens a paragraph but is no title: its line is prose, and wraps on.
*/
const opensTitle = new RegExp(`^(?:${titleMarkers})`, 'u');

/** A heading's line whose title has not closed within it: its own line, which nothing wraps on from. */
function titleOpen(line: string): boolean {
	return opensTitle.test(line) && !titleClosed.test(line);
}

/**
A figure cut from its measure word by a line break (收到行政复议申请12 / 件,…), as text copied from a PDF or a
narrow column has it: the two lines are read as one, cited at the first. Only the counting words of the
catalog open such a line, and not where they open a word of their own (条例, 个人); written in traditional characters
too (場次, 餘), since lines are joined before the text is converted.
*/
const measureOpens = /^(?:件次|人次|[场場]次|[户戶]次|[余餘]|多|[万萬]|[亿億]|[%%件宗起次场場项項份家户戶名篇期]|[条條](?!例)|[个個](?!人))/u;

/** A figure alone on its line, as a page that sets each figure in an element of its own breaks it out (…政府信息 / 2110 / 条。). */
const bareFigure = /^\d+(?:\.\d+)?\s*[%%]?$/u;

/**
A figure a page set apart on a line of its own: the line before it, unless it ended a sentence, goes on into it, and a
line opening on a clause break goes on from a line that ends in one (…率达 / 90.3% / ,其中…).
*/
function setApart(text: string, next: string, wide: boolean): boolean {
	if (isDigit(next.charCodeAt(0))) return bareFigure.test(wide ? foldWidth(next) : next) && !wrapEnd.test(text);
	return next !== '' && ',,;;、'.includes(next[0]!) && (endsInFigure(text) || text.endsWith('%') || text.endsWith('%'));
}

function endsInFigure(text: string): boolean {
	return isDigit(text.charCodeAt(text.length - 1));
}

/** A figure whose 万, 亿, 余 or 多 ends the line (参与群众超过21万 / 人次): its measure word opens the next. */
function endsInMultiplier(text: string): boolean {
	return text.length > 1 && '万亿余多萬億餘'.includes(text[text.length - 1]!) && isDigit(text.charCodeAt(text.length - 2));
}

/** A figure with its measure word opening a line: 925 件,…, 1,082件, 21万人次, 300余场 (traditional too: 300餘場). */
const figureOpens = /^\d[\d,.]*\s*(?:[万萬]|[亿億])?\s*(?:[余餘]|多)?\s*(?:件次|人次|[场場]次|[户戶]次|[%件宗起次场場项項份家户戶名篇期人]|[条條](?!例)|[个個](?!人))/u;

/**
A line a page broke right after the verb of a figure that opens the next (依法受理976件,审结 / 925 件,其中…), as text
copied from a PDF has it: the two are one sentence. Only a line that ends on an ideograph (a heading's line only once
its title has closed: 1.…作用。全年共新收行政复议案件 / 7152件; not 1.省人大代表建议 / 3件), and only before a figure with
its measure word, which opens no paragraph (not a year: 2024年 may).
*/
function verbBreak(text: string, next: string, wide: boolean): boolean {
	// Bounded as wrapsOn is, so no line grows with the file.
	if (!isDigit(next.charCodeAt(0)) || !isIdeograph(text.charCodeAt(text.length - 1)) || text.length + next.length > longSentence) return false;
	const line = wide ? foldWidth(text) : text;
	return !titleOpen(line) && figureOpens.test(wide ? foldWidth(next.slice(0, 16)) : next);
}

/** original.split('\n'). */
function linesOf(original: string): string[] {
	const lines: string[] = [];
	let start = 0;
	for (let end = original.indexOf('\n'); end !== -1; end = original.indexOf('\n', start)) {
		lines.push(original.slice(start, end));
		start = end + 1;
	}

	lines.push(original.slice(start));
	return lines;
}

/** The text's lines without page furniture; `sources`, when given, receives the site's 来源 and 索引号 lines, width-folded. */
export function cleanLines(original: string, sources?: Line[], wide = hasWide(original)): Line[] {
	const lines: Line[] = [];
	const wrap: Wrap = {line: 0, width: 0, run: 0};
	// Most texts have no \r: their lines are cut at each \n found by indexOf, cheaper than split('\n') (which
	// is far cheaper than splitting at a pattern).
	const raw = original.includes('\r') ? original.split(/\r\n|\n|\r/u) : linesOf(original);
	for (let i = 0; i < raw.length; i++) {
		const line = raw[i]!;
		if (line.length <= longLine) {
			pushLine(lines, line, i + 1, sources, wrap, wide);
		} else {
			for (const part of sentencesOf(line)) {
				pushLine(lines, part, i + 1, sources, wrap, wide);
			}
		}
	}

	return lines;
}
