/**
An indicator over the years for one district, drawn by asciichart: each year a
step of a few columns, the years written under their steps, a derived year with *.
A year counted in another measure is not plotted; its title lists it, marked ≠.
*/
import asciichart from 'asciichart';
import {formatApart, formatNumber, labelOf, type Lang, type YearLine} from '../model/index.js';
import type {Line} from './line.js';
import {displayWidth, pad} from './table-layout.js';

/** Lines a chart takes: its title, the plot and the year axis. */
export const chartLines = (plotHeight: number) => plotHeight + 3;

const maxStep = 12;

/** The plot's tick labels, padded to one width: whole numbers unless the range is too small for them to differ. */
export function tickFormat(values: readonly number[], unit: string, plotHeight: number): (value: number) => string {
	const low = Math.min(...values);
	const high = Math.max(...values);
	const digits = unit === '%' || high - low < plotHeight * 2 ? 1 : 0;
	const round = (value: number) => Math.round(value * 10 ** digits) / 10 ** digits;
	const format = (value: number) => formatNumber(round(value), unit, {wan: true});
	const ticks = Array.from({length: plotHeight + 1}, (_, index) => low + ((high - low) * index) / plotHeight);
	const width = Math.max(...ticks.map(tick => displayWidth(format(tick))));
	return value => pad(format(value), width, 'right');
}

export function yearChart(line: YearLine, unit: string, width: number, plotHeight = 3, lang: Lang = 'zh'): Line[] {
	const values = line.points.map(point => point.value);
	const labels = line.points.map(point => `${point.year}${point.derived ? '*' : ''}`);
	const format = tickFormat(values, unit, plotHeight);
	const labelWidth = displayWidth(format(values[0] ?? 0));
	// Each year a step wide enough for its label, wider while the width allows, but not so wide a slope looks flat.
	const fitted = Math.min(maxStep, Math.floor((width - labelWidth - 2) / line.points.length));
	const step = Math.max(Math.max(...labels.map(label => label.length)) + 1, fitted);
	const series = line.points.flatMap(point => Array.from({length: step}, () => point.value));
	const plot = asciichart.plot(series, {height: plotHeight, format}).split('\n');
	const axis = ' '.repeat(labelWidth + 1) + labels.map(label => label.padEnd(step)).join('');
	const apart = line.apart.map(({year, fact}) => `   ${year} ${formatApart(fact, {wan: true, lang})}`).join('');
	const title = line.points.map((point, index) => `${labels[index]} ${formatNumber(point.value, unit, {wan: true})}`).join(' → ') + apart;
	return [
		[{text: `${labelOf(line.name, lang)}  `, tone: 'heading'}, {text: title, tone: 'text.muted'}],
		...plot.map(text => [{text, tone: 'accent' as const}]),
		[{text: axis, tone: 'text.muted'}],
	];
}
