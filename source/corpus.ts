/**
Paths → parsed reports. The one place where loading meets parsing; the views only
ever see the reports and the errors this returns.
*/
import {loadPaths, type LoadError} from './load/index.js';
import {parseReport} from './parse/index.js';
import type {Report} from './parse/types.js';

export type Corpus = {
	readonly reports: Report[];
	readonly errors: LoadError[];
};

export async function loadCorpus(paths: readonly string[]): Promise<Corpus> {
	const {documents, errors} = await loadPaths(paths);
	const reports: Report[] = [];
	const problems: LoadError[] = [...errors];
	for (const document of documents) {
		try {
			reports.push(parseReport(document.text, {file: document.file, hints: document.hints}));
		} catch (error) {
			// The parser is meant never to throw; if it does, one file is lost, not the session.
			problems.push({file: document.file, reason: `could not be parsed (${(error as Error).message})`});
		}
	}

	return {reports, errors: problems};
}
