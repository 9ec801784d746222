/**
The district, indicator and coverage views as text: the frames the dashboard draws,
built for the whole view instead of a screenful, rendered with the same components
through renderToString. What a person saw is what they can paste.
*/
import {Text} from 'ink';
import {viewData} from '../app/data.js';
import {buildFrame} from '../app/frame.js';
import {initialState, type View} from '../app/state.js';
import {labelOf, words, type Filters, type Lang} from '../model/index.js';
import type {Report} from '../parse/types.js';
import {legendText} from '../views/Legend.js';
import {Body} from '../views/Screen.js';
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
};

const pipeWidth = 100;
// Tables in a snapshot are never cut: every report and indicator shows.
const everything = 1_000_000;

export function renderViewText(reports: readonly Report[], {view, filters = {}, lang = 'zh', columns, theme = colorTheme}: ViewTextOptions): string {
	const state = initialState(lang, view);
	const data = viewData(reports, state, filters);
	if (data.shaped.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const textWidth = columns ?? pipeWidth;
	const tableWidth = view === 'indicator' ? textWidth : everything;
	const frame = buildFrame(state, data, {width: tableWidth, body: everything, pane: 0}, undefined, {cursor: false});
	const {body} = frame;
	const lines = body.kind === 'table' ? body.table.rows.length + 2 : body.kind === 'indicator' ? 1 + body.chart.bars.length + body.chart.charts.length : 0;
	const tableSpan = body.kind === 'table' ? spanWidth(body.table.widths) : 0;
	const width = Math.max(tableSpan, textWidth, displayWidth(legendText(lang)), displayWidth(frame.context ?? ''));
	return printable(
		<>
			{frame.context === null ? null : <Text {...theme.heading}>{frame.context}</Text>}
			<Body body={body} height={lines} width={textWidth}/>
		</>,
		{lang, theme, width},
	);
}
