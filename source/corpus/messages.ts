/**
What a load tells the person on stderr: every file it could not use and why, and
its notes. Files for a district and year another file covers are told one by one
while they are few; past that, the first few and how many more (--json lists each
under notes): a national folder of copies would otherwise bury everything else.
Every line is one line, whatever a file name holds.
*/
import {formatGrouped} from '../text/grouped.js';
import {oneLine} from '../text/one-line.js';
import type {Store} from './store.js';

/** Duplicate notes told one by one up to this many; more, and only the first `examples`. */
const few = 5;
const examples = 3;

export function messageLines({errors, notes}: Pick<Store<never>, 'errors' | 'notes'>): string[] {
	const duplicates = notes.filter(note => note.kind === 'duplicate');
	const told = duplicates.length > few ? new Set(duplicates.slice(0, examples)) : new Set(duplicates);
	const lines = [
		...errors.map(error => `rol-dash: ${oneLine(error.file)}: ${oneLine(error.reason)}`),
		...notes.filter(note => note.kind !== 'duplicate' || told.has(note)).map(note => `rol-dash: note: ${oneLine(note.file)}: ${oneLine(note.message)}`),
	];
	if (told.size < duplicates.length) {
		const more = duplicates.length - told.size;
		lines.push(`rol-dash: note: and ${formatGrouped(more, 0)} more files for a district and year another file covers, not shown (--json lists each under notes)`);
	}

	return lines;
}
