/**
The --json contract: {"reports": [...], "errors": [...], "notes": [...]}. Other tools
read this shape, so fields are only ever added, never renamed or removed (see README).
*/
import type {Corpus, Duplicate} from '../corpus.js';

export type JsonInput = Pick<Corpus, 'reports' | 'errors'> & Partial<Pick<Corpus, 'notes' | 'duplicates'>>;

/** Per file: whether the views show it, and the other files for the same district and year. */
function duplicateFlags(duplicates: readonly Duplicate[]): Map<string, {shown: boolean; others: string[]}> {
	const flags = new Map<string, {shown: boolean; others: string[]}>();
	for (const {shown, hidden} of duplicates) {
		const group = [shown, ...hidden];
		for (const report of group) {
			flags.set(report.file, {shown: report === shown, others: group.filter(other => other !== report).map(other => other.file)});
		}
	}

	return flags;
}

export function toJson(corpus: JsonInput): string {
	const flags = duplicateFlags(corpus.duplicates ?? []);
	const reports = corpus.reports.map(report => {
		const duplicate = flags.get(report.file);
		return duplicate ? {...report, duplicate} : report;
	});
	return JSON.stringify({reports, errors: corpus.errors, notes: corpus.notes ?? []}, null, 2);
}
