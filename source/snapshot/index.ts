/**
One entry for every snapshot format: the reports in, the text to print out.
*/
import type {Duplicate, Note} from '../corpus.js';
import type {LoadError} from '../load/index.js';
import type {Filters, Lang} from '../model/index.js';
import {filterReports} from './filter.js';
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
	/** Where rol-dash was run from: every format cites files under it relative to it. */
	readonly cwd?: string;
};

export {filterReports} from './filter.js';

/**
`reports` are every loaded report: the tables show one per district and year (the others are hidden by
`duplicates`), CSV and JSON keep them all and say which are shown.
*/
export function renderSnapshot(reports: readonly Report[], {format, filters = {}, lang = 'zh', columns, errors = [], notes = [], duplicates = [], theme, view = 'compare', cwd}: SnapshotOptions): string {
	const hidden = new Set<Report>(duplicates.flatMap(duplicate => duplicate.hidden));
	const shown = hidden.size === 0 ? reports : reports.filter(report => !hidden.has(report));
	switch (format) {
		case 'text': {
			return view === 'compare' ? renderText(shown, {filters, lang, columns, theme}) : renderViewText(shown, {view, filters, lang, columns, theme});
		}

		case 'md': {
			return renderMarkdown(shown, {hidden: [...hidden], filters, lang, columns, cwd});
		}

		case 'csv': {
			return renderCsv(reports, {filters, duplicates, cwd});
		}

		case 'json': {
			return toJson({reports: filterReports(reports, filters), errors: [...errors], notes: [...notes], duplicates: [...duplicates]}, {cwd}) + '\n';
		}
	}
}
