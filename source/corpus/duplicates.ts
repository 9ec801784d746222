/**
Files that cover the same district and year, and which of them the tables show.
Decided from what every kind of store keeps (whole reports, summaries, an export's
sketches), so a streamed export flags exactly what an export from memory flags.
*/
import type {Duplicate, Kept, Note} from './store.js';

/** The key two reports share when they cover the same district and year. */
export function districtYear(report: Kept): string | null {
	const district = report.district.code ?? report.district.fullName ?? report.district.name;
	return district === null || report.year === null ? null : `${district}/${report.year}`;
}

/**
The report shown for a district and year is the one that states the most facts,
then the first loaded: a fuller copy of a page beats a truncated one.
*/
export function findDuplicates<R extends Kept>(reports: readonly R[], factCount: (report: R) => number): Array<Duplicate<R>> {
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
		const shown = group.reduce((best, report) => (factCount(report) > factCount(best) ? report : best));
		return {shown, hidden: group.filter(report => report !== shown)};
	});
}

export const factsOf = (report: {readonly facts: readonly unknown[]}): number => report.facts.length;

/** Each hidden file's note, naming the file shown instead. */
export function duplicateNotes<R extends Kept>(duplicates: ReadonlyArray<Duplicate<R>>): Note[] {
	return duplicates.flatMap(({shown, hidden}) => hidden.map((report): Note => ({file: report.file, message: `same district and year as ${shown.file}, which is shown`, kind: 'duplicate'})));
}
