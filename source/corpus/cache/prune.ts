/**
The cache folder stays bounded: one shelf per command run is about as large as that command's output, so
without a limit every new folder or filter a user tries would stay on disk for ever. After a load writes its
shelf, only the most recently written shelves are kept, and temporary files a crashed process left behind are
removed once they are old enough that no running load can still be writing them.
*/
import {readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Shelves kept: enough for a user's few corpora, each as dashboard and as an export or two. */
export const keptShelves = 8;
/** A temporary file untouched this long belongs to no running load (a write touches it every megabyte). */
const staleTemporaryMs = 60 * 60 * 1000;

type Entry = {readonly path: string; readonly mtimeMs: number};

function entries(folder: string): {shelves: Entry[]; temporaries: Entry[]} {
	const shelves: Entry[] = [];
	const temporaries: Entry[] = [];
	for (const name of readdirSync(folder)) {
		const kind = name.endsWith('.shelf') ? shelves : (name.endsWith('.tmp') ? temporaries : null);
		if (kind === null) continue;
		const path = join(folder, name);
		const info = statSync(path, {throwIfNoEntry: false});
		if (info?.isFile()) kind.push({path, mtimeMs: info.mtimeMs});
	}

	return {shelves, temporaries};
}

/** Removes all but the `keep` newest shelves and stale temporary files. Never throws: the cache is only a speed-up. */
export function pruneCache(folder: string, keep = keptShelves, now = Date.now()): void {
	try {
		const {shelves, temporaries} = entries(folder);
		const old = shelves.sort((a, b) => b.mtimeMs - a.mtimeMs).slice(keep);
		const stale = temporaries.filter(entry => now - entry.mtimeMs > staleTemporaryMs);
		for (const {path} of [...old, ...stale]) rmSync(path, {force: true});
	} catch {}
}
