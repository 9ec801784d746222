/**
One screenful of a view, from the state and the per-corpus data: what the body
draws, what the detail pane shows, which lists the cursor walks on each axis, and
what Enter opens. Pure: the snapshot and the tests build the same frames.
*/
import {cellTarget, englishName, indexOfKey, labelOf, type Lang, type Target} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import {compareFrame} from '../views/compare-frame.js';
import {coverageFrame} from '../views/coverage-frame.js';
import {districtFrame, type DistrictFrame} from '../views/district-frame.js';
import {indicatorFrame, type IndicatorFrame} from '../views/indicator-frame.js';
import {origin, type Scroll, type TableFrame} from '../views/table-window.js';
import {nothingOffscreen, type Offscreen} from '../views/window.js';
import type {ViewData} from './data.js';
import type {Regions} from './layout.js';
import type {Axis, Cursor, State, View} from './state.js';

export type Walk = {readonly axis: Axis; readonly order: readonly string[]};

export type Body =
	| {readonly kind: 'table'; readonly table: TableFrame}
	| {readonly kind: 'indicator'; readonly chart: IndicatorFrame}
	| {readonly kind: 'empty'};

export type Frame = {
	readonly body: Body;
	readonly target: Target;
	readonly vertical: Walk;
	readonly horizontal: Walk | null;
	/** The cursor as the frame resolved it: keys, where the state may still say "the first". */
	readonly cursor: Cursor;
	/** Where Enter goes from here, if anywhere. */
	readonly drill: {readonly view: View; readonly cursor: Cursor} | null;
	/** What the view is about, for the header (the district of the district view). */
	readonly context: string | null;
	/** The indicator `s` sorts the districts by. */
	readonly sortBy: string | null;
	readonly offscreen: Offscreen;
	readonly scroll: Scroll;
	/** The report the cursor is on (the first shown when it is on a label): whose city and province `p` steps to. */
	readonly report: ReportSummary | null;
	/** Whether the values show their change on the year before (compare only; null elsewhere): what `d` turns over. */
	readonly changes?: boolean | null;
};

const empty = (vertical: Walk, cursor: Cursor): Frame => ({body: {kind: 'empty'}, target: {kind: 'none'}, cursor, vertical, horizontal: null, drill: null, context: null, sortBy: null, offscreen: nothingOffscreen, scroll: origin, report: null});

/** Compare and coverage share a grid: indicators down, reports across, the label column first. */
function grid(state: State, data: ViewData, regions: Regions, previous: Scroll): Frame {
	const {shaped, columnKeys, rowKeys} = data;
	const row = indexOfKey(rowKeys, state.cursor.row);
	const column = indexOfKey(columnKeys, state.cursor.column) - 1;
	const input = {comparison: shaped, lang: state.lang, cursor: {row, column}, width: regions.width, height: regions.body, previous};
	const compare = state.view === 'coverage' && data.coverage !== null ? null : compareFrame({...input, changes: state.changes, pinned: shaped.pinned !== null});
	const table = compare ?? coverageFrame({...input, counts: data.coverage!});
	const current = shaped.rows[row];
	const report = shaped.columns[column];
	let target: Target = {kind: 'none'};
	if (current !== undefined && report !== undefined) {
		target = cellTarget(report, current.indicator, current.cells[column] ?? {fact: null});
	} else if (current !== undefined) {
		target = {kind: 'indicator', indicator: current.indicator, disclosed: current.cells.filter(cell => cell.fact !== null).length, columns: shaped.columns.length};
	}

	return {
		body: {kind: 'table', table},
		target,
		cursor: {column: columnKeys[column + 1] ?? null, row: current?.indicator.id ?? null},
		vertical: {axis: 'row', order: rowKeys},
		horizontal: {axis: 'column', order: columnKeys},
		// Enter carries the cursor it resolved, so the view it opens starts on the same report, not its first.
		drill: current === undefined ? null : {view: column === -1 ? 'indicator' : 'district', cursor: {column: columnKeys[column + 1] ?? null, row: current.indicator.id}},
		context: null,
		sortBy: current?.indicator.id ?? null,
		offscreen: table.offscreen,
		scroll: table.scroll,
		report: report?.report ?? shaped.columns[0]?.report ?? null,
		changes: compare?.changes ?? null,
	};
}

/** 北京市朝阳区 as the title names it: Beijing Chaoyang District in English. */
function fullNameIn(fullName: string | null, lang: Lang): string | null {
	return fullName === null || lang === 'zh' ? fullName : englishName(fullName)?.full ?? fullName;
}

function district(state: State, data: ViewData, regions: Regions, previous: Scroll): Frame {
	if (data.district === null || data.district.columns.length === 0) {
		return empty({axis: 'row', order: []}, state.cursor);
	}

	const table: DistrictFrame = districtFrame({comparison: data.district, lang: state.lang, cursor: state.cursor, width: regions.width, height: regions.body, previous, details: data.details});
	const row = table.order.rows[indexOfKey(table.order.rows, state.cursor.row)] ?? null;
	const column = table.order.columns[indexOfKey(table.order.columns, state.cursor.column)] ?? null;
	const onIndicator = data.district.rows.some(each => each.indicator.id === row);
	const first = data.district.columns[0]!;
	const {name, fullName, code} = first.report.district;
	return {
		body: {kind: 'table', table},
		target: table.target,
		cursor: {column, row},
		vertical: {axis: 'row', order: table.order.rows},
		horizontal: {axis: 'column', order: table.order.columns},
		drill: onIndicator ? {view: 'indicator', cursor: {column, row}} : null,
		context: [first.district === null ? name ?? fullName : labelOf(first.district, state.lang), fullName === name ? null : fullNameIn(fullName, state.lang), code].filter(Boolean).join(' · '),
		sortBy: onIndicator ? row : null,
		offscreen: table.offscreen,
		scroll: table.scroll,
		report: data.district.columns[0]!.report,
	};
}

function indicator(state: State, data: ViewData, regions: Regions, previous: Scroll, plot: number | undefined): Frame {
	const order = data.rankedKeys;
	if (data.indicator === null) {
		return empty({axis: 'column', order}, state.cursor);
	}

	const cursor = indexOfKey(order, state.cursor.column);
	const chart = indicatorFrame({indicator: data.indicator, ranked: data.ranked, summary: data.rankedSummary, lines: data.lines, lang: state.lang, cursor, width: regions.width, height: regions.body, previous: previous.top, pinned: state.pinned, ...(plot === undefined ? {} : {plot})});
	const column = order[cursor] ?? null;
	return {
		body: {kind: 'indicator', chart},
		target: chart.target,
		cursor: {column, row: data.indicator.id},
		vertical: {axis: 'column', order},
		// Left and right step through the indicators, the cursor staying on its district.
		horizontal: {axis: 'row', order: data.rowKeys},
		drill: column === null ? null : {view: 'district', cursor: {column, row: data.indicator.id}},
		context: null,
		sortBy: data.indicator.id,
		offscreen: chart.offscreen,
		scroll: {top: chart.top, left: 0},
		report: data.ranked[cursor]?.column.report ?? null,
	};
}

function build(state: State, data: ViewData, regions: Regions, previous: Scroll, plot: number | undefined): Frame {
	switch (state.view) {
		case 'compare':
		case 'coverage': {
			return grid(state, data, regions, previous);
		}

		case 'district': {
			return district(state, data, regions, previous);
		}

		case 'indicator': {
			return indicator(state, data, regions, previous, plot);
		}
	}
}

/** Without a cursor for a snapshot: a pasted table has no cell picked out. */
function withoutCursor(body: Body): Body {
	switch (body.kind) {
		case 'table': {
			return {kind: 'table', table: {...body.table, cursor: null, cursorLine: null}};
		}

		case 'indicator': {
			const bars = body.chart.bars.map(line => line.map(span => (span.tone === 'cursor' ? {...span, tone: 'text.primary' as const} : span)));
			return {kind: 'indicator', chart: {...body.chart, bars}};
		}

		case 'empty': {
			return body;
		}
	}
}

export type FrameOptions = {
	/** Whether the cursor is drawn; a snapshot has none. */
	readonly cursor?: boolean;
	/** The indicator chart's plot height; without it the chart fills the body. A snapshot has no screen to fill. */
	readonly plot?: number;
};

export function buildFrame(state: State, data: ViewData, regions: Regions, previous: Scroll = origin, {cursor = true, plot}: FrameOptions = {}): Frame {
	const frame = build(state, data, regions, previous, plot);
	return cursor ? frame : {...frame, body: withoutCursor(frame.body)};
}
