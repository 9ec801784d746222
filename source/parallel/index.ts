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
import type {Outcome} from './outcome.js';
import {planPaths} from './plan.js';
import {parseInWorkers} from './pool.js';
import {settleFile} from './read.js';
import {findWorker} from './worker-url.js';

export type {Outcome} from './outcome.js';
export {notAReport, parseDocument} from './outcome.js';
export {findWorker} from './worker-url.js';

export type ParallelOptions = {
	/**
	Threads to parse on. By default os.availableParallelism() from three cores up;
	on two cores, both only for a load of twoCoresFrom files or more; else 1 (this thread).
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
};

export const defaultParallelFrom = 64;

/**
On two cores a worker pays only for a large load. What the second thread gains is
bounded by what this one does for each report a worker sends (decode it: a third
of parsing it), and the worker's start-up and cold code are a fixed cost. Measured
on a 2-core VM shared with other work (.bench/load-corpus.mjs, fresh processes):
30,000 files in 15.5–17.5 s on both threads against 22.6 s on one (24.6–28.0 s
before workers sent one text per report), peak 846 MB against 986 MB; 3,000 files
no faster on both (min 2.52 s against 2.50 s, median 5.3 s against 2.8 s, CPU
6.2 s against 3.8 s). Between the two nothing was measured: 10,000 stays clear of
the loss.
*/
export const twoCoresFrom = 10_000;

/** Threads to parse this many files on: workers pay for their start-up only with many files and another core. */
function defaultThreads(files: number, cores: number): number {
	if (cores > 2) {
		return cores;
	}

	return cores === 2 && files >= twoCoresFrom ? 2 : 1;
}

export function parsingThreads(files: number, options: ParallelOptions = {}, cores = availableParallelism()): number {
	const threads = options.threads ?? defaultThreads(files, cores);
	return files >= (options.parallelFrom ?? defaultParallelFrom) ? Math.max(1, threads) : 1;
}

export async function loadOutcomes(paths: readonly string[], options: LoadOptions & ParallelOptions = {}): Promise<Outcome[]> {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const items = await planPaths(paths, options);
	const files = items.flatMap(item => ('file' in item ? [item.file] : []));
	const threads = parsingThreads(files.length, options);
	const worker = threads > 1 ? (options.worker === undefined ? findWorker() : options.worker) : null;
	const vocabulary: Vocabulary = new Map();
	const receive = (outcome: Outcome, decoded: boolean): Outcome =>
		'report' in outcome ? {report: (decoded ? compactDecoded : compactParsed)(outcome.report, vocabulary)} : outcome;
	const parsed = worker
		? await parseInWorkers(files, {threads, maxBytes, worker, receive, parseHere: options.parseHere})
		: files.map(file => receive(settleFile(file, maxBytes), false));
	let next = 0;
	return items.map(item => ('file' in item ? parsed[next++]! : item.outcome));
}
