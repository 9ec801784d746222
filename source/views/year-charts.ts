/**
The indicator view's charts over the years, in the lines it leaves them: the
districts on one scale, as many as the room and the tones allow, or, when their
values differ by orders of magnitude (model/scales), one small chart per district
on its own scale, said so above them.
*/
import {apartFactor, labelOf, scalesDiffer, type Labelled, type Lang, type YearLine} from '../model/index.js';
import type {Line} from './line.js';
import {maxSeries, overlayLines} from './year-overlay.js';
import {chartLines, yearChart} from './year-chart.js';

export const chartWords = {
	apart: {zh: `各地区数值相差${apartFactor}倍以上:每个地区一张图,各用各的刻度`, en: `Scales differ ${apartFactor}× or more: one chart per district, each on its own scale`},
	more: {zh: '个地区未画出', en: ' more districts not drawn'},
} as const satisfies Record<string, Labelled>;

// Below this many plot lines a slope is a step of one row.
const minPlot = 4;
const minPlotHeight = 3;

export type YearChartsInput = {
	/** The districts worth drawing, the first the most (the cursor's). */
	readonly lines: readonly YearLine[];
	readonly unit: string;
	readonly lang: Lang;
	readonly width: number;
	/** Lines the charts may take. */
	readonly room: number;
	/** A fixed plot height instead of filling the room: a snapshot has no screen to fill. */
	readonly plot?: number;
};

const moreLine = (count: number, lang: Lang): Line[] => (count > 0 ? [[{text: `+${count}${labelOf(chartWords.more, lang)}`, tone: 'text.muted'}]] : []);

/** One chart per district, each on its own scale, as many as fit. */
function apart({lines, unit, lang, width, room, plot}: YearChartsInput): Line[] {
	const notice: Line = [{text: labelOf(chartWords.apart, lang), tone: 'status.bad'}];
	if (plot !== undefined) {
		return [notice, ...lines.flatMap(line => yearChart(line, unit, width, minPlotHeight, lang))];
	}

	// Squeezed to a plot of three lines each rather than none, on a small screen.
	const fits = Math.min(lines.length, Math.floor((room - 1) / chartLines(minPlotHeight - 1)));
	const height = Math.floor((room - 1) / Math.max(1, fits)) - chartLines(0);
	return fits < 1 ? [] : [notice, ...lines.slice(0, fits).flatMap(line => yearChart(line, unit, width, height, lang))];
}

/** How many districts one chart takes, with their legend lines, and whether a line saying how many are left out fits too. */
function overlaid(count: number, room: number): {drawn: number; more: boolean; plot: number} {
	const drawn = Math.min(count, maxSeries, room - minPlot - 1);
	const more = drawn < count && room - drawn - 2 >= minPlot;
	return {drawn, more, plot: room - drawn - 1 - (more ? 1 : 0)};
}

export function yearCharts(input: YearChartsInput): Line[] {
	const {lines, unit, lang, width, room, plot} = input;
	const fitted = plot === undefined ? overlaid(lines.length, room) : {drawn: Math.min(lines.length, maxSeries), more: true, plot};
	if (fitted.drawn < 1) {
		return [];
	}

	const drawn = lines.slice(0, fitted.drawn);
	if (scalesDiffer(drawn)) {
		return apart(input);
	}

	return [...overlayLines(drawn, unit, width, fitted.plot, lang), ...(fitted.more ? moreLine(lines.length - drawn.length, lang) : [])];
}
