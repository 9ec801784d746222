/**
`rol-dash --explain paths…`: every number expression of each report, what it became
and why, on stdout; files that cannot be read are named on stderr, as everywhere.
*/
import {loadDocuments} from '../corpus/documents.js';
import type {LoadOptions} from '../load/index.js';
import {explainReport} from '../parse/explain/index.js';
import {oneLine} from '../text/one-line.js';
import {sanitize} from '../text/sanitize.js';
import {explainLines} from './format.js';

export type ExplainRun = LoadOptions & {
	readonly out: {write(text: string): unknown};
	readonly err: {write(text: string): unknown};
	/** Exit 1 when a file was skipped. */
	readonly strict?: boolean;
};

/** The exit status, as the README's table has it: 2 when nothing could be read. */
export async function explainPaths(paths: readonly string[], {out, err, strict = false, ...load}: ExplainRun): Promise<number> {
	const {documents, errors} = await loadDocuments(paths, load);
	for (const error of errors) {
		err.write(`rol-dash: ${oneLine(sanitize(error.file))}: ${error.reason}\n`);
	}

	documents.forEach((document, i) => {
		const file = sanitize(document.file);
		const lines = explainLines(file, explainReport(document.text, {file, hints: document.hints}));
		out.write((i > 0 ? '\n' : '') + lines.join('\n') + '\n');
	});

	return documents.length === 0 ? 2 : (strict && errors.length > 0 ? 1 : 0);
}
