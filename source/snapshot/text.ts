/**
The compare view as plain lines for a pipe or a file: the same table lines the
dashboard draws, printed at exactly the table's width so no row is cut.
*/
import {buildComparison, labelOf, words, type Filters, type Lang} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import {legendText} from '../views/legend-text.js';
import {compareTable} from '../views/compare-table.js';
import {columnWidths, displayWidth, spanWidth} from '../views/table-layout.js';
import {colorTheme, type Theme} from '../views/theme.js';
import {tableLines} from '../views/table-lines.js';
import {printable} from './printable.js';

export type TextOptions = {
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Room on the terminal; labels are cut to fit. Without it the table takes what it needs. */
	readonly columns?: number;
	readonly theme?: Theme;
};

// Cut shorter, 行政复议收案 and 行政复议审结 read the same: not worth the saved columns.
const minLabelWidth = 12;

export function renderText(reports: readonly ReportSummary[], {filters = {}, lang = 'zh', columns, theme = colorTheme}: TextOptions = {}): string {
	const comparison = buildComparison(reports, filters);
	if (comparison.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const measure = (maxLabelWidth?: number) => {
		const {columns: tableColumns, rows} = compareTable({comparison, lang, maxLabelWidth});
		return columnWidths(tableColumns, rows);
	};

	let maxLabelWidth: number | undefined;
	const natural = measure();
	const overflow = spanWidth(natural) - (columns ?? Number.POSITIVE_INFINITY);
	// Cut labels only when that makes the table fit; a table too wide anyway keeps its words.
	if (overflow > 0 && (natural[0] ?? 0) - overflow >= minLabelWidth) {
		maxLabelWidth = (natural[0] ?? 0) - overflow;
	}

	const width = Math.max(spanWidth(measure(maxLabelWidth)), displayWidth(legendText(lang)));
	return printable(tableLines(compareTable({comparison, lang, maxLabelWidth})), {lang, theme, width});
}
