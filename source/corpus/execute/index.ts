/**
Which executor settles a load's files. Many files on a machine with more than one
core go to the worker pool; otherwise, and for the few files of an everyday start,
this thread alone, where starting workers would cost more than it saves. Either way
files are read as they are settled, so the corpus's text is never all in memory.
Why the thresholds are where they are: docs/performance.md.
*/
import {availableParallelism} from 'node:os';

import type {Executor} from './job.js';
import type {WorkerData} from './messages.js';
import {pooled} from './pool.js';
import {dropLaunch, type Launch, launchWorker} from './pool-worker.js';
import {sequential} from './sequential.js';
import {findWorker} from './worker-url.js';

export type {Executor, Job} from './job.js';
export {findWorker} from './worker-url.js';

export type ExecuteOptions = {
	/**
	Threads to parse on, this one counted. By default os.availableParallelism() from
	three cores up; on two cores, for a load of twoCoresFrom files or more, two workers
	with this thread only receiving (one worker and this thread parsing when sentAsBytes);
	else 1 (this thread).
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
	What workers send is bytes this thread only copies (an export's pieces), not reports it
	must decode: on two cores it then parses beside one worker instead of only receiving from two.
	*/
	readonly sentAsBytes?: boolean;
};

export const defaultParallelFrom = 64;

/**
On two cores workers pay only for a large load: a worker's start-up and cold code
are a fixed cost, and this thread takes in what every worker sends. At 3,000 files
two threads were no faster than one; at 30,000 two workers with this thread only
receiving were fastest. Nothing between was measured: 10,000 stays clear of the loss.
*/
export const twoCoresFrom = 10_000;

/** How to parse: `threads` as in PoolOptions (this thread counted), and whether this one parses too. */
export type ParsingPlan = {readonly threads: number; readonly parseHere?: boolean};

/** Workers pay for their start-up only with many files and another core. */
export function parsingPlan(files: number, options: ExecuteOptions = {}, cores = availableParallelism()): ParsingPlan {
	if (files < (options.parallelFrom ?? defaultParallelFrom)) {
		return {threads: 1};
	}

	if (options.threads !== undefined) {
		return {threads: Math.max(1, options.threads), parseHere: options.parseHere};
	}

	if (cores > 2) {
		return {threads: cores, parseHere: options.parseHere};
	}

	if (cores !== 2 || files < twoCoresFrom) {
		return {threads: 1};
	}

	// Decoding reports fills this thread: two workers, one per core, and this one only receiving (see twoCoresFrom).
	// Pieces of an export cost it next to nothing: one worker, and this thread parsing too, one heap and one
	// worker's start-up and cold code fewer.
	return options.sentAsBytes ? {threads: 2, parseHere: options.parseHere ?? true} : {threads: 3, parseHere: options.parseHere ?? false};
}

export type Execution = {
	/** Told the files the walk has found so far: once there are enough to want workers, they are launched, and load their code while the walk goes on. */
	readonly onFound: (count: number) => void;
	/** The executor for this many files, taking over the workers launched ahead (or stopping them). */
	readonly executor: (files: number) => Executor;
};

export function execution(options: ExecuteOptions, data: WorkerData): Execution {
	const workerUrl = (): URL | null => (options.worker === undefined ? findWorker() : options.worker);
	let launched: Launch[] = [];
	return {
		onFound(count) {
			const wanted = launched.length === 0 ? parsingPlan(count, options).threads - 1 : 0;
			const url = wanted > 0 ? workerUrl() : null;
			if (url) {
				launched = Array.from({length: wanted}, () => launchWorker(url, data));
			}
		},
		executor(files) {
			const {threads, parseHere} = parsingPlan(files, options);
			const worker = threads > 1 ? workerUrl() : null;
			if (!worker) {
				// Fewer files than the walk found (some twice), or no worker after all.
				launched.forEach(dropLaunch);
				return sequential;
			}

			return pooled({threads, parseHere, worker, launched});
		},
	};
}
