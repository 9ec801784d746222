/**
The --json contract: {"reports": [...], "errors": [...], "notes": [...]}. Other tools
read this shape, so fields are only ever added, never renamed or removed (see README).
--format jsonl writes the same report objects, one per line.
A streamed export writes a report's text where it is parsed (jsonPiece), before the
corpus is known: what depends on other files (its `duplicate` flag) is added by the
writer (snapshot/export.ts) before the closing brace.
*/
import type {Duplicate, Note, Store} from '../corpus/store.js';
import type {LoadError} from '../load/document.js';
import {selectFacts, type Filters} from '../model/filters.js';
import type {Report} from '../parse/types.js';
import {citedPath} from './paths.js';

export type JsonInput = Pick<Store<Report>, 'reports' | 'errors'> & Partial<Pick<Store<Report>, 'notes' | 'duplicates'>>;

/** A report's `duplicate` member: whether the views show it, and the other files for the same district and year. */
export type DuplicateFlag = {readonly shown: boolean; readonly others: readonly string[]};

/** Per file: its duplicate flag, files cited. */
export function duplicateFlags(duplicates: ReadonlyArray<Duplicate<{readonly file: string}>>, cite: (file: string) => string): Map<string, DuplicateFlag> {
	const flags = new Map<string, DuplicateFlag>();
	for (const {shown, hidden} of duplicates) {
		const group = [shown, ...hidden];
		for (const report of group) {
			flags.set(report.file, {shown: report === shown, others: group.filter(other => other !== report).map(other => cite(other.file))});
		}
	}

	return flags;
}

export type JsonOptions = {
	/** Where rol-dash was run from: files under it are cited relative to it, as in every format. */
	readonly cwd?: string;
};

const citer = (cwd: string | undefined) => (file: string) => citedPath(file, cwd);

/** The report as the contract writes it: its file cited, and its duplicate flag when it has one. */
function contractReport(report: Report, cite: (file: string) => string, duplicate: DuplicateFlag | undefined): Report {
	const file = cite(report.file);
	return duplicate ? {...report, file, duplicate} as Report : (file === report.file ? report : {...report, file});
}

/** An error or a note as the contract writes it: its file cited, nothing else. */
export const contractErrors = (errors: readonly LoadError[], cwd: string | undefined) => errors.map(error => ({file: citedPath(error.file, cwd), reason: error.reason}));
export const contractNotes = (notes: readonly Note[], cwd: string | undefined) => notes.map(note => ({file: citedPath(note.file, cwd), message: note.message}));

export function toJson(corpus: JsonInput, {cwd}: JsonOptions = {}): string {
	const cite = citer(cwd);
	const flags = duplicateFlags(corpus.duplicates ?? [], cite);
	const reports = corpus.reports.map(report => contractReport(report, cite, flags.get(report.file)));
	return JSON.stringify({reports, errors: contractErrors(corpus.errors, cwd), notes: contractNotes(corpus.notes ?? [], cwd)}, null, 2);
}

/** --format jsonl from reports in memory: one contract report a line. */
export function toJsonLines(corpus: JsonInput, {cwd}: JsonOptions = {}): string {
	const cite = citer(cwd);
	const flags = duplicateFlags(corpus.duplicates ?? [], cite);
	return corpus.reports.map(report => JSON.stringify(contractReport(report, cite, flags.get(report.file))) + '\n').join('');
}

export type PieceOptions = JsonOptions & {readonly filters?: Filters; readonly lines?: boolean};

/** How far a report's lines are indented inside the document: it is an item of the array under "reports". */
const inDocument = '    ';
/** What JSON.stringify writes around a report as it writes it in the document: its text is the one between. */
const before = '{\n  "reports": [\n';
const after = `\n${inDocument}}\n  ]\n}`;

/**
A report's text in a streamed export, up to its closing brace: pretty-printed as it
stands in the --json document (indented as an item of its "reports"), or on one
line for jsonl. jsonEnd finishes it.
*/
export function jsonPiece(report: Report, {cwd, filters = {}, lines = false}: PieceOptions = {}): string {
	const object = contractReport({...report, facts: selectFacts(report, filters)}, citer(cwd), undefined);
	if (lines) {
		return JSON.stringify(object).slice(0, -1);
	}

	// Printed inside its place in the document, so its lines come indented as they are there: one string, not a copy re-indented.
	return JSON.stringify({reports: [object]}, null, 2).slice(before.length, -after.length);
}

/** What closes a report's piece: its duplicate flag if it has one, and the brace. */
export function jsonEnd(duplicate: DuplicateFlag | undefined, lines: boolean): string {
	if (lines) {
		return (duplicate === undefined ? '' : `,"duplicate":${JSON.stringify(duplicate)}`) + '}\n';
	}

	const member = duplicate === undefined ? '' : `,\n${inDocument}  "duplicate": ${JSON.stringify(duplicate, null, 2).replaceAll('\n', `\n${inDocument}  `)}`;
	return `${member}\n${inDocument}}`;
}

/** A top-level member's value as JSON.stringify(…, null, 2) writes it in the document. */
export const jsonMember = (value: unknown): string => JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
