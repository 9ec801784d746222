/**
What every text snapshot shares: the view's lines in the theme, the legend under
them, every line at most the width given. The views lay their tables out to fit;
a line that still would not (a width too small for even one report column) is cut
with …, so nothing a terminal would wrap ever reaches it. No renderer: a snapshot
is lines of spans, the same the dashboard hands to Ink.
*/
import {legendEntries, type Lang} from '../model/index.js';
import {printLines} from '../views/ansi.js';
import type {Line} from '../views/line.js';
import {displayWidth} from '../views/table-layout.js';
import type {Theme} from '../views/theme.js';
import {wrapMarked} from '../views/wrap.js';

/** A cursor on no cell: a pasted table has none picked out. */
export const noCursor = {row: -1, column: -2} as const;

/** Entries on as few lines of `width` as they fit, `separator` between them; an entry too long is wrapped. */
export function packEntries(entries: readonly string[], width: number, separator: string): string[] {
	const lines: string[] = [];
	for (const entry of entries) {
		const last = lines.at(-1);
		if (last !== undefined && displayWidth(last + separator + entry) <= width) {
			lines[lines.length - 1] = last + separator + entry;
		} else {
			lines.push(...wrapMarked(entry, width).map(line => line.map(segment => segment.text).join('')));
		}
	}

	return lines;
}

/** What the marks mean, on as many lines of `width` as it takes. */
export function legendLines(lang: Lang, width: number, reviewed = false, peers = false): string[] {
	return packEntries(legendEntries(lang, reviewed, peers), width, '   ');
}

export function printable(lines: readonly Line[], {lang, theme, width, reviewed = false, peers = false}: {readonly lang: Lang; readonly theme: Theme; readonly width: number; readonly reviewed?: boolean; readonly peers?: boolean}): string {
	const legend = legendLines(lang, width, reviewed, peers).map((text): Line => [{text, tone: 'text.muted'}]);
	return printLines([...lines, [], ...legend], theme, width) + '\n';
}
