/**
Review files read from disk: decoded as reports are (a spreadsheet may save UTF-8
with a BOM, UTF-16 or GB18030), then read by review/review-file.ts. A file that
cannot be read is a problem named with its reason; the other files still count.
A review file that does not exist yet is no problem: the first decision makes it.
*/
import {readFileSync} from 'node:fs';
import {readReviewFile, type ReviewProblem} from '../review/review-file.js';
import type {Sourced} from '../review/decision.js';
import {decodeBytes} from './decode.js';
import {reasonForError} from './reasons.js';

export type ReviewFiles = {readonly decisions: Sourced[]; readonly problems: ReviewProblem[]};

export function readReviewFiles(paths: readonly string[]): ReviewFiles {
	const decisions: Sourced[] = [];
	const problems: ReviewProblem[] = [];
	for (const path of paths) {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
				problems.push({source: path, record: null, reason: reasonForError(error)});
			}

			continue;
		}

		if (bytes.length === 0) {
			continue;
		}

		const decoded = decodeBytes(bytes);
		if ('reason' in decoded) {
			problems.push({source: path, record: null, reason: decoded.reason});
			continue;
		}

		const read = readReviewFile(decoded.text, path);
		decisions.push(...read.decisions);
		problems.push(...read.problems);
	}

	return {decisions, problems};
}
