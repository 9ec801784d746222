/**
Instant reopen: a load's outcomes kept on disk (a shelf, shelf.ts), so that opening
the same files again parses only those that changed. The load (load.ts) asks which
files the shelf answers for, reads those back, settles the rest as ever, and hands
every fresh outcome to the next shelf. Only a speed-up: anything amiss (a shelf cut
short, damaged, written by another version or for another kind of load, a file
whose bytes no longer hash as stamped, a folder that cannot be written) means the
file is parsed again, never an error, and what the load delivers is the same.
*/
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, rmSync, statSync, utimesSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';

import {layoutVersion, recordHeadBytes} from './frame.js';
import type {Stored} from './records.js';
import {type Label, openShelf, type Shelved, type ShelfReader, type ShelfWriter, type Slot, writeShelf} from './shelf.js';
import {contentHash, type Seen, type Stamp, trust} from './stamp.js';
import {pruneCache} from './prune.js';
import {parserVersion} from './version.js';

export type {Shelved} from './shelf.js';

export type CacheOptions = {
	/** The folder shelves are kept in (cacheFolder()). */
	readonly folder: string;
	/** The parser's version; by default the build's (version.ts). Tests set another to play a newer rol-dash. */
	readonly parser?: string;
};

/** A cached file the load takes from the shelf: its place in the load, and what its record must be checked against. */
type Hit = {readonly index: number; readonly slot: Slot; readonly doubt?: Seen};

export type Sorted = {readonly hits: readonly Hit[]; readonly misses: readonly number[]};

export type LoadCache = {
	/** Whether a whole shelf for this load was found: most files are likely answered from it. */
	readonly warm: boolean;
	/** The load's files: those the shelf answers for, and those to settle (by their place in `files`). */
	readonly sort: (files: readonly string[]) => Sorted;
	/**
	Each hit's outcome read back and delivered; a hit whose record is damaged or whose file no longer hashes as
	stamped is not delivered but returned, to be settled as a miss. Turns to the event loop now and then, so
	workers settling the misses meanwhile are heard.
	*/
	readonly reopen: (files: readonly string[], hits: readonly Hit[], deliver: (index: number, record: Uint8Array, stored: Stored) => void) => Promise<number[]>;
	/** A settled file's record, for the next shelf. */
	readonly shelve: (file: string, shelved: Shelved) => void;
	/** After the load: the next shelf put in place, if anything changed. Never throws. */
	readonly close: () => void;
};

/** One shelf per kind of load and set of paths named (from one folder): the file a repeated command finds. */
function shelfPath(folder: string, kept: string, paths: readonly string[]): string {
	const cwd = process.cwd();
	const key = createHash('sha256').update(JSON.stringify({layoutVersion, kept, cwd, paths: paths.map(path => [path, resolve(cwd, path)])})).digest('hex').slice(0, 32);
	return join(folder, `${key}.shelf`);
}

function seen(file: string): Seen | null {
	try {
		const info = statSync(file, {throwIfNoEntry: false});
		return info?.isFile() ? {size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino} : null;
	} catch {
		return null;
	}
}

/** The stamp of a file in doubt whose bytes still hash as stamped, taken now; else null. */
function settleDoubt(file: string, stamp: Stamp, now: Seen): Stamp | null {
	try {
		const bytes = readFileSync(file);
		return bytes.length === stamp.size && contentHash(bytes) === stamp.hash ? {...now, hash: stamp.hash, readAt: Date.now()} : null;
	} catch {
		return null;
	}
}

const yieldEvery = 256;

/** Whether a record was taken: one that passed its CRC yet does not decode is treated as damaged, as any other. */
function taken(deliver: () => void): boolean {
	try {
		deliver();
		return true;
	} catch {
		return false;
	}
}

export function openCache(options: CacheOptions, kept: string, paths: readonly string[]): LoadCache {
	const label: Label = {parser: options.parser ?? parserVersion, kept};
	const path = shelfPath(options.folder, kept, paths);
	const shelf: ShelfReader | null = openShelf(path, label);
	let writer: ShelfWriter | null = null;
	let damaged = false;
	const drop = (): void => {
		writer?.abort();
		writer = null;
	};

	const guarded = (write: (writer: ShelfWriter) => void): void => {
		if (writer) {
			try {
				write(writer);
			} catch {
				// A full disk or a folder taken away: this load is not cached, and nothing else changes.
				drop();
			}
		}
	};

	return {
		warm: shelf !== null,
		sort(files) {
			const hits: Hit[] = [];
			const misses: number[] = [];
			let changed = shelf === null;
			files.forEach((file, index) => {
				const slot = shelf?.slots.get(file);
				const now = slot && seen(file);
				const verdict = slot && now ? trust(slot.stamp, now) : 'changed';
				if (verdict === 'changed') {
					misses.push(index);
					changed = true;
				} else if (verdict === 'doubt') {
					hits.push({index, slot: slot!, doubt: now!});
					changed = true;
				} else {
					hits.push({index, slot: slot!});
				}
			});
			if (changed) {
				try {
					mkdirSync(options.folder, {recursive: true});
					writer = writeShelf(path, label);
				} catch {
					writer = null;
				}
			}

			return {hits, misses};
		},
		async reopen(files, hits, deliver) {
			const failed: number[] = [];
			for (const [k, {index, slot, doubt}] of hits.entries()) {
				const file = files[index]!;
				const stamp = doubt ? settleDoubt(file, slot.stamp, doubt) : slot.stamp;
				const record = stamp && shelf?.read(slot);
				if (record && taken(() => {
					deliver(index, record, {at: slot.at + recordHeadBytes, lend: shelf!.lend});
				})) {
					guarded(next => {
						next.append(file, {stamp: stamp!, record});
					});
				} else {
					damaged ||= !doubt;
					failed.push(index);
				}

				if (k % yieldEvery === yieldEvery - 1) {
					await nextTurn();
				}
			}

			return failed;
		},
		shelve(file, shelved) {
			guarded(next => {
				next.append(file, shelved);
			});
		},
		close() {
			shelf?.close();
			const rewritten = writer !== null;
			guarded(next => {
				next.commit();
			});
			writer = null;
			if (damaged && !rewritten) {
				// Its good records were used and the damaged ones parsed again: the next load writes a whole shelf.
				try {
					rmSync(path, {force: true});
				} catch {}
			} else if (shelf !== null && !rewritten) {
				// Read, not written: touched, so that pruning keeps the shelves last used, not those last written.
				try {
					const now = new Date();
					utimesSync(path, now, now);
				} catch {}
			}

			if (rewritten) {
				pruneCache(options.folder);
			}
		},
	};
}
