/**
Paths → one outcome per file, in load order. Many files on a machine with more
than one core are parsed on worker threads and this one; otherwise, and for the
few files of an everyday start, in this thread alone, where starting workers
would cost more than it saves. Either way files are read as they are parsed, so the corpus's text is
never all in memory at once.
*/
import {availableParallelism} from 'node:os';

import {defaultMaxBytes, type LoadOptions} from '../load/index.js';
import {compactDecoded, compactParsed, type Vocabulary} from './compact.js';
import type {ReportSummary} from '../parse/types.js';
import type {Outcome} from './outcome.js';
import {planPaths} from './plan.js';
import {parseInWorkers} from './pool.js';
import {dropLaunch, type Launch, launchWorker} from './pool-worker.js';
import {settleFile} from './read.js';
import {findWorker} from './worker-url.js';

export type {Outcome} from './outcome.js';
export {notAReport, parseDocument} from './outcome.js';
export {findWorker} from './worker-url.js';

export type ParallelOptions = {
	/**
	Threads to parse on, this one counted. By default os.availableParallelism() from
	three cores up; on two cores, for a load of twoCoresFrom files or more, two workers
	with this thread only receiving; else 1 (this thread).
	*/
	readonly threads?: number;
	/** The fewest report files worth starting workers for; default 64. */
	readonly parallelFrom?: number;
	/** The worker bundle; default findWorker(). */
	readonly worker?: URL | null;
	/**
	With workers, whether this thread parses its share too (by default, on up to 4
	cores). False keeps it free, say for a dashboard reloading while it draws; it
	then parses only if no worker can.
	*/
	readonly parseHere?: boolean;
	/**
	Keep each report's summary (model/summary), cut where it is parsed, instead of
	the whole report: a worker then sends a third of the text, and this thread
	holds a little over half the memory. Default false.
	*/
	readonly summaries?: boolean;
	/** Told how many report files have been settled, of how many, as they are. */
	readonly onProgress?: (settled: number, total: number) => void;
};

export const defaultParallelFrom = 64;

/**
On two cores workers pay only for a large load. A worker's start-up and cold code
are a fixed cost, and this thread decodes every report a worker sends (a third of
parsing it) while its collector moves each kept report into fresh memory. Measured
on a 2-core VM shared with other work (.bench/load-corpus.mjs, fresh processes):
3,000 files no faster on two threads (min 2.52 s against 2.50 s on one, CPU 6.2 s
against 3.8 s); 30,000 files in 22.6 s on one thread, 12.8–16.5 s (median 14.1) on
this thread and a worker, and 11.8–14.4 s (median 12.5, faster in each of five
alternating pairs, 60 MB less peak) on two workers with this thread only receiving.
Between 3,000 and 30,000 nothing was measured: 10,000 stays clear of the loss.
Those loads kept whole reports. Keeping summaries, 30,000 files took 8.9/9.5,
11.0/11.3 and 10.6/10.5 s on two workers / on one worker and this thread, in
alternating pairs: no reason to change.
*/
export const twoCoresFrom = 10_000;

/** How to parse: `threads` as in PoolOptions (this thread counted), and whether this one parses too. */
export type ParsingPlan = {readonly threads: number; readonly parseHere?: boolean};

/** Workers pay for their start-up only with many files and another core. */
export function parsingPlan(files: number, options: ParallelOptions = {}, cores = availableParallelism()): ParsingPlan {
	if (files < (options.parallelFrom ?? defaultParallelFrom)) {
		return {threads: 1};
	}

	if (options.threads !== undefined) {
		return {threads: Math.max(1, options.threads), parseHere: options.parseHere};
	}

	if (cores > 2) {
		return {threads: cores, parseHere: options.parseHere};
	}

	// Two workers, one per core, and this thread only receiving (see twoCoresFrom).
	return cores === 2 && files >= twoCoresFrom ? {threads: 3, parseHere: options.parseHere ?? false} : {threads: 1};
}

export async function loadOutcomes(paths: readonly string[], options: LoadOptions & ParallelOptions = {}): Promise<Array<Outcome<ReportSummary>>> {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const summaries = options.summaries ?? false;
	const workerUrl = (): URL | null => (options.worker === undefined ? findWorker() : options.worker);
	// A worker takes about 0.15 s to load its code: launched once the walk has found files enough to
	// want workers, they load while it goes on. 30,000 files: parsing began 0.55 s sooner, and the
	// load took a median of 8.25 s against 8.97 s (with the walk before made synchronous; five
	// alternating pairs, .bench/load-corpus.mjs).
	let launched: Launch[] = [];
	const onFound = (count: number): void => {
		const wanted = launched.length === 0 ? parsingPlan(count, options).threads - 1 : 0;
		const url = wanted > 0 ? workerUrl() : null;
		if (url) {
			launched = Array.from({length: wanted}, () => launchWorker(url, {maxBytes, summaries}));
		}
	};

	const items = await planPaths(paths, {...options, onFound});
	const files = items.flatMap(item => ('file' in item ? [item.file] : []));
	const {threads, parseHere} = parsingPlan(files.length, options);
	const worker = threads > 1 ? workerUrl() : null;
	if (!worker) {
		// Fewer files than the walk found (some twice) or no worker after all.
		launched.forEach(dropLaunch);
	}

	const vocabulary: Vocabulary = new Map();
	const receive = (outcome: Outcome<ReportSummary>, decoded: boolean): Outcome<ReportSummary> =>
		'report' in outcome ? {report: (decoded ? compactDecoded : compactParsed)(outcome.report, vocabulary)} : outcome;
	const parsed = worker
		? await parseInWorkers(files, {threads, maxBytes, summaries, worker, receive, parseHere, onProgress: options.onProgress, launched})
		: files.map((file, index) => {
			const outcome = receive(settleFile(file, maxBytes, summaries), false);
			options.onProgress?.(index + 1, files.length);
			return outcome;
		});
	let next = 0;
	return items.map(item => ('file' in item ? parsed[next++]! : item.outcome));
}
