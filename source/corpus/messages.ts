/** What a load tells the person on stderr: every file it could not use and why, and its notes. */
import type {Store} from './store.js';

export function messageLines({errors, notes}: Pick<Store<never>, 'errors' | 'notes'>): string[] {
	return [
		...errors.map(error => `rol-dash: ${error.file}: ${error.reason}`),
		...notes.map(note => `rol-dash: note: ${note.file}: ${note.message}`),
	];
}
