/**
The compare view as plain lines for a pipe or a file: the same table lines the
dashboard draws. Given a width, the table is fitted to it as the dashboard fits
its screen (headers wrapped at their spaces, English labels shortened, spare width
to the labels); where not every district fits, it is printed in bands of report
columns, each repeating the indicator and unit columns, so every line fits and no
report is left out. Without a width, the table takes what it needs.
*/
import {buildComparison, labelOf, words, type Comparison, type Filters, type Lang} from '../model/index.js';
import {hasPeers} from '../model/peer-stats.js';
import {reshape, type Shape} from '../model/reshape.js';
import type {ReportSummary} from '../parse/types.js';
import {bandLines, specBands} from '../views/bands.js';
import {compareSpec} from '../views/compare-frame.js';
import {compareTable} from '../views/compare-table.js';
import {legendText} from '../views/legend-text.js';
import type {Line} from '../views/line.js';
import {columnWidths, displayWidth, spanWidth} from '../views/table-layout.js';
import {colorTheme, type Theme} from '../views/theme.js';
import {tableLines} from '../views/table-lines.js';
import {anyReviewed} from '../review/apply.js';
import {noCursor, printable} from './printable.js';

export type TextOptions = {
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Display columns every line must fit in (bands when the table is wider). Without it the table takes what it needs. */
	readonly columns?: number;
	readonly theme?: Theme;
	/** The dashboard's peer group, year, query, sort and pin (`w`); by default every district on the year most report, as the dashboard opens. */
	readonly shape?: Shape;
};

/**
The table in `width`: whole with the peers' statistics and the spread when every
district fits beside them, as the dashboard would show it; else whole with the
spread alone (with a pin, the statistics alone); else in bands without the spread, since a spark over a band's few
reports would read as the row's spread across all of them (and without the peers'
statistics too, unless a district is pinned).
*/
function fittedLines(comparison: Comparison, lang: Lang, width: number, pinned: boolean): {lines: Line[]; peers: boolean} {
	const choice = (spark: boolean, peers: boolean) => ({peers, table: compareSpec({comparison, lang, cursor: noCursor, width, spark, peers, pinned})});
	// With a pin, every band keeps its rank among the peers: the statistics are the whole group's, not the band's.
	const {table, peers} = [choice(true, true), pinned ? choice(false, true) : choice(true, false)].find(each => specBands(each.table, width).length === 1) ?? choice(false, pinned);
	return {lines: bandLines(specBands(table, width), table.count, lang, band => table.build(band.first, band.shown), width), peers: peers && hasPeers(comparison)};
}

export function renderText(reports: readonly ReportSummary[], {filters = {}, lang = 'zh', columns, theme = colorTheme, shape = {year: null}}: TextOptions = {}): string {
	// One column per district, on the year most of them report, as the dashboard opens.
	const comparison = reshape(buildComparison(reports, filters), shape);
	if (comparison.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const reviewed = anyReviewed(reports);
	if (columns !== undefined) {
		const {lines, peers} = fittedLines(comparison, lang, columns, comparison.pinned !== null);
		return printable(lines, {lang, theme, width: columns, reviewed, peers});
	}

	const whole = compareTable({comparison, lang, pinned: comparison.pinned !== null});
	const peers = hasPeers(comparison);
	const width = Math.max(spanWidth(columnWidths(whole.columns, whole.rows)), displayWidth(legendText(lang)));
	return printable(tableLines(whole), {lang, theme, width, reviewed, peers});
}
