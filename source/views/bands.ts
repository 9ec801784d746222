/**
A table wider than the page, printed as bands (as `column` and wide data frames
do): every band repeats the frozen label columns on the left and holds the report
columns that fit beside them. A printed table cannot scroll, so no column is left
out: each appears in exactly one band, in order.
*/
import type {Lang} from '../model/index.js';
import type {Line} from './line.js';
import {columnGap, columnWidths, displayWidth, fittedWidths, spanWidth, type TableColumn, type TableRow} from './table-layout.js';
import {headLines, tableLines} from './table-lines.js';
import type {TableSpec} from './table-window.js';

export type Band = {readonly first: number; readonly shown: number};

/**
Consecutive runs of columns of these widths, each as long as fits `room(shown)`
display columns laid side by side `gap` apart; a column wider than the room is a
band of its own.
*/
export function columnBands(widths: readonly number[], room: (shown: number) => number, gap = columnGap): Band[] {
	const bands: Band[] = [];
	let first = 0;
	while (first < widths.length) {
		let used = widths[first] ?? 0;
		let shown = 1;
		while (first + shown < widths.length && used + gap + (widths[first + shown] ?? 0) <= room(shown + 1)) {
			used += gap + (widths[first + shown] ?? 0);
			shown++;
		}

		bands.push({first, shown});
		first += shown;
	}

	return bands;
}

const bandWords = {zh: '报告', en: 'reports'} as const;

/** `报告 6–10 / 64`: where a band sits among all the report columns. */
export function bandTitle(band: Band, count: number, lang: Lang): string {
	const range = band.shown === 1 ? String(band.first + 1) : `${band.first + 1}–${band.first + band.shown}`;
	return lang === 'zh' ? `${bandWords.zh} ${range} / ${count}` : `${bandWords.en} ${range} of ${count}`;
}

/**
The rule under a band's header with the band's title at its right end
(`──────── 报告 1–3 / 5 ──`): set apart from the area rules, which start with
their title, and exactly `width` columns, so the band stays a rectangle.
*/
export function bandRule(title: string, width: number): string {
	const tail = ` ${title} ──`;
	const size = displayWidth(tail);
	return size + 2 > width ? '─'.repeat(width) : '─'.repeat(width - size) + tail;
}

/** Bands of a view's table (the one the dashboard windows) in `width`, its frozen and trailing columns in each. */
export function specBands(spec: TableSpec, width: number): Band[] {
	const widths = Array.from({length: spec.count}, (_, index) => spec.columnWidth(index));
	return columnBands(widths, shown => {
		// No trailing column, no gap before it.
		const trailing = spec.trailing(shown);
		return width - spec.frozen - (trailing === 0 ? 0 : columnGap + trailing);
	});
}

/**
Each band's table as lines, a blank line between two bands; with more than one
band, the rule under each header says which reports it holds. Text rows are cut
to `textWidth`.
*/
export function bandLines(bands: readonly Band[], count: number, lang: Lang, table: (band: Band) => {readonly columns: readonly TableColumn[]; readonly rows: readonly TableRow[]}, textWidth?: number): Line[] {
	return bands.flatMap((band, index) => {
		const {columns, rows} = table(band);
		// Given a width, the band's columns share it as the dashboard's do (headers wrapped only where they must).
		const widths = textWidth === undefined ? columnWidths(columns, rows) : fittedWidths(columns, rows, textWidth);
		const lines = tableLines({columns, rows, widths, textWidth});
		if (bands.length === 1) {
			return lines;
		}

		const head = headLines(columns, widths).length;
		const rule = lines[head] ?? [];
		const titled: Line = [{text: bandRule(bandTitle(band, count, lang), spanWidth(widths)), tone: rule[0]?.tone ?? 'text.muted'}];
		return [...(index === 0 ? [] : [[]]), ...lines.slice(0, head), titled, ...lines.slice(head + 1)];
	});
}
