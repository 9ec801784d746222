/**
The compare view as plain lines for a pipe or a file: the same table lines the
dashboard draws. Given a width, a table wider than it is printed in bands of
report columns, each repeating the indicator and unit columns, so every line fits
and no report is left out; without one, the table takes what it needs.
*/
import {buildComparison, labelOf, words, type Comparison, type Filters, type Lang} from '../model/index.js';
import {reshape} from '../model/reshape.js';
import type {ReportSummary} from '../parse/types.js';
import {bandLines, columnBands} from '../views/bands.js';
import {compareTable, frozenColumns} from '../views/compare-table.js';
import {legendText} from '../views/legend-text.js';
import type {Line} from '../views/line.js';
import {columnGap, columnWidths, displayWidth, spanWidth} from '../views/table-layout.js';
import {colorTheme, type Theme} from '../views/theme.js';
import {tableLines} from '../views/table-lines.js';
import {printable} from './printable.js';
import {anyReviewed} from '../review/apply.js';

export type TextOptions = {
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Display columns every line must fit in (bands when the table is wider). Without it the table takes what it needs. */
	readonly columns?: number;
	readonly theme?: Theme;
};

/**
The table in bands of `width`. The spread column goes: a spark over a band's few
reports would read as the row's spread across all of them. Labels keep their
words unless not even the widest report column fits beside them.
*/
function bandedLines(comparison: Comparison, lang: Lang, natural: readonly number[], width: number): Line[] {
	const [label = 0, unit = 0] = natural;
	const reports = natural.slice(frozenColumns, frozenColumns + comparison.columns.length);
	const widest = reports.reduce((most, each) => Math.max(most, each), 0);
	const labelWidth = Math.max(1, Math.min(label, width - unit - (2 * columnGap) - widest));
	const room = width - labelWidth - unit - (2 * columnGap);
	const bands = columnBands(reports, () => room);
	return bandLines(bands, comparison.columns.length, lang, band => compareTable({comparison, lang, viewport: {column: band.first, columns: band.shown}, maxLabelWidth: labelWidth, spark: false}));
}

export function renderText(reports: readonly ReportSummary[], {filters = {}, lang = 'zh', columns, theme = colorTheme}: TextOptions = {}): string {
	// One column per district, on the year most of them report, as the dashboard opens.
	const comparison = reshape(buildComparison(reports, filters), {year: null});
	if (comparison.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const whole = compareTable({comparison, lang});
	const natural = columnWidths(whole.columns, whole.rows);
	if (columns === undefined || spanWidth(natural) <= columns) {
		const width = columns ?? Math.max(spanWidth(natural), displayWidth(legendText(lang)));
		return printable(tableLines(whole), {lang, theme, width, reviewed: anyReviewed(reports)});
	}

	return printable(bandedLines(comparison, lang, natural, columns), {lang, theme, width: columns, reviewed: anyReviewed(reports)});
}
