/**
The reports the views show: one per district and year. Apart from corpus.ts so that
a start from the bundled reports (bundled.ts) never loads the loader and parser.
*/
import type {Corpus} from './corpus.js';
import type {Report} from './parse/types.js';

export function shownReports(corpus: Pick<Corpus, 'reports' | 'duplicates'>): Report[] {
	const hidden = new Set(corpus.duplicates.flatMap(duplicate => duplicate.hidden));
	return corpus.reports.filter(report => !hidden.has(report));
}
