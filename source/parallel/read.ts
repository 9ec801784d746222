/** One report file → its outcome: read and decode as loadPaths does, then parse. */
import {readDocument} from '../load/index.js';
import {type Outcome, parseDocument} from './outcome.js';

export function settleFile(file: string, maxBytes: number): Outcome {
	const document = readDocument(file, maxBytes);
	return 'reason' in document ? {skipped: document, stage: 'load'} : parseDocument(document);
}
