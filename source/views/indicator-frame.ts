/**
The indicator view: one indicator across the reports as a ranked bar chart with
values, and under it, in the rest of the height, the districts that have several
years of it over those years (the district under the cursor first, then those
whose bars are on screen).
*/
import type {Indicator} from '../catalog/indicators.js';
import {cellTarget, districtId, formatCell, labelOf, polarityWords, unitLabel, type Lang, type Ranked, type Target, type YearLine} from '../model/index.js';
import {chromeWords} from './chrome.js';
import {columnLabel} from './compare-table.js';
import {cellTone} from './cell-tone.js';
import {fitLine, type Line} from './line.js';
import {bar} from './spark.js';
import {columnGap, displayWidth, pad, truncate} from './table-layout.js';
import {yearCharts} from './year-charts.js';
import {follow, type Offscreen} from './window.js';

/** What every frame of a ranking needs from all of it, counted once per ranking. */
export type RankedSummary = {readonly disclosed: number; readonly max: number};

export function rankedSummary(ranked: readonly Ranked[]): RankedSummary {
	let disclosed = 0;
	let max = 0;
	for (const entry of ranked) {
		if (entry.fact !== null) {
			disclosed++;
		}

		if (entry.fact !== null && entry.comparable) {
			max = Math.max(max, entry.fact.value);
		}
	}

	return {disclosed, max};
}

/** The pinned district first, then the one under the cursor, then those whose bars are on screen, then the rest in order. */
function chartOrder(lines: readonly YearLine[], first: string | null, shown: readonly Ranked[], pinned: string | null): YearLine[] {
	const rank = new Map<string, number>();
	for (const [index, entry] of shown.entries()) {
		const id = districtId(entry.column.report);
		if (!rank.has(id)) {
			rank.set(id, index);
		}
	}

	const placeOf = (line: YearLine) => (line.district === pinned ? -2 : (line.district === first ? -1 : rank.get(line.district) ?? shown.length));
	return lines.map((line, order) => ({line, order})).sort((a, b) => placeOf(a.line) - placeOf(b.line) || a.order - b.order).map(({line}) => line);
}

/**
The pinned district's line keeps its series colour (the legend must match the plot): its legend entry, the
first that names it, says it is the pin, in the pin's tone.
*/
function markPinned(charts: readonly Line[], name: string, lang: Lang): Line[] {
	const at = charts.findIndex(line => line[0]?.text.endsWith(` ${name}`) === true);
	return charts.map((line, index) => (index === at ? [line[0]!, {text: ` ${labelOf(chromeWords.pinned, lang)}`, tone: 'pinned'}, ...line.slice(1)] : line));
}

export type IndicatorFrameInput = {
	readonly indicator: Indicator;
	readonly ranked: readonly Ranked[];
	/** rankedSummary(ranked), when the caller keeps it between frames. */
	readonly summary?: RankedSummary;
	readonly lines: readonly YearLine[];
	readonly lang: Lang;
	/** Index into `ranked`. */
	readonly cursor: number;
	readonly width: number;
	readonly height: number;
	readonly previous: number;
	/** The chart's plot height when it is not to fill the room left: a snapshot's. */
	readonly plot?: number;
	/** The benchmarked district (a district id): its bar and name in the pin's tone, its line drawn first. */
	readonly pinned?: string | null;
};

export type IndicatorFrame = {
	readonly title: Line;
	readonly bars: readonly Line[];
	readonly charts: readonly Line[];
	readonly offscreen: Offscreen;
	readonly top: number;
	readonly target: Target;
};

// Fewer lines than this and the chart is left out: the bars take the room.
const minChart = 6;
const gap = ' '.repeat(columnGap);

export function indicatorFrame({indicator, ranked, summary = rankedSummary(ranked), lines, lang, cursor, width, height, previous, plot, pinned = null}: IndicatorFrameInput): IndicatorFrame {
	const wan = lang === 'zh';
	const {disclosed, max} = summary;
	const title: Line = fitLine([
		{text: labelOf(indicator, lang), tone: 'heading'},
		{text: `${lang === 'zh' ? ` · ${labelOf(indicator, 'en')}` : ''} · ${unitLabel(indicator.unit, lang)} · ${labelOf(polarityWords[indicator.polarity], lang)} · ${disclosed}/${ranked.length}`, tone: 'text.muted'},
	], width);
	const room = Math.max(1, height - 1);
	// Bars first, but never under half the room while there is a chart; the chart takes the rest.
	const halfBars = Math.min(ranked.length, Math.ceil(room / 2));
	const barRoom = lines.length === 0 || room - halfBars < minChart ? room : halfBars;
	const top = follow(previous, cursor, barRoom, ranked.length);
	const shown = ranked.slice(top, top + barRoom);
	// The names the bars belong to before the bars' length: up to two fifths of the width.
	const labelWidth = Math.min(Math.floor((width * 2) / 5), Math.max(0, ...shown.map(entry => displayWidth(columnLabel(entry.column, lang)))));
	const values = shown.map(entry => formatCell(entry.cell, indicator, {wan, lang}));
	const valueWidth = Math.max(1, ...values.map(value => displayWidth(value)));
	const barWidth = Math.max(1, width - labelWidth - valueWidth - (2 * columnGap));
	const bars = shown.map((entry, index): Line => {
		const tone = cellTone(entry.cell, indicator);
		const atCursor = top + index === cursor;
		const isPinned = pinned !== null && districtId(entry.column.report) === pinned;
		return [
			{text: pad(truncate(columnLabel(entry.column, lang), labelWidth), labelWidth), tone: atCursor ? 'cursor' : (isPinned ? 'pinned' : 'text.primary')},
			{text: gap},
			// A value in another measure gets no bar: its length would be read against the others'.
			{text: pad(entry.fact === null || !entry.comparable ? '' : bar(entry.fact.value, max, barWidth), barWidth), tone: isPinned ? 'pinned' : (tone === 'text.primary' ? 'accent' : tone)},
			{text: gap},
			{text: pad(values[index] ?? '', valueWidth, 'right'), tone},
		];
	});
	const current = ranked[cursor];
	const first = current === undefined ? null : districtId(current.column.report);
	const chartRoom = room - Math.min(barRoom, ranked.length);
	const ordered = chartOrder(lines, first, shown, pinned);
	const drawn = yearCharts({lines: ordered, unit: indicator.unit, lang, width, room: chartRoom, ...(plot === undefined ? {} : {plot})});
	const pinnedLine = ordered[0]?.district === pinned ? ordered[0] : undefined;
	const charts = (pinnedLine === undefined ? drawn : markPinned(drawn, labelOf(pinnedLine.name, lang), lang)).map(each => fitLine(each, width));
	return {
		title,
		bars,
		charts,
		top,
		offscreen: {above: top, below: Math.max(0, ranked.length - top - shown.length), left: 0, right: 0},
		target: current === undefined ? {kind: 'none'} : cellTarget(current.column, indicator, current.cell),
	};
}
