/**
A view's body as lines: `height` of them for the dashboard, which pads the body so
the pane below never moves; every line it has for a snapshot.
*/
import type {IndicatorFrame} from './indicator-frame.js';
import type {Line} from './line.js';
import {tableLines} from './table-lines.js';
import type {TableFrame} from './table-window.js';

export type ScreenBody =
	| {readonly kind: 'table'; readonly table: TableFrame}
	| {readonly kind: 'indicator'; readonly chart: IndicatorFrame}
	| {readonly kind: 'lines'; readonly lines: readonly Line[]}
	| {readonly kind: 'empty'};

function linesOf(body: ScreenBody, width: number | undefined): readonly Line[] {
	switch (body.kind) {
		case 'table': {
			const {table} = body;
			return tableLines({columns: table.columns, rows: table.rows, widths: table.widths, cursor: table.cursor, cursorRow: table.cursorLine ?? null, textWidth: width});
		}

		case 'indicator': {
			const {chart} = body;
			return [chart.title, ...chart.bars, ...chart.charts];
		}

		case 'lines': {
			return body.lines;
		}

		case 'empty': {
			return [];
		}
	}
}

/** The body's lines, cut or padded with blank lines to `height` when one is given. */
export function bodyLines(body: ScreenBody, height?: number, width?: number): Line[] {
	const lines = linesOf(body, width).slice(0, height);
	return height === undefined ? lines : [...lines, ...Array.from({length: Math.max(0, height - lines.length)}, (): Line => [])];
}
