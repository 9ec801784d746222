/**
The indicator view: one indicator across the reports as a ranked bar chart with
values, and under it a chart over the years for each district that has several
(the district under the cursor first).
*/
import type {Indicator} from '../catalog/indicators.js';
import {cellTarget, districtId, formatCell, labelOf, polarityWords, unitLabel, type Lang, type Ranked, type Target, type YearLine} from '../model/index.js';
import {columnLabel} from './compare-table.js';
import {cellTone} from './cell-tone.js';
import {fitLine, type Line} from './line.js';
import {bar} from './spark.js';
import {columnGap, displayWidth, pad, truncate} from './table-layout.js';
import {chartLines, yearChart} from './year-chart.js';
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

/** The chart of the district under the cursor first, then the others in order; only as many as are drawn. */
function chartsFirst(lines: readonly YearLine[], district: string | null, wanted: number): YearLine[] {
	const own = lines.find(line => line.district === district);
	const charts = own === undefined ? [] : [own];
	for (const line of lines) {
		if (charts.length >= wanted) {
			break;
		}

		if (line !== own) {
			charts.push(line);
		}
	}

	return charts.slice(0, wanted);
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
};

export type IndicatorFrame = {
	readonly title: Line;
	readonly bars: readonly Line[];
	readonly charts: readonly Line[];
	readonly offscreen: Offscreen;
	readonly top: number;
	readonly target: Target;
};

const plotHeight = 3;
const gap = ' '.repeat(columnGap);

export function indicatorFrame({indicator, ranked, summary = rankedSummary(ranked), lines, lang, cursor, width, height, previous}: IndicatorFrameInput): IndicatorFrame {
	const wan = lang === 'zh';
	const {disclosed, max} = summary;
	const title: Line = fitLine([
		{text: labelOf(indicator, lang), tone: 'heading'},
		{text: `${lang === 'zh' ? ` · ${labelOf(indicator, 'en')}` : ''} · ${unitLabel(indicator.unit, lang)} · ${labelOf(polarityWords[indicator.polarity], lang)} · ${disclosed}/${ranked.length}`, tone: 'text.muted'},
	], width);
	const room = Math.max(1, height - 1);
	const chartHeight = chartLines(plotHeight);
	// Bars first; charts take what is left, but never squeeze the bars under half the room.
	const wanted = Math.min(lines.length, Math.floor(Math.max(0, room - Math.min(ranked.length, Math.ceil(room / 2))) / chartHeight));
	const barRoom = Math.max(1, room - (wanted * chartHeight));
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
		return [
			{text: pad(truncate(columnLabel(entry.column, lang), labelWidth), labelWidth), tone: atCursor ? 'cursor' : 'text.primary'},
			{text: gap},
			// A value in another measure gets no bar: its length would be read against the others'.
			{text: pad(entry.fact === null || !entry.comparable ? '' : bar(entry.fact.value, max, barWidth), barWidth), tone: tone === 'text.primary' ? 'accent' : tone},
			{text: gap},
			{text: pad(values[index] ?? '', valueWidth, 'right'), tone},
		];
	});
	const current = ranked[cursor];
	const first = current === undefined ? null : districtId(current.column.report);
	const charts = chartsFirst(lines, first, wanted).flatMap(line => yearChart(line, indicator.unit, width, plotHeight, lang).map(each => fitLine(each, width)));
	return {
		title,
		bars,
		charts,
		top,
		offscreen: {above: top, below: Math.max(0, ranked.length - top - shown.length), left: 0, right: 0},
		target: current === undefined ? {kind: 'none'} : cellTarget(current.column, indicator, current.cell),
	};
}
