/**
A loaded corpus as one object, handed whole to the dashboard and the snapshots:
what is kept of each report (the report whole, its summary, or an export's sketch
of it), the files that could not be used and why, what is worth telling, which
files cover the same district and year, and a report's details on demand. Nothing
that receives it knows how it was loaded (on workers or not, from the bundled
reports or from files). Kept light: a start from the bundled reports loads this and
never the loader or the parser.
*/
import type {LoadError} from '../load/document.js';
import {ownDetails, type DetailsOf} from '../model/summary.js';
import type {Report, ReportSummary} from '../parse/types.js';

/** Something worth telling the person that is not an error: a name read from the file name, a duplicate. */
export type Note = {
	readonly file: string;
	readonly message: string;
	/** A duplicate's note is told with the others like it (corpus/messages.ts); the contract writes file and message only. */
	readonly kind: 'origin' | 'duplicate' | 'review';
};

/** Two or more files for the same district and year: all are kept, one is shown. */
export type Duplicate<R> = {
	readonly shown: R;
	readonly hidden: readonly R[];
};

/** What a store keeps of a report reads at least this: which file, whose, which year, and where its names came from. */
export type Kept = Pick<ReportSummary, 'file' | 'district' | 'year' | 'origin'>;

export type Store<R extends Kept = ReportSummary> = {
	/** Every report that loaded, in load order, duplicates included. */
	readonly reports: readonly R[];
	readonly errors: readonly LoadError[];
	readonly notes: readonly Note[];
	readonly duplicates: ReadonlyArray<Duplicate<R>>;
	/** A report's figures, outline, shortcomings and plans: its own when it is whole, else read again from its file. */
	readonly details: DetailsOf;
};

/** The reports the views show: one per district and year. */
export function shownReports<R extends Kept>(store: Pick<Store<R>, 'reports' | 'duplicates'>): R[] {
	if (store.duplicates.length === 0) {
		return [...store.reports];
	}

	const hidden = new Set(store.duplicates.flatMap(duplicate => duplicate.hidden));
	return store.reports.filter(report => !hidden.has(report));
}

/** Reports held whole, in memory (the bundled ones, tests): their details are their own. */
export function wholeStore(reports: readonly Report[], rest: Partial<Omit<Store<Report>, 'reports' | 'details'>> = {}): Store<Report> {
	return {reports, errors: rest.errors ?? [], notes: rest.notes ?? [], duplicates: rest.duplicates ?? [], details: ownDetails};
}
