/**
The --json contract: {"reports": [...], "errors": [...], "notes": [...]}. Other tools
read this shape, so fields are only ever added, never renamed or removed (see README).
*/
import type {Corpus, Duplicate} from '../corpus.js';
import {citedPath} from './paths.js';

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

export type JsonOptions = {
	/** Where rol-dash was run from: files under it are cited relative to it, as in every format. */
	readonly cwd?: string;
};

export function toJson(corpus: JsonInput, {cwd}: JsonOptions = {}): string {
	const cite = (file: string) => citedPath(file, cwd);
	const flags = duplicateFlags(corpus.duplicates ?? []);
	const reports = corpus.reports.map(report => {
		const duplicate = flags.get(report.file);
		const file = cite(report.file);
		return duplicate ? {...report, file, duplicate: {...duplicate, others: duplicate.others.map(cite)}} : (file === report.file ? report : {...report, file});
	});
	const errors = corpus.errors.map(error => ({...error, file: cite(error.file)}));
	const notes = (corpus.notes ?? []).map(note => ({...note, file: cite(note.file)}));
	return JSON.stringify({reports, errors, notes}, null, 2);
}
