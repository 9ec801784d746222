/**
--watch: reload a report when its file changes, so a person drafting their district's
report sees it compared with the others as they write. Folders are watched rather than
files: editors save by writing a new file and renaming it over the old one, which ends
a watch on the file itself.
*/
import {watch, type FSWatcher} from 'node:fs';
import {stat} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import type {ReportSummary} from '../parse/types.js';
import {duplicateNotes, factsOf, findDuplicates} from './duplicates.js';
import {loadSummaries} from './load.js';
import type {Store} from './store.js';

/** The dashboard's store: summaries, or the bundled reports whole. */
type Watched = Store<ReportSummary>;

export type Reload = (corpus: Watched, file: string) => void;

const reportFile = /\.(?:txt|md|html?)$/iu;
/** Editors write a file in several steps; one reload after they settle. */
const settle = 80;

/**
The store with one file's outcome replaced (or added, or removed when it is gone). Its details come as the
fresh load's do: from the files, for a store that held the bundled reports whole until a file changed.
*/
export function replaceFile(corpus: Watched, file: string, fresh: Watched): Watched {
	const at = corpus.reports.findIndex(report => report.file === file);
	const reports = corpus.reports.filter(report => report.file !== file);
	reports.splice(at === -1 ? reports.length : at, 0, ...fresh.reports);
	const errors = [...corpus.errors.filter(error => error.file !== file), ...fresh.errors];
	const notes = [...corpus.notes.filter(note => note.file !== file), ...fresh.notes];
	const duplicates = findDuplicates(reports, factsOf);
	// A duplicate's note names the file shown, which a reload may change: told again from the duplicates.
	const kept = notes.filter(note => note.kind !== 'duplicate');
	return {reports, errors, notes: [...kept, ...duplicateNotes(duplicates)], duplicates, details: fresh.details};
}

/**
Watches the files of `corpus` and the folders among `paths`; calls `onReload` with the
updated corpus after each change. Returns a function that stops watching.
*/
export async function watchCorpus(paths: readonly string[], corpus: Watched, onReload: Reload): Promise<() => void> {
	let current = corpus;
	const files = new Set([...corpus.reports, ...corpus.errors].map(item => resolve(item.file)));
	const folders = new Set<string>();
	const directories = new Set([...files].map(file => dirname(file)));
	for (const path of paths) {
		if (path === '-') {
			continue;
		}

		const info = await stat(path).catch(() => undefined);
		if (info?.isDirectory()) {
			folders.add(resolve(path));
			directories.add(resolve(path));
		}
	}

	const timers = new Map<string, NodeJS.Timeout>();
	const reload = async (file: string) => {
		const fresh = await loadSummaries([file]);
		const known = [...current.reports, ...current.errors].find(item => resolve(item.file) === file)?.file ?? file;
		current = replaceFile(current, known, {...fresh, reports: fresh.reports.map(report => ({...report, file: known}))});
		onReload(current, known);
	};

	const changed = (directory: string, name: string | null) => {
		if (name === null) {
			return;
		}

		const file = join(directory, name);
		const watched = files.has(file) || ([...folders].some(folder => file.startsWith(folder)) && reportFile.test(basename(file)));
		if (!watched) {
			return;
		}

		files.add(file);
		clearTimeout(timers.get(file));
		timers.set(file, setTimeout(() => {
			timers.delete(file);
			void reload(file);
		}, settle));
	};

	const watchers: FSWatcher[] = [];
	for (const directory of directories) {
		try {
			watchers.push(watch(directory, (_event, name) => changed(directory, name)));
		} catch {
			// A folder that vanished since loading has nothing left to watch.
		}
	}

	return () => {
		for (const watcher of watchers) {
			watcher.close();
		}

		for (const timer of timers.values()) {
			clearTimeout(timer);
		}
	};
}

/**
The same as a subscription. Watching starts here, before the dashboard draws, so a
file saved while it starts is not missed: a listener first gets the latest reload
made before it subscribed, if any, then each one after. The returned function stops
watching.
*/
export async function watchSubscription(paths: readonly string[], corpus: Watched): Promise<(listener: (corpus: Watched) => void) => () => void> {
	let latest: Watched | undefined;
	let listener: ((corpus: Watched) => void) | undefined;
	const unwatch = await watchCorpus(paths, corpus, next => {
		latest = next;
		listener?.(next);
	});
	return next => {
		listener = next;
		if (latest !== undefined) {
			next(latest);
		}

		return () => {
			listener = undefined;
			unwatch();
		};
	};
}
