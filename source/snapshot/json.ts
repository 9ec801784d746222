/**
The --json contract: {"reports": [...], "errors": [...]}. Other tools read this shape,
so fields are only ever added, never renamed or removed (see README).
*/
import type {Corpus} from '../corpus.js';

export function toJson(corpus: Corpus): string {
	return JSON.stringify({reports: corpus.reports, errors: corpus.errors}, null, 2);
}
