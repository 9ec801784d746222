/**
The reports the views show: one per district and year. Apart from corpus.ts so that
a start from the bundled reports (bundled.ts) never loads the loader and parser.
*/
import type {Corpus} from './corpus.js';
import type {ReportSummary} from './parse/types.js';

export function shownReports<R extends ReportSummary>(corpus: Pick<Corpus<R>, 'reports' | 'duplicates'>): R[] {
	const hidden = new Set(corpus.duplicates.flatMap(duplicate => duplicate.hidden));
	return corpus.reports.filter(report => !hidden.has(report));
}
