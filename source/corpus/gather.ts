/**
Outcomes, in load order → the store's reports, errors and notes. Executors settle
files in any order; InOrder hands them on in the plan's order, holding only those
that arrived early, so a streamed export keeps the order of a load from memory.
*/
import type {LoadError} from '../load/document.js';
import {sanitize} from '../text/sanitize.js';
import {duplicateNotes, findDuplicates} from './duplicates.js';
import type {Outcome} from './outcome.js';
import type {Duplicate, Kept, Note} from './store.js';

function originNote(report: Kept): Note | null {
	const fromName = [
		report.origin.district === 'filename' ? `district ${report.district.name ?? ''}` : '',
		report.origin.year === 'filename' ? `year ${report.year ?? ''}` : '',
	].filter(Boolean);
	return fromName.length > 0 ? {file: report.file, message: `${fromName.join(' and ')} taken from the file name (the text does not state it)`, kind: 'origin'} : null;
}

export type Gathered<R> = {
	readonly reports: R[];
	readonly errors: LoadError[];
	readonly notes: Note[];
	readonly duplicates: Array<Duplicate<R>>;
};

export class Gather<R extends Kept> {
	readonly #reports: R[] = [];
	// Read failures first, then files that read but are not reports: the order users have always seen.
	readonly #unread: LoadError[] = [];
	readonly #unparsed: LoadError[] = [];
	readonly #notes: Note[] = [];

	add(outcome: Outcome<R>): void {
		if ('report' in outcome) {
			this.#reports.push(outcome.report);
			const note = originNote(outcome.report);
			if (note) {
				this.#notes.push(note);
			}
		} else if (outcome.stage === 'load') {
			// File names are as untrusted as file contents: they reach the terminal too.
			this.#unread.push({file: sanitize(outcome.skipped.file), reason: outcome.skipped.reason});
		} else {
			this.#unparsed.push(outcome.skipped);
		}
	}

	done(factCount: (report: R) => number): Gathered<R> {
		const duplicates = findDuplicates(this.#reports, factCount);
		const notes = [...this.#notes, ...duplicateNotes(duplicates)];
		return {reports: this.#reports, errors: [...this.#unread, ...this.#unparsed], notes, duplicates};
	}
}

/**
Hands outcomes on in the plan's order: `items` says, for each place in it, whether a
file's outcome goes there (they come by file index, in any order) or one known already.
*/
export class InOrder<R> {
	readonly #items: ReadonlyArray<Outcome<R> | 'file'>;
	readonly #early = new Map<number, Outcome<R>>();
	readonly #next: (outcome: Outcome<R>) => void;
	#item = 0;
	#file = 0;

	constructor(items: ReadonlyArray<Outcome<R> | 'file'>, next: (outcome: Outcome<R>) => void) {
		this.#items = items;
		this.#next = next;
		this.#flush();
	}

	deliver(file: number, outcome: Outcome<R>): void {
		this.#early.set(file, outcome);
		this.#flush();
	}

	#flush(): void {
		for (; this.#item < this.#items.length; this.#item++) {
			const item = this.#items[this.#item]!;
			if (item === 'file') {
				const outcome = this.#early.get(this.#file);
				if (outcome === undefined) {
					return;
				}

				this.#early.delete(this.#file++);
				this.#next(outcome);
			} else {
				this.#next(item);
			}
		}
	}
}
