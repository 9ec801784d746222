/**
One entry for every snapshot format: the reports in, the text to print out.
*/
import type {Duplicate, Note} from '../corpus.js';
import type {LoadError} from '../load/index.js';
import {selectFacts, selectReports, type Filters, type Lang} from '../model/index.js';
import type {Report} from '../parse/types.js';
import type {Theme} from '../views/theme.js';
import {renderCsv} from './csv.js';
import {toJson} from './json.js';
import {renderMarkdown} from './markdown.js';
import {renderText} from './text.js';
import {renderViewText} from './views.js';
import type {Format, ViewName} from './names.js';

export {formats, isFormat, isViewName, viewNames, type Format, type ViewName} from './names.js';

export type SnapshotOptions = {
	readonly format: Format;
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Display columns text and Markdown fit in: a wider table is printed in bands of report columns. */
	readonly columns?: number;
	/** Load errors, notes and duplicates, which json reports alongside the reports. */
	readonly errors?: readonly LoadError[];
	readonly notes?: readonly Note[];
	readonly duplicates?: readonly Duplicate[];
	readonly theme?: Theme;
	/** For text: which view to print (compare unless given). */
	readonly view?: ViewName;
};

/** The --json contract narrowed: reports by district and year, their facts by indicator and area. */
export function filterReports(reports: readonly Report[], filters: Filters): Report[] {
	return selectReports(reports, filters).map(report => ({...report, facts: selectFacts(report, filters)}));
}

export function renderSnapshot(reports: readonly Report[], {format, filters = {}, lang = 'zh', columns, errors = [], notes = [], duplicates = [], theme, view = 'compare'}: SnapshotOptions): string {
	switch (format) {
		case 'text': {
			return view === 'compare' ? renderText(reports, {filters, lang, columns, theme}) : renderViewText(reports, {view, filters, lang, columns, theme});
		}

		case 'md': {
			return renderMarkdown(reports, {filters, lang, columns});
		}

		case 'csv': {
			return renderCsv(reports, {filters});
		}

		case 'json': {
			return toJson({reports: filterReports(reports, filters), errors: [...errors], notes: [...notes], duplicates: [...duplicates]}) + '\n';
		}
	}
}
