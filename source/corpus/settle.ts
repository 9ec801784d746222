/**
One file's fate, the same whether it was parsed in this thread or in a worker:
a report, or a skip from reading (load) or from parsing (parse). The stage keeps
the order of `errors` that of the sequential loader: read failures first.
*/
import type {Document, LoadError} from '../load/index.js';
import {parseReport} from '../parse/index.js';
import type {Report, ReportSummary} from '../parse/types.js';
import {sanitize} from '../text/sanitize.js';

/** A report whole, or only its summary (model/summary) when that is all the caller keeps. */
export type Outcome<R extends ReportSummary = Report> =
	| {readonly report: R}
	| {readonly skipped: LoadError; readonly stage: 'load' | 'parse'};

export const notAReportReason = 'not a rule-of-law report (no district, year or indicator found)';

/**
A file whose text names no district and no year and states no indicator is something else. Only the text
counts: a file name (README-2024.md, 下载清单2024.txt) fills in what a report leaves out, but cannot make a
report of a text that is none.
*/
export function notAReport(report: Report): boolean {
	return report.facts.length === 0 && report.origin.district !== 'text' && report.origin.year !== 'text';
}

/** A loaded document → its report, or why it is not one. Never throws. */
export function parseDocument(document: Document): Outcome {
	// File names are as untrusted as file contents: they reach the terminal too.
	const file = sanitize(document.file);
	try {
		const report = parseReport(document.text, {file, hints: document.hints});
		return notAReport(report) ? {skipped: {file, reason: notAReportReason}, stage: 'parse'} : {report};
	} catch (error) {
		// The parser is meant never to throw; if it does, one file is lost, not the session.
		return {skipped: {file, reason: `could not be parsed (${(error as Error).message})`}, stage: 'parse'};
	}
}
