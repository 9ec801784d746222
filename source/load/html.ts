/**
A saved web page → the report's text. Government CMS pages wrap the article in
menus, breadcrumbs, share buttons and footers; when the page has an obvious
content container (#zoom, .TRS_Editor, …) only that is read, otherwise the body
without its chrome.
*/
import {DomHandler, DomUtils, Parser} from 'htmlparser2';

import {type Element, type Node, type Root, extractLines, isChrome, isDropped} from './html-lines.js';
import {reasons} from './reasons.js';

// htmlparser2 keeps its open-tag stack with Array#unshift, so parse time grows with
// the square of nesting depth: 100 000 unclosed <div>s take seconds, a 20 MB file of
// them hours. Real pages stay far below this, even with unclosed <font> tags.
const maxDepth = 10_000; // Named in reasons.htmlTooDeep.

export class HtmlTooDeepError extends Error {
	constructor() {
		super(reasons.htmlTooDeep);
	}
}

class ShallowHandler extends DomHandler {
	override onopentag(name: string, attribs: Record<string, string>): void {
		if (this.tagStack.length > maxDepth) {
			throw new HtmlTooDeepError();
		}

		super.onopentag(name, attribs);
	}
}

function parsePage(html: string): Root {
	const handler = new ShallowHandler();
	new Parser(handler, {decodeEntities: true}).end(html);
	return handler.root;
}

const hasClass = (element: Element, names: RegExp): boolean => (element.attribs.class ?? '').split(/\s+/).some(name => names.test(name));

type Container = {
	readonly test: (element: Element) => boolean;
	/** Generic containers (article, .content) may still wrap chrome; CMS ones do not. */
	readonly generic: boolean;
};

// Most specific first: a CMS's article body often sits inside a generic .content.
const containers: readonly Container[] = [
	{test: element => /^(?:zoom|ucap-content)$/i.test(element.attribs.id ?? ''), generic: false},
	{test: element => hasClass(element, /^(?:trs_editor|trs_ueditor)$/i), generic: false},
	{test: element => hasClass(element, /^(?:article-content|article_content|pages_content)$/i), generic: false},
	{test: element => element.name === 'article', generic: true},
	{test: element => hasClass(element, /^content$/i) || element.attribs.id === 'content', generic: true},
];

// A container must hold this share of the page's text to count as the article
// (a .content box in a sidebar must not win).
const minShare = 0.3;

type Survey = {
	title: string;
	heading: string;
	body: Element | undefined;
	/** Per container kind, the largest match and its text size. */
	readonly best: Array<{element: Element; size: number} | undefined>;
	/** Text size of the whole page, outside dropped elements. */
	size: number;
};

type Exit = {readonly exit: Element; readonly start: number; readonly kind: number; readonly chrome: boolean};

/** One pass over the page: its title, first real heading, body and container candidates. */
function surveyPage(nodes: readonly Node[]): Survey {
	const survey: Survey = {title: '', heading: '', body: undefined, best: containers.map(() => undefined), size: 0};
	let chrome = 0;
	const stack: Array<Node | Exit> = [...nodes].reverse();
	for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
		if ('exit' in step) {
			const size = survey.size - step.start;
			const best = survey.best[step.kind];
			if (step.kind >= 0 && size > (best?.size ?? 0)) {
				survey.best[step.kind] = {element: step.exit, size};
			}

			chrome -= step.chrome ? 1 : 0;
			continue;
		}

		if (DomUtils.isText(step)) {
			// Indentation between tags would swamp the measure; trimmed length is close enough.
			survey.size += step.data.trim().length;
			continue;
		}

		if (!DomUtils.isTag(step)) {
			continue;
		}

		if (step.name === 'title' && survey.title === '') {
			survey.title = extractLines(step.children, false).join(' ');
		}

		if (isDropped(step) && step.name !== 'head') {
			continue;
		}

		if (step.name === 'body' && survey.body === undefined) {
			survey.body = step;
		}

		if (step.name === 'h1' && chrome === 0 && survey.heading === '') {
			survey.heading = extractLines([step], false).join(' ');
		}

		const isChromeElement = isChrome(step);
		chrome += isChromeElement ? 1 : 0;
		stack.push({exit: step, start: survey.size, kind: containers.findIndex(container => container.test(step)), chrome: isChromeElement});
		for (let index = step.children.length - 1; index >= 0; index--) {
			stack.push(step.children[index]!);
		}
	}

	return survey;
}

/** 朝阳区2023年法治政府建设年度报告_政务公开_北京市朝阳区人民政府 → the longest part, the article's title. */
export function cleanTitle(title: string): string {
	const parts = title.split(/\s*(?:[_|｜]|\s[-–—]\s|——)\s*/);
	return parts.reduce((longest, part) => (part.trim().length > longest.length ? part.trim() : longest), '');
}

function isNear(line: string, heading: string): boolean {
	return line.includes(heading) || (line.length >= 6 && heading.includes(line));
}

/**
The article text of a page, one line per block. The page's title line (its h1,
or <title> without the site name) comes first unless the text already opens
with it: CMS templates put the title outside the content container, and the
title is the line that names the district and the year. A page with no text of
its own (filled in by script) stays empty rather than becoming a bare title.
Throws HtmlTooDeepError for pathologically nested markup.
*/
export function htmlToText(html: string): string {
	const root = parsePage(html);
	const survey = surveyPage(root.children);
	const kind = survey.best.findIndex(best => best !== undefined && best.size > 0 && best.size >= survey.size * minShare);
	const chosen = survey.best[kind];
	const start: readonly Node[] = chosen?.element.children ?? survey.body?.children ?? root.children;
	const lines = extractLines(start, chosen === undefined || containers[kind]!.generic);
	const title = cleanTitle(survey.title);
	const heading = survey.heading.length >= title.length ? survey.heading : title;
	if (heading !== '' && lines.length > 0 && !lines.slice(0, 5).some(line => isNear(line, heading))) {
		lines.unshift(heading);
	}

	return lines.join('\n');
}

const htmlName = /\.html?$/i;
const anyTag = /<\/?[a-z][a-z\d]*[\s/>]|<!--/i;
const htmlStart = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** A .html/.htm file with any markup, or any file that opens like an HTML page. */
export function looksLikeHtml(file: string, text: string): boolean {
	return htmlName.test(file) ? anyTag.test(text) : htmlStart.test(text.slice(0, 4096));
}
