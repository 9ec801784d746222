/**
Paths → parsed reports. The one place where loading meets parsing; the views only
ever see the reports, errors and notes this returns.
*/
import type {LoadError, LoadOptions} from './load/index.js';
import {loadOutcomes, type Outcome, type ParallelOptions} from './parallel/index.js';
import type {Report, ReportSummary} from './parse/types.js';
import {sanitize} from './text/sanitize.js';

/** Something worth telling the person that is not an error: a name read from the file name, a duplicate. */
export type Note = {
	readonly file: string;
	readonly message: string;
};

/** Two or more files for the same district and year: all are kept, one is shown. */
export type Duplicate<R extends ReportSummary = Report> = {
	readonly shown: R;
	readonly hidden: readonly R[];
};

/** Reports whole (for --json and snapshots), or summaries (the dashboard's; model/summary). */
export type Corpus<R extends ReportSummary = Report> = {
	/** Every report that loaded, in load order, duplicates included. */
	readonly reports: R[];
	readonly errors: LoadError[];
	readonly notes: Note[];
	readonly duplicates: Array<Duplicate<R>>;
};

function originNote(report: ReportSummary): Note | null {
	const fromName = [
		report.origin.district === 'filename' ? `district ${report.district.name ?? ''}` : '',
		report.origin.year === 'filename' ? `year ${report.year ?? ''}` : '',
	].filter(Boolean);
	return fromName.length > 0 ? {file: report.file, message: `${fromName.join(' and ')} taken from the file name (the text does not state it)`} : null;
}

/** The key two reports share when they cover the same district and year. */
export function districtYear(report: ReportSummary): string | null {
	const district = report.district.code ?? report.district.fullName ?? report.district.name;
	return district === null || report.year === null ? null : `${district}/${report.year}`;
}

/**
The report shown for a district and year is the one that states the most facts,
then the first loaded: a fuller copy of a page beats a truncated one.
*/
export function findDuplicates<R extends ReportSummary>(reports: readonly R[]): Array<Duplicate<R>> {
	const groups = new Map<string, R[]>();
	for (const report of reports) {
		const key = districtYear(report);
		if (key !== null) {
			const group = groups.get(key);
			if (group) {
				group.push(report);
			} else {
				groups.set(key, [report]);
			}
		}
	}

	return [...groups.values()].filter(group => group.length > 1).map(group => {
		const shown = group.reduce((best, report) => (report.facts.length > best.facts.length ? report : best));
		return {shown, hidden: group.filter(report => report !== shown)};
	});
}

export {shownReports} from './shown-reports.js';

export type CorpusOptions = LoadOptions & Omit<ParallelOptions, 'summaries'>;

function gather<R extends ReportSummary>(outcomes: ReadonlyArray<Outcome<R>>): Corpus<R> {
	const reports: R[] = [];
	// Read failures first, then files that read but are not reports: the order users have always seen.
	const unread: LoadError[] = [];
	const unparsed: LoadError[] = [];
	const notes: Note[] = [];
	for (const outcome of outcomes) {
		if ('report' in outcome) {
			reports.push(outcome.report);
			const note = originNote(outcome.report);
			if (note) {
				notes.push(note);
			}
		} else if (outcome.stage === 'load') {
			// File names are as untrusted as file contents: they reach the terminal too.
			unread.push({file: sanitize(outcome.skipped.file), reason: outcome.skipped.reason});
		} else {
			unparsed.push(outcome.skipped);
		}
	}

	const duplicates = findDuplicates(reports);
	for (const {shown, hidden} of duplicates) {
		for (const report of hidden) {
			notes.push({file: report.file, message: `same district and year as ${shown.file}, which is shown`});
		}
	}

	return {reports, errors: [...unread, ...unparsed], notes, duplicates};
}

/** Every report whole: for --json, the snapshots and anything else that prints details. */
export async function loadCorpus(paths: readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
	// Without `summaries` every outcome holds the whole report.
	return gather(await loadOutcomes(paths, {...options, summaries: false}) as Array<Outcome<Report>>);
}

/**
Every report's summary (model/summary): what the dashboard keeps, its details read
again from the file when a person opens one report (details.ts).
*/
export async function loadSummaries(paths: readonly string[], options: CorpusOptions = {}): Promise<Corpus<ReportSummary>> {
	return gather(await loadOutcomes(paths, {...options, summaries: true}));
}
