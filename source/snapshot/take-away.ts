/**
The view on screen as a file (`w`): what `--format text|md --view <view>` prints for the
dashboard's own peer group, year, query and sort, and in CSV the rows of the reports in
view. Pure: the shell writes it where it says (save/snapshot-file.ts).
*/
import {stripVTControlCharacters} from 'node:util';
import {shownReports, type Store} from '../corpus/store.js';
import {ownDetails, type DetailsOf, type Filters} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';
import {shapeOptions, viewData} from '../screen/data.js';
import type {State} from '../screen/state.js';
import type {TakeAwayFormat} from '../screen/take-away.js';
import {colorTheme, type Theme} from '../views/theme.js';
import {renderCsv} from './csv.js';
import {fencedText} from './fenced.js';
import {renderMarkdown} from './markdown.js';
import {renderText} from './text.js';
import {renderViewText} from './views.js';

/** The dashboard's store (app.tsx DashboardStore): its reports, and what it may add. */
export type TakeAwayStore = Pick<Store, 'reports'> & Partial<Pick<Store, 'duplicates' | 'details'>>;

export type TakeAwayOptions = {
	readonly format: TakeAwayFormat;
	/** The command line's filters as the dashboard applies them (screen/data.ts corpusFilters). */
	readonly filters?: Filters;
	/** The width text and Markdown fit, as a snapshot printed in this terminal would. */
	readonly columns?: number;
	readonly cwd?: string;
	readonly theme?: Theme;
};

/** The reports the view shows: the district view's district over its years, else the columns. */
function reportsInView(reports: readonly ReportSummary[], state: State, filters: Filters, details: DetailsOf): ReportSummary[] {
	const data = viewData(reports, state, filters, details);
	const columns = state.view === 'district' ? data.district?.columns ?? [] : data.shaped.columns;
	return columns.map(column => column.report);
}

export function takeAway(store: TakeAwayStore, state: State, {format, filters = {}, columns, cwd, theme = colorTheme}: TakeAwayOptions): string {
	const shown = shownReports({reports: store.reports, duplicates: store.duplicates ?? []});
	const details = store.details ?? ownDetails;
	const {lang} = state;
	switch (format) {
		case 'csv': {
			return renderCsv(reportsInView(shown, state, filters, details), {filters, cwd});
		}

		case 'md': {
			if (state.view !== 'compare') {
				return fencedText(renderViewText(shown, {view: state.view, filters, lang, columns, theme, details, state}));
			}

			const hidden = (store.duplicates ?? []).flatMap(duplicate => duplicate.hidden);
			return renderMarkdown(shown, {hidden, filters, lang, columns, cwd, shape: shapeOptions(state)});
		}

		case 'text': {
			const text = state.view === 'compare'
				? renderText(shown, {filters, lang, columns, theme, shape: shapeOptions(state)})
				: renderViewText(shown, {view: state.view, filters, lang, columns, theme, details, state});
			// A file gets what a pipe gets: the tones without their escapes.
			return stripVTControlCharacters(text);
		}
	}
}
