/**
Report files → outcomes, parsed on worker threads and on this one, in the order
of the files, on threads − 1 workers and this thread. On a few cores this thread
parses too: decoding what workers send leaves it idle between messages, and
what it parses itself costs nothing to send. Each worker has two batches in flight so it never
waits for this thread. A worker that dies costs no file but the one it was
parsing: that batch is retried one file per batch, on workers only, and a file
that takes down a worker on its own is skipped. A worker that cannot start
leaves its share to this thread.
*/
import {setImmediate as nextTurn} from 'node:timers/promises';

import type {ReportSummary} from '../parse/types.js';
import type {Outcome} from './outcome.js';
import {dropLaunch, type Launch, launchWorker, type PoolWorker, startWorker, type WorkerData} from './pool-worker.js';
import {settleFile} from './read.js';
import {WorkQueue} from './work-queue.js';

export type PoolOptions = {
	/** Threads that parse, this one included: threads − 1 workers are started. */
	readonly threads: number;
	readonly maxBytes: number;
	/** Whether each report is cut to its summary where it is parsed (model/summary); default false. */
	readonly summaries?: boolean;
	/** The bundled worker (findWorker()). */
	readonly worker: URL;
	/**
	Whether this thread parses too; false leaves it free unless no worker can run.
	By default it does up to 4 threads: decoding a report costs about a third of
	parsing it, so from 5 threads on, decoding what the workers send is its whole job.
	*/
	readonly parseHere?: boolean;
	/** Files per batch; by default about 16 batches per thread, at most 32 files. */
	readonly batchSize?: number;
	/**
	Called on each outcome as it arrives, while its copies are still young and cheap
	to collect; `decoded` tells one that came from a worker from one parsed here.
	*/
	readonly receive?: (outcome: Outcome<ReportSummary>, decoded: boolean) => Outcome<ReportSummary>;
	/** Told how many files are settled, of how many, after each. */
	readonly onProgress?: (settled: number, total: number) => void;
	/** Workers launched ahead (pool-worker), taken over before any new one is started; those not needed are stopped. */
	readonly launched?: readonly Launch[];
};

export async function parseInWorkers(files: readonly string[], options: PoolOptions): Promise<Array<Outcome<ReportSummary>>> {
	const read: WorkerData = {maxBytes: options.maxBytes, summaries: options.summaries ?? false};
	const launched = [...options.launched ?? []];
	const results: Array<Outcome<ReportSummary> | undefined> = Array.from({length: files.length});
	const size = options.batchSize ?? Math.max(1, Math.min(32, Math.ceil(files.length / (options.threads * 16))));
	const queue = new WorkQueue(files.length, size);
	const workers = new Set<PoolWorker>();
	let remaining = files.length;
	// A dead worker is replaced as long as workers keep answering: each death skips the file it was parsing
	// or splits its batch into single files, so replacing it ends. Only so many deaths in a row, with no
	// batch answered between them, say the worker cannot parse at all rather than that files take it down.
	let deathsInARow = 0;
	const maxDeathsInARow = options.threads + 16;
	let closed = false;
	let parsingHere = false;
	// A worker that fails before it runs cannot start at all: stop spawning.
	let broken = false;
	let resolve: (outcomes: Array<Outcome<ReportSummary>>) => void = () => undefined;
	const finish = (): void => {
		closed = true;
		for (const worker of workers) {
			worker.stop();
		}

		resolve(results as Array<Outcome<ReportSummary>>);
	};

	const settle = (index: number, outcome: Outcome<ReportSummary>, decoded: boolean): void => {
		if (results[index] === undefined) {
			results[index] = options.receive ? options.receive(outcome, decoded) : outcome;
			remaining--;
			options.onProgress?.(files.length - remaining, files.length);
		}
	};

	// Between batches this thread turns to the event loop, so workers' messages are taken in.
	const parseHere = async (): Promise<void> => {
		if (!(options.parseHere ?? options.threads <= 4) && workers.size > 0) {
			return;
		}

		parsingHere = true;
		for (let work = queue.nextHere(); work && !closed; work = queue.nextHere()) {
			for (const index of work.indices) {
				settle(index, settleFile(files[index]!, read.maxBytes, read.summaries), false);
			}

			await nextTurn();
		}

		parsingHere = false;
		if (remaining === 0 && !closed) {
			finish();
		}
	};

	const spawn = (): void => {
		const worker: PoolWorker = startWorker(launched.shift() ?? launchWorker(options.worker, read), files, {
			next: () => queue.next(),
			settle(index, outcome) {
				settle(index, outcome, true);
			},
			answered() {
				deathsInARow = 0;
				if (remaining === 0) {
					finish();
				} else {
					worker.feed();
				}
			},
			failed(error, pending, started) {
				workers.delete(worker);
				if (closed) {
					return;
				}

				broken ||= !started;
				const skip = (index: number): void => {
					settle(index, {skipped: {file: files[index]!, reason: `could not be parsed (${error.message})`}, stage: 'parse'}, false);
				};

				const culprit = queue.giveBack(pending, started);
				if (culprit !== undefined) {
					skip(culprit);
				}

				if (!broken && ++deathsInARow <= maxDeathsInARow) {
					spawn();
				} else if (workers.size === 0) {
					queue.dropRetries().forEach(skip);
				}

				if (remaining === 0) {
					finish();
					return;
				}

				for (const other of workers) {
					other.feed();
				}

				if (!parsingHere) {
					void parseHere();
				}
			},
		});
		workers.add(worker);
		worker.feed();
	};

	return new Promise<Array<Outcome<ReportSummary>>>(done => {
		resolve = done;
		for (let k = 1; k < Math.min(options.threads, queue.length); k++) {
			spawn();
		}

		launched.splice(0).forEach(dropLaunch);

		void parseHere();
	});
}
