/**
The district, indicator and coverage views as text: the frames the dashboard draws,
built for the whole view instead of a screenful, as the same lines the dashboard
hands to Ink. What a person saw is what they can paste.
*/
import {viewData} from '../app/data.js';
import {buildFrame} from '../app/frame.js';
import {initialState, type View} from '../app/state.js';
import {labelOf, words, type DetailsOf, type Filters, type Lang} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import {bodyLines} from '../views/body-lines.js';
import {legendText} from '../views/legend-text.js';
import type {Line} from '../views/line.js';
import {displayWidth, spanWidth} from '../views/table-layout.js';
import {colorTheme, type Theme} from '../views/theme.js';
import {printable} from './printable.js';

export type ViewTextOptions = {
	readonly view: Exclude<View, 'compare'>;
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** The terminal's width; charts and a report's sentences are cut to it. A pipe gets 100 columns. */
	readonly columns?: number;
	readonly theme?: Theme;
	/** Where the district view gets a report's details; by default the reports carry them. */
	readonly details?: DetailsOf;
};

const pipeWidth = 100;
// Tables in a snapshot are never cut: every report and indicator shows.
const everything = 1_000_000;

export function renderViewText(reports: readonly ReportSummary[], {view, filters = {}, lang = 'zh', columns, theme = colorTheme, details}: ViewTextOptions): string {
	const state = initialState(lang, view);
	const data = viewData(reports, state, filters);
	if (data.shaped.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const textWidth = columns ?? pipeWidth;
	const tableWidth = view === 'indicator' ? textWidth : everything;
	const frame = buildFrame(state, data, {width: tableWidth, body: everything, pane: 0}, undefined, {cursor: false, details});
	const {body} = frame;
	const tableSpan = body.kind === 'table' ? spanWidth(body.table.widths) : 0;
	const width = Math.max(tableSpan, textWidth, displayWidth(legendText(lang)), displayWidth(frame.context ?? ''));
	const context: Line[] = frame.context === null ? [] : [[{text: frame.context, tone: 'heading'}]];
	return printable([...context, ...bodyLines(body, undefined, textWidth)], {lang, theme, width});
}
