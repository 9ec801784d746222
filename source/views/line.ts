/**
A line of styled text measured in display columns. The dashboard's header, status
line, detail pane and charts are lists of these, so each can be fitted to the
terminal's width before Ink draws it and never wraps.
*/
import {displayWidth, truncate} from './table-layout.js';
import type {Token} from './theme.js';

export type Span = {
	readonly text: string;
	readonly tone?: Token;
	/** Under the cursor: the cursor's style drawn over the tone's. */
	readonly cursor?: true;
};
export type Line = readonly Span[];

export function lineWidth(line: Line): number {
	return line.reduce((sum, span) => sum + displayWidth(span.text), 0);
}

/** The line cut to `width` columns, the cut marked with …; spans after the cut are dropped. */
export function fitLine(line: Line, width: number): Line {
	if (lineWidth(line) <= width) {
		return line;
	}

	const out: Span[] = [];
	let room = width;
	for (const span of line) {
		const size = displayWidth(span.text);
		if (size < room) {
			out.push(span);
			room -= size;
			continue;
		}

		out.push({...span, text: truncate(span.text, room)});
		break;
	}

	return out;
}

/** The line padded with spaces to `width` columns, then ended with `end`, so Ink keeps its width. */
export function padLine(line: Line, width: number): Line {
	const fill = width - lineWidth(line);
	return fill > 0 ? [...line, {text: ' '.repeat(fill)}] : line;
}

/** Two parts on one line: `left` from the start, `right` flush to the end, `left` cut first. */
export function spread(left: Line, right: Line, width: number): Line {
	const rightWidth = lineWidth(right);
	if (rightWidth >= width) {
		return fitLine(right, width);
	}

	const head = fitLine(left, Math.max(0, width - rightWidth - 1));
	return [...head, {text: ' '.repeat(Math.max(1, width - lineWidth(head) - rightWidth))}, ...right];
}

export const plain = (text: string, tone?: Token): Span => (tone === undefined ? {text} : {text, tone});
