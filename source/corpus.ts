/**
Paths → parsed reports. The one place where loading meets parsing; the views only
ever see the reports, errors and notes this returns.
*/
import type {LoadError, LoadOptions} from './load/index.js';
import {loadOutcomes, type ParallelOptions} from './parallel/index.js';
import type {Report} from './parse/types.js';
import {sanitize} from './text/sanitize.js';

/** Something worth telling the person that is not an error: a name read from the file name, a duplicate. */
export type Note = {
	readonly file: string;
	readonly message: string;
};

/** Two or more files for the same district and year: all are kept, one is shown. */
export type Duplicate = {
	readonly shown: Report;
	readonly hidden: readonly Report[];
};

export type Corpus = {
	/** Every report that loaded, in load order, duplicates included. */
	readonly reports: Report[];
	readonly errors: LoadError[];
	readonly notes: Note[];
	readonly duplicates: Duplicate[];
};

function originNote(report: Report): Note | null {
	const fromName = [
		report.origin.district === 'filename' ? `district ${report.district.name ?? ''}` : '',
		report.origin.year === 'filename' ? `year ${report.year ?? ''}` : '',
	].filter(Boolean);
	return fromName.length > 0 ? {file: report.file, message: `${fromName.join(' and ')} taken from the file name (the text does not state it)`} : null;
}

/** The key two reports share when they cover the same district and year. */
export function districtYear(report: Report): string | null {
	const district = report.district.code ?? report.district.fullName ?? report.district.name;
	return district === null || report.year === null ? null : `${district}/${report.year}`;
}

/**
The report shown for a district and year is the one that states the most facts,
then the first loaded: a fuller copy of a page beats a truncated one.
*/
export function findDuplicates(reports: readonly Report[]): Duplicate[] {
	const groups = new Map<string, Report[]>();
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

export type CorpusOptions = LoadOptions & ParallelOptions;

export async function loadCorpus(paths: readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
	const reports: Report[] = [];
	// Read failures first, then files that read but are not reports: the order users have always seen.
	const unread: LoadError[] = [];
	const unparsed: LoadError[] = [];
	const notes: Note[] = [];
	for (const outcome of await loadOutcomes(paths, options)) {
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
