/**
The cache folder stays bounded (source/corpus/cache/prune.ts): the shelves last used are kept, older ones and a
crashed load's leftover temporary files go, and nothing else in the folder is touched.
*/
import {mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';

import {pruneCache} from '../../../source/corpus/cache/prune.js';

let folder = '';
afterEach(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** A file in the folder, last modified `ageMs` before `now`. */
function put(name: string, ageMs: number, now: number): void {
	const path = join(folder, name);
	writeFileSync(path, 'x');
	const at = new Date(now - ageMs);
	utimesSync(path, at, at);
}

describe('pruneCache', () => {
	it('keeps the newest shelves and removes the rest', () => {
		folder = mkdtempSync(join(tmpdir(), 'rol-dash-prune-'));
		const now = Date.now();
		for (let i = 0; i < 5; i++) put(`s${i}.shelf`, i * 1000, now);
		pruneCache(folder, 3, now);
		expect(readdirSync(folder).sort()).toEqual(['s0.shelf', 's1.shelf', 's2.shelf']);
	});

	it('removes only temporary files old enough that no load can still be writing them, and leaves other files', () => {
		folder = mkdtempSync(join(tmpdir(), 'rol-dash-prune-'));
		const now = Date.now();
		put('a.shelf.1-ab.tmp', 2 * 60 * 60 * 1000, now);
		put('b.shelf.2-cd.tmp', 60 * 1000, now);
		put('notes.txt', 10 * 24 * 60 * 60 * 1000, now);
		pruneCache(folder, 8, now);
		expect(readdirSync(folder).sort()).toEqual(['b.shelf.2-cd.tmp', 'notes.txt']);
	});

	it('does nothing, and does not throw, when the folder is missing', () => {
		folder = join(tmpdir(), `rol-dash-prune-missing-${process.pid}`);
		expect(() => {
			pruneCache(folder);
		}).not.toThrow();
	});
});
