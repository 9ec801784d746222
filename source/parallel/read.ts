/** One report file → its outcome: read and decode as loadPaths does, then parse. */
import {readDocument} from '../load/index.js';
import {summaryOf} from '../model/summary.js';
import type {ReportSummary} from '../parse/types.js';
import {type Outcome, parseDocument} from './outcome.js';

/** With `summaries`, a report is cut to its summary here, before it is kept or sent anywhere. */
export function settleFile(file: string, maxBytes: number, summaries: boolean): Outcome<ReportSummary> {
	const document = readDocument(file, maxBytes);
	if ('reason' in document) {
		return {skipped: document, stage: 'load'};
	}

	const outcome = parseDocument(document);
	return summaries && 'report' in outcome ? {report: summaryOf(outcome.report)} : outcome;
}
