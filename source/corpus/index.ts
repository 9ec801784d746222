/**
The corpus, as the command line opens it: a store of the reports named (or of the
bundled ones), for the dashboard and the tables, or an export's store. Light on
purpose: a start from the bundled reports loads this, and neither the loader nor
the parser.
*/
import type {ReportSummary} from '../parse/types.js';
import type {PieceSpec} from '../snapshot/piece.js';
import {bundledStore} from './bundled.js';
import type {ExportStore} from './export.js';
import type {CorpusOptions} from './load.js';
import type {Store} from './store.js';

export type {Entry, ExportStore} from './export.js';
export type {CorpusOptions} from './load.js';
export {shownReports, type Duplicate, type Note, type Store} from './store.js';

export type Source = {
	/** What was named on the command line; none: the bundled reports. */
	readonly paths: readonly string[];
	/** The bundled reports' folder, and what the build parsed of it (bundled.ts). */
	readonly bundled: {readonly folder: string; readonly cache: string};
};

const bundled = (source: Source) => (source.paths.length === 0 ? bundledStore(source.bundled.folder, source.bundled.cache) : null);
const named = (source: Source) => (source.paths.length === 0 ? [source.bundled.folder] : source.paths);

/** For the dashboard and the tables: summaries, a report's details read again when it is opened. */
export async function openStore(source: Source, options: CorpusOptions = {}): Promise<Store<ReportSummary>> {
	return bundled(source) ?? (await import('./load.js')).loadSummaries(named(source), options);
}

/** For a streamed export: each report's piece, its text waiting in a temporary file until the corpus is known. */
export async function openExport(source: Source, piece: PieceSpec, options: CorpusOptions = {}): Promise<ExportStore> {
	const whole = bundled(source);
	if (whole !== null) {
		return (await import('./export.js')).exportOf(whole, piece);
	}

	return (await import('./load.js')).loadExport(named(source), piece, options);
}
