/**
The district, indicator and coverage views as text: the frames the dashboard draws,
built for the whole view instead of a screenful, as the same lines the dashboard
hands to Ink. What a person saw is what they can paste. Given a width, every line
fits it: a table whose report or year columns do not all fit is printed in bands,
each repeating the label columns, where the dashboard would scroll.
*/
import {viewData, type ViewData} from '../screen/data.js';
import {buildFrame} from '../screen/frame.js';
import {initialState, type State, type View} from '../screen/state.js';
import {labelOf, ownDetails, words, type DetailsOf, type Filters, type Lang} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import {bandLines, specBands} from '../views/bands.js';
import {bodyLines} from '../views/body-lines.js';
import {coverageSpec} from '../views/coverage-frame.js';
import {districtSpec} from '../views/district-frame.js';
import {legendText} from '../views/legend-text.js';
import type {Line} from '../views/line.js';
import {columnGap, displayWidth, spanWidth} from '../views/table-layout.js';
import type {TableSpec} from '../views/table-window.js';
import {tableLines} from '../views/table-lines.js';
import {colorTheme, type Theme} from '../views/theme.js';
import {noCursor, printable} from './printable.js';
import {pipeWidth} from './width.js';

export type ViewTextOptions = {
	readonly view: Exclude<View, 'compare'>;
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Display columns every line must fit in. Without it tables take what they need, charts and sentences 100 columns. */
	readonly columns?: number;
	readonly theme?: Theme;
	/** Where the district view gets a report's details; by default the reports carry them. */
	readonly details?: DetailsOf;
	/** The dashboard's state (`w`): its group, year, query and the district or indicator under its cursor; by default the view as it opens. */
	readonly state?: State;
};

// Tables in a snapshot are never cut: every report and indicator shows.
const everything = 1_000_000;
// The indicator chart's plot, as tall as the dashboard draws it at 80×24 or so: there is no screen to fill.
const printedPlot = 8;

/**
A view's table spec whose labels keep their words when the widest column still
fits beside them, else cut as the dashboard cuts them at this width.
*/
function fitted<T extends {readonly spec: TableSpec}>(make: (labelsFor: number) => T, width: number): T {
	const whole = make(everything);
	const {spec} = whole;
	const widest = Array.from({length: spec.count}, (_, index) => spec.columnWidth(index)).reduce((most, each) => Math.max(most, each), 0);
	return spec.frozen + widest + columnGap + spec.trailing(1) <= width ? whole : make(width);
}

function coverageBands(data: ViewData, lang: Lang, width: number): Line[] {
	const {spec} = fitted(labelsFor => ({spec: coverageSpec(data.shaped, data.coverage!, lang, noCursor, labelsFor)}), width);
	return bandLines(specBands(spec, width), spec.count, lang, band => spec.build(band.first, band.shown), width);
}

/** The indicators over the years in bands, then the report's own lines under the year they belong to. */
function districtBands(data: ViewData, state: State, width: number, details: DetailsOf): Line[] {
	const {spec, indicatorRows, figureColumn} = fitted(labelsFor => districtSpec({comparison: data.district!, lang: state.lang, cursor: state.cursor, width: labelsFor, details}), width);
	const indicators = bandLines(specBands(spec, width), spec.count, state.lang, band => {
		const {columns, rows} = spec.build(band.first, band.shown);
		return {columns, rows: rows.slice(0, indicatorRows)};
	}, width);
	const own = figureColumn === -1 ? null : spec.build(figureColumn, 1);
	const rest = own?.rows.slice(indicatorRows) ?? [];
	return rest.length === 0 ? indicators : [...indicators, [], ...tableLines({columns: own!.columns, rows: rest, textWidth: width})];
}

export function renderViewText(reports: readonly ReportSummary[], {view, filters = {}, lang = 'zh', columns, theme = colorTheme, details = ownDetails, state: given}: ViewTextOptions): string {
	const state = given === undefined ? initialState(lang, view) : {...given, view, lang, overlay: null};
	const data = viewData(reports, state, filters, details);
	if (data.shaped.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const textWidth = columns ?? pipeWidth;
	const frame = buildFrame(state, data, {width: view === 'indicator' ? textWidth : everything, body: everything, pane: 0}, undefined, {cursor: false, plot: printedPlot});
	const {body} = frame;
	const context: Line[] = frame.context === null ? [] : [[{text: frame.context, tone: 'heading'}]];
	const tableSpan = body.kind === 'table' ? spanWidth(body.table.widths) : 0;
	// Where the dashboard would scroll sideways, a snapshot prints every column, in bands.
	const lines = columns !== undefined && tableSpan > columns
		? (view === 'coverage' ? coverageBands(data, lang, columns) : districtBands(data, state, columns, details))
		: bodyLines(body, undefined, textWidth);
	const width = columns ?? Math.max(tableSpan, textWidth, displayWidth(legendText(lang)), displayWidth(frame.context ?? ''));
	return printable([...context, ...lines], {lang, theme, width});
}
