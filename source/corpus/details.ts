/**
A report's details read again from its file, when the district view opens it: the
dashboard holds only summaries (model/summary), and re-parsing one file takes
about a millisecond. The last few are kept, so stepping along a district's years
and back does not read a file at every key.
*/
import {defaultMaxBytes} from '../load/index.js';
import {isWhole, ownDetails, summaryOf, type Details, type DetailsOf} from '../model/summary.js';
import type {ReportSummary} from '../parse/types.js';
import {settleFile} from './settle.js';

/** Reports a district view holds at once (its years) with room to come back to a few. */
const kept = 32;

/**
Parsed again as it was loaded. A file whose facts or metadata changed since (an edit
without --watch) gives what it says now, and says so: the indicators above came from
the text before. An edit that leaves the summary as it was changes nothing shown above.
*/
function readDetails(summary: ReportSummary, maxBytes: number): Details {
	const outcome = settleFile(summary.file, maxBytes);
	if (!('report' in outcome)) {
		return {problem: outcome.skipped.reason};
	}

	const {report} = outcome;
	// A summary made the same way is the same JSON, key for key, unless the text changed.
	return {details: report, changed: JSON.stringify(summaryOf(report)) !== JSON.stringify(summary)};
}

export function detailsFromFiles(maxBytes = defaultMaxBytes): DetailsOf {
	const recent = new Map<ReportSummary, Details>();
	return report => {
		if (isWhole(report)) {
			return ownDetails(report);
		}

		const found = recent.get(report) ?? readDetails(report, maxBytes);
		// The most recently used last: the first is the one to forget.
		recent.delete(report);
		recent.set(report, found);
		if (recent.size > kept) {
			recent.delete(recent.keys().next().value!);
		}

		return found;
	};
}
