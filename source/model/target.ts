/**
What the cursor is on, as the detail pane needs it: a value with the sentence it came
from and the file to cite, a whole indicator, an unclassified figure, or a line of
the report's own text. The views decide which; the pane only draws it.
*/
import type {Indicator} from '../catalog/indicators.js';
import type {Fact, Figure, ReportSummary} from '../parse/types.js';
import {shownFact, type Cell, type Column} from './comparison.js';
import type {Change} from './change.js';
import type {Labelled} from './labels.js';

export type Place = {
	readonly district: Labelled | null;
	readonly year: number | null;
	readonly file: string;
};

export type Target =
	| {readonly kind: 'value'; readonly place: Place; readonly indicator: Indicator; readonly fact: Fact | null; readonly cite: string | null; readonly change?: Change}
	| {readonly kind: 'indicator'; readonly indicator: Indicator; readonly disclosed: number; readonly columns: number}
	| {readonly kind: 'figure'; readonly place: Place; readonly figure: Figure}
	| {readonly kind: 'text'; readonly place: Place; readonly heading: Labelled; readonly text: string; readonly line: number | null}
	| {readonly kind: 'none'};

export function placeOf(column: Column): Place {
	return {district: column.district, year: column.year, file: column.file};
}

/** A report's own place, its district named as its column names it (district-labels.ts). */
export function reportPlace(report: ReportSummary, district: Labelled | null): Place {
	return {district, year: report.year, file: report.file};
}

/** A cell's value, cited where it was stated: a derived value in the later report that stated the change. */
export function cellTarget(column: Column, indicator: Indicator, cell: Cell): Target {
	const fact = shownFact(cell);
	const cite = fact === null ? null : (fact === cell.fact ? column.file : cell.derived?.source.file ?? column.file);
	return {kind: 'value', place: placeOf(column), indicator, fact, cite, ...(cell.change === undefined ? {} : {change: cell.change})};
}
