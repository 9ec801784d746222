/**
Paths → documents, for a caller that wants the text rather than reports (--explain,
the benchmark's parser timing): the plan's files read, in its order, each one loaded
or skipped with a reason. Never throws.
*/
import {type Document, type LoadError, type LoadOptions, defaultMaxBytes, readDocument} from '../load/index.js';
import {planPaths} from './plan.js';

export type Loaded = {
	readonly documents: Document[];
	readonly errors: LoadError[];
};

export async function loadDocuments(paths: readonly string[], options: LoadOptions = {}): Promise<Loaded> {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const documents: Document[] = [];
	const errors: LoadError[] = [];
	for (const item of await planPaths(paths, options)) {
		const result = 'file' in item ? readDocument(item.file, maxBytes) : 'document' in item ? item.document : item.skipped;
		if ('reason' in result) {
			errors.push(result);
		} else {
			documents.push(result);
		}
	}

	return {documents, errors};
}
