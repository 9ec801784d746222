/**
Several districts' values over the years on one scale. asciichart draws each
district's line (a year is a step of a few columns, as in a lone district's chart);
the lines are laid over one another here, each in its own theme tone, so that no
raw colour reaches a line of spans. Every year a district has carries its mark
(● ■ ▲ …), which tells the lines apart where there is no colour (NO_COLOR); a year
it lacks is left blank, never bridged. The legend names each district beside its
mark, with its values and their years (a derived year with *), then any year
counted in another measure, marked ≠ and not plotted.
*/
import asciichart from 'asciichart';
import {formatApart, formatNumber, labelOf, type Lang, type YearLine} from '../model/index.js';
import type {Line, Span} from './line.js';
import {displayWidth} from './table-layout.js';
import {seriesTokens, type SeriesToken} from './theme.js';
import {tickFormat} from './year-chart.js';

/** One mark per series tone, in the same order. */
export const seriesMarks = ['●', '■', '▲', '◆', '○', '□'] as const satisfies {length: typeof seriesTokens.length};
/** Districts one chart can tell apart. */
export const maxSeries = seriesTokens.length;

// A step fits its year and a space; wider steps make a slope look flat.
const minStep = 5;
const maxStep = 12;

type Cell = {readonly text: string; readonly tone: SeriesToken};

/** Every year from the first to the last, so a missing one shows as a gap; only the years present when that many do not fit. */
function axisYears(lines: readonly YearLine[], room: number): number[] {
	const present = [...new Set(lines.flatMap(line => line.points.map(point => point.year)))].sort((a, b) => a - b);
	const first = present[0] ?? 0;
	const span = (present.at(-1) ?? first) - first + 1;
	return span * minStep <= room ? Array.from({length: span}, (_, index) => first + index) : present;
}

/** Runs of points in neighbouring axis positions: each is drawn on its own, so a gap stays a gap. */
function segments(line: YearLine, position: ReadonlyMap<number, number>): Array<{start: number; values: number[]}> {
	const runs: Array<{start: number; values: number[]}> = [];
	let last = Number.NaN;
	for (const point of line.points) {
		const at = position.get(point.year)!;
		const run = runs.at(-1);
		if (run !== undefined && at === last + 1) {
			run.values.push(point.value);
		} else {
			runs.push({start: at, values: [point.value]});
		}

		last = at;
	}

	return runs;
}

function spansOf(cells: ReadonlyArray<Cell | undefined>): Span[] {
	const spans: Span[] = [];
	for (const cell of cells) {
		const tone = cell?.tone;
		const previous = spans.at(-1);
		if (previous !== undefined && previous.tone === tone) {
			spans[spans.length - 1] = {...previous, text: previous.text + (cell?.text ?? ' ')};
		} else {
			spans.push(tone === undefined ? {text: ' '} : {text: cell!.text, tone});
		}
	}

	return spans;
}

export function legendLine(line: YearLine, index: number, unit: string, lang: Lang): Line {
	const tone = seriesTokens[index % maxSeries]!;
	const values = line.points.map(point => `${point.year}${point.derived ? '*' : ''} ${formatNumber(point.value, unit, {wan: true})}`).join(' → ');
	const apart = line.apart.map(({year, fact}) => `   ${year} ${formatApart(fact, {wan: true, lang})}`).join('');
	return [{text: `${seriesMarks[index % maxSeries]!} ${labelOf(line.name, lang)}`, tone}, {text: `  ${values}${apart}`, tone: 'text.muted'}];
}

/** Legend, plot and year axis for up to maxSeries lines, the first drawn over the others; the plot `plotLines` high. */
export function overlayLines(lines: readonly YearLine[], unit: string, width: number, plotLines: number, lang: Lang = 'zh'): Line[] {
	const drawn = lines.slice(0, maxSeries);
	const values = drawn.flatMap(line => line.points.map(point => point.value));
	const min = Math.min(...values);
	const max = Math.max(...values);
	const height = Math.max(1, plotLines - 1);
	const format = tickFormat(values, unit, height);
	const labelWidth = displayWidth(format(min));
	const room = width - labelWidth - 2;
	const years = axisYears(drawn, room);
	const position = new Map(years.map((year, index) => [year, index]));
	const step = Math.max(minStep, Math.min(maxStep, Math.floor(room / years.length)));
	// The rows asciichart puts a value on, for the marks.
	const range = max - min;
	const ratio = range === 0 ? 1 : height / range;
	const rows = Math.abs(Math.round(max * ratio) - Math.round(min * ratio));
	const rowOf = (value: number) => rows - (Math.round(value * ratio) - Math.round(min * ratio));
	const grid: Array<Array<Cell | undefined>> = Array.from({length: rows + 1}, () => Array.from({length: years.length * step}));
	// Drawn last, the first line (the cursor's district) lies on top.
	const order = drawn.map((line, index) => ({line, index})).reverse();
	for (const {line, index} of order) {
		const tone = seriesTokens[index]!;
		for (const {start, values: run} of segments(line, position)) {
			const stepped = run.flatMap(value => Array.from({length: step}, () => value));
			// Labels of one blank column, overwritten by the axis: the plot's own columns start at the fourth.
			const plot = asciichart.plot(stepped, {min, max, height, offset: 3, format: () => ' '}).split('\n');
			for (const [row, text] of plot.entries()) {
				for (const [column, char] of [...text].slice(3).entries()) {
					if (char !== ' ') {
						grid[row]![(start * step) + column] = {text: char, tone};
					}
				}
			}
		}
	}

	for (const {line, index} of order) {
		for (const point of line.points) {
			grid[rowOf(point.value)]![(position.get(point.year)! * step) + Math.floor((step - 1) / 2)] = {text: seriesMarks[index]!, tone: seriesTokens[index]!};
		}
	}

	const plot = grid.map((cells, row): Line => [
		{text: `${format(rows > 0 ? max - ((row * range) / rows) : max)} ┤`, tone: 'text.muted'},
		...spansOf(cells),
	]);
	// Each year under its marks.
	const under = Math.max(0, Math.floor((step - 1) / 2) - 1);
	const axis = ' '.repeat(labelWidth + 2) + years.map(year => (' '.repeat(under) + String(year)).padEnd(step)).join('').trimEnd();
	return [...drawn.map((line, index) => legendLine(line, index, unit, lang)), ...plot, [{text: axis, tone: 'text.muted'}]];
}
