/**
DOM → lines of text, the way a reader sees the page: blocks end lines, a table
row is one line with its cells joined by ' | ' (行政复议 | 收案 | 47件), and
page chrome is left out. Walks with an explicit stack: a hostile page nested a
million levels deep must not overflow the call stack.
*/
import {DomUtils, type parseDocument} from 'htmlparser2';

export type Root = ReturnType<typeof parseDocument>;
export type Node = Root['children'][number];
export type Element = Extract<Node, {attribs: Record<string, string>}>;

// Never text a reader sees as the report.
const dropped = new Set([
	'script', 'style', 'nav', 'header', 'footer', 'noscript', 'iframe', 'form', 'select',
	'template', 'svg', 'math', 'object', 'embed', 'button', 'textarea', 'head', 'title',
]);

const blocks = new Set([
	'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'tr', 'td', 'th', 'table', 'caption', 'section', 'article', 'main', 'aside', 'blockquote',
	'pre', 'hr', 'center', 'address', 'figure', 'figcaption', 'details', 'summary', 'fieldset',
]);

// Class and id words of page chrome in CMS templates that do not use <nav>/<header>/<footer>.
const chromeWords = new Set([
	'nav', 'navbar', 'menu', 'header', 'footer', 'foot', 'breadcrumb', 'crumb', 'crumbs',
	'position', 'location', 'copyright', 'share', 'sidebar',
]);

export function isHidden(element: Element): boolean {
	const style = element.attribs.style;
	return element.attribs.hidden !== undefined || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
}

/** Whether an element is page chrome by its class or id (class="top-nav", id="footer"). */
export function isChrome(element: Element): boolean {
	if (element.name === 'aside') {
		return true;
	}

	const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase();
	return names.trim() !== '' && names.split(/[\s_-]+/).some(word => chromeWords.has(word));
}

export function isDropped(element: Element): boolean {
	return dropped.has(element.name) || isHidden(element);
}

const cjk = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
// Browsers drop a line break in the source between two CJK characters (CSS Text
// segment-break rules); turning it into a space would split 依法行政 in two.
const cjkBreak = new RegExp(`(?<=[${cjk}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${cjk}])`, 'g');
const spaces = /[ \t\n\r\f\u00a0]+/g;

export function cleanLine(text: string): string {
	return text.replace(cjkBreak, '').replace(spaces, ' ').trim();
}

type Close = 'row' | 'table' | 'block';
type Step = {readonly node: Node} | {readonly close: Close};

/** The visible lines under these nodes; `chrome` also drops chrome by class/id. */
export function extractLines(start: readonly Node[], chrome: boolean): string[] {
	const lines: string[] = [];
	let current = '';
	// Cells of the table row being read, when inside one.
	let row: string[] | undefined;
	// Tables opened inside that row: their cells are parts of one cell.
	let nested = 0;

	const add = (text: string): void => {
		if (row === undefined) {
			current += text;
		} else if (row.length === 0) {
			row.push(text);
		} else {
			row[row.length - 1] += text;
		}
	};

	const endLine = (): void => {
		if (row !== undefined) {
			add(' ');
			return;
		}

		const line = cleanLine(current);
		if (line !== '') {
			lines.push(line);
		}

		current = '';
	};

	const stack: Step[] = [];
	for (let index = start.length - 1; index >= 0; index--) {
		stack.push({node: start[index]!});
	}

	for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
		if ('close' in step) {
			if (step.close === 'row' && row !== undefined) {
				const cells = row.map(cell => cleanLine(cell));
				row = undefined;
				if (cells.some(cell => cell !== '')) {
					lines.push(cells.join(' | '));
				}
			} else {
				if (step.close === 'table') {
					nested--;
				}

				endLine();
			}

			continue;
		}

		const {node} = step;
		if (DomUtils.isText(node)) {
			add(node.data);
			continue;
		}

		if (!DomUtils.isTag(node) || isDropped(node) || (chrome && isChrome(node))) {
			continue;
		}

		const {name} = node;
		if (name === 'tr' && row === undefined) {
			endLine();
			row = [];
			stack.push({close: 'row'});
		} else if ((name === 'td' || name === 'th') && row !== undefined && nested === 0) {
			row.push('');
		} else if (name === 'table' && row !== undefined) {
			nested++;
			add(' ');
			stack.push({close: 'table'});
		} else if (blocks.has(name)) {
			endLine();
			stack.push({close: 'block'});
		}

		for (let index = node.children.length - 1; index >= 0; index--) {
			stack.push({node: node.children[index]!});
		}
	}

	endLine();
	return lines;
}
