/**
A sentence broken into lines of a display width, with one stretch of it (the
number a fact was read from) marked, so the pane can highlight it on whichever
line it lands. Width is counted in columns: 行 takes two. As in Chinese
typesetting, no line starts with closing punctuation: the character before it
moves down with it.
*/
import {graphemes} from '../text/intl.js';
import {displayWidth} from './table-layout.js';

export type Segment = {readonly text: string; readonly mark: boolean};
export type WrappedLine = readonly Segment[];

type Glyph = {readonly text: string; readonly width: number; readonly mark: boolean};

const closing = new Set([...',。、;:!?)」』”’》〉】,.;:!?)]}%']);

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where `match` sits in `text`: its first occurrence, else nowhere. */
export function markRange(text: string, match: string): [number, number] | null {
	const start = match === '' ? -1 : text.indexOf(match);
	return start === -1 ? null : [start, start + match.length];
}

function breakGlyphs(glyphs: readonly Glyph[], width: number): Glyph[][] {
	const lines: Glyph[][] = [];
	let line: Glyph[] = [];
	let used = 0;
	for (const glyph of glyphs) {
		if (used + glyph.width > width && line.length > 0) {
			// Closing punctuation takes the character before it along (and that one's, for ”,), never emptying the line.
			const carried: Glyph[] = [];
			if (closing.has(glyph.text)) {
				while (line.length > 1 && (carried.length === 0 || closing.has(carried[0]!.text))) {
					carried.unshift(line.pop()!);
				}
			}

			lines.push(line);
			line = carried;
			used = carried.reduce((sum, each) => sum + each.width, 0);
		}

		line.push(glyph);
		used += glyph.width;
	}

	if (line.length > 0) {
		lines.push(line);
	}

	return lines;
}

function segments(line: readonly Glyph[]): Segment[] {
	const out: Segment[] = [];
	for (const {text, mark} of line) {
		const last = out.at(-1);
		if (last !== undefined && last.mark === mark) {
			out[out.length - 1] = {text: last.text + text, mark};
		} else {
			out.push({text, mark});
		}
	}

	return out;
}

/**
Lines of at most `width` columns, `match` marked where it first occurs; at most
`maxLines`, the last ending in … when text is left over. Runs of white space read
as one space, as they do in the report.
*/
export function wrapMarked(text: string, width: number, match = '', maxLines = Number.POSITIVE_INFINITY): WrappedLine[] {
	const flat = squeeze(text);
	const range = markRange(flat, squeeze(match));
	const glyphs = [...graphemes().segment(flat)].map(({segment, index}) => ({
		text: segment,
		width: displayWidth(segment),
		mark: range !== null && index >= range[0] && index < range[1],
	}));
	const lines = breakGlyphs(glyphs, Math.max(1, width));
	if (lines.length <= maxLines) {
		return lines.map(segments);
	}

	const kept = lines.slice(0, Math.max(1, maxLines));
	const last = kept.at(-1)!;
	// Room for the ellipsis at the end of the last line kept.
	while (last.length > 0 && last.reduce((sum, glyph) => sum + glyph.width, 0) + 1 > width) {
		last.pop();
	}

	last.push({text: '…', width: 1, mark: false});
	return kept.map(segments);
}
