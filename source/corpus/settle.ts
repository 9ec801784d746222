/**
One file → its outcome: read and decode, then parse. Every file of every load goes
through settleFile, in this thread or in a worker; a load that caches its reports
(cache/) settles only the files its shelf cannot answer for, stamped as they are read.
*/
import {type Document, readDocument} from '../load/index.js';
import {parseReport} from '../parse/index.js';
import type {Report} from '../parse/types.js';
import {sanitize} from '../text/sanitize.js';
import {type Stamp, stampOf} from './cache/stamp.js';
import type {Outcome} from './outcome.js';

export const notAReportReason = 'not a rule-of-law report (no district, year or indicator found)';

/**
A file whose text names no district and no year, states no indicator and never speaks of building a rule-of-law
government (法治政府, 依法行政, 政务公开 …) is something else. Only the text counts: a file name (README-2024.md,
下载清单2024.txt) fills in what a report leaves out, but cannot make a report of a text that is none.
*/
export function notAReport(report: Report, text: string): boolean {
	return report.facts.length === 0 && report.origin.district !== 'text' && report.origin.year !== 'text' && !ruleOfLawWords.test(text);
}

/** What only a report on governing by law, or on disclosure, speaks of. */
const ruleOfLawWords = /法治政府|依法行政|法治建设|政务公开|政府信息公开/u;

/** A loaded document → its report, or why it is not one. Never throws. */
export function settleDocument(document: Document): Outcome<Report> {
	// File names are as untrusted as file contents: they reach the terminal too.
	const file = sanitize(document.file);
	try {
		const report = parseReport(document.text, {file, hints: document.hints});
		return notAReport(report, document.text) ? {skipped: {file, reason: notAReportReason}, stage: 'parse'} : {report};
	} catch (error) {
		// The parser is meant never to throw; if it does, one file is lost, not the session.
		return {skipped: {file, reason: `could not be parsed (${(error as Error).message})`}, stage: 'parse'};
	}
}

/** A report file → its report, or why it is not one. Never throws. */
export function settleFile(file: string, maxBytes: number): Outcome<Report> {
	const document = readDocument(file, maxBytes);
	return 'reason' in document ? {skipped: document, stage: 'load'} : settleDocument(document);
}

/** A file's outcome and, if it was read, its stamp (cache/stamp.ts): the file as its bytes were read. */
export function settleStamped(file: string, maxBytes: number): {readonly outcome: Outcome<Report>; readonly stamp: Stamp | null} {
	let stamp: Stamp | null = null;
	const document = readDocument(file, maxBytes, (info, bytes) => {
		stamp = stampOf(info, bytes, Date.now());
	});
	return {outcome: 'reason' in document ? {skipped: document, stage: 'load'} : settleDocument(document), stamp};
}
