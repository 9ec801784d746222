/**
One entry for the snapshots made from a store in memory: the tables (text, md) from
what the views show, and the exports (csv, json, jsonl) from every report, whole.
A streamed export is written by snapshot/export.ts instead, to the same bytes.
*/
import {renderCard} from './card.js';
import {shownReports, type Store} from '../corpus/store.js';
import type {Filters, Lang} from '../model/index.js';
import type {Report, ReportSummary} from '../parse/types.js';
import type {Theme} from '../views/theme.js';
import {selectReports} from '../model/filters.js';
import {renderCsv} from './csv.js';
import {renderGold} from './gold.js';
import {filterReports} from './filter.js';
import {toJson, toJsonLines} from './json.js';
import {fencedText} from './fenced.js';
import {renderMarkdown} from './markdown.js';
import type {ExportFormat, Format, ViewName} from './names.js';
import {renderText} from './text.js';
import {renderViewText} from './views.js';

export {formats, isExportFormat, isFormat, isViewName, viewNames, type ExportFormat, type Format, type ViewName} from './names.js';

export type SnapshotOptions = {
	readonly format: Format;
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Display columns text and Markdown fit in: a wider table is printed in bands of report columns. */
	readonly columns?: number;
	readonly theme?: Theme;
	/** Which view to print (compare unless given); Markdown prints a view other than compare as its text in a fenced block. */
	readonly view?: ViewName;
	/** Where rol-dash was run from: every format cites files under it relative to it. */
	readonly cwd?: string;
};

export {filterReports} from './filter.js';

/**
The tables show one report per district and year; Markdown names the files it leaves out.
In English, names are in pinyin once the dictionary is loaded (model/pinyin.ts loadPinyin):
the caller loads it first, as the command line does, else they read as written.
*/
export function renderTable(store: Store<ReportSummary>, {format, filters = {}, lang = 'zh', columns, theme, view = 'compare', cwd}: SnapshotOptions & {readonly format: 'text' | 'md'}): string {
	const shown = shownReports(store);
	const {pin} = filters;
	if (pin !== undefined && view === 'compare') {
		return renderCard(shown, {format, filters: {...filters, pin}, lang, columns, cwd});
	}

	if (format === 'md' && view !== 'compare') {
		return fencedText(renderViewText(shown, {view, filters, lang, columns, theme, details: store.details}));
	}

	if (format === 'md') {
		return renderMarkdown(shown, {hidden: store.duplicates.flatMap(duplicate => duplicate.hidden), filters, lang, columns, cwd});
	}

	return view === 'compare' ? renderText(shown, {filters, lang, columns, theme}) : renderViewText(shown, {view, filters, lang, columns, theme, details: store.details});
}

/** CSV and JSON keep every file, duplicates flagged. */
export function renderExport(store: Store<Report>, {format, filters = {}, cwd}: SnapshotOptions & {readonly format: ExportFormat}): string {
	switch (format) {
		case 'csv': {
			return renderCsv(store.reports, {filters, duplicates: store.duplicates, cwd});
		}

		case 'json': {
			return toJson({...store, reports: filterReports(store.reports, filters)}, {cwd}) + '\n';
		}

		case 'jsonl': {
			return toJsonLines({...store, reports: filterReports(store.reports, filters)}, {cwd});
		}
	}
}

export function renderSnapshot(store: Store<Report>, options: SnapshotOptions): string {
	const {format} = options;
	if (format === 'gold') {
		return renderGold(selectReports(shownReports(store), options.filters ?? {}));
	}

	return format === 'text' || format === 'md' ? renderTable(store, {...options, format}) : renderExport(store, {...options, format});
}
