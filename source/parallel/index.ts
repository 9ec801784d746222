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
	/** Threads to parse on; default os.availableParallelism() from three cores up, else 1 (this thread). */
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

/** Threads to parse this many files on: workers pay for their start-up only with many files and another core. */
/**
Workers by default only from three cores up. On two, a worker's start-up and the main
thread's decoding of what it sends back cost more than the second core gives: measured
here, 3,000 reports loaded in 4.1 s on one thread and 6.6 s on both (npm run bench).
*/
function defaultThreads(): number {
	const cores = availableParallelism();
	return cores > 2 ? cores : 1;
}

export function parsingThreads(files: number, options: ParallelOptions = {}): number {
	const threads = options.threads ?? defaultThreads();
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
