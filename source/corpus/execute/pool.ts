/**
Report files → outcomes, settled on threads − 1 worker threads and, on a few cores,
this one too: decoding what workers send leaves it idle between messages, and what
it parses itself costs nothing to send. Each worker has two batches in flight so it
never waits for this thread. A worker that dies costs no file but the one it was
parsing: that batch is retried one file per batch, on workers only, and a file that
takes down a worker on its own is skipped. A worker that cannot start leaves its
share to this thread.
*/
import {setImmediate as nextTurn} from 'node:timers/promises';

import type {Outcome} from '../outcome.js';
import type {Shelved} from '../cache/shelf.js';
import type {Deliver, Executor, Job} from './job.js';
import type {WorkerData} from './messages.js';
import {dropLaunch, type Launch, launchWorker, type PoolWorker, startWorker} from './pool-worker.js';
import {settleHere} from './sequential.js';
import {WorkQueue} from './work-queue.js';

export type PoolOptions = {
	/** Threads that parse, this one included: threads − 1 workers are started. */
	readonly threads: number;
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
	/** Workers launched ahead (pool-worker), taken over before any new one is started; those not needed are stopped. */
	readonly launched?: readonly Launch[];
};

/** The pool as an executor: every file's outcome delivered once, as it is settled. */
export function pooled(options: PoolOptions): Executor {
	return async (files, job, deliver) => runPool(files, job, deliver, options);
}

async function runPool<Sent, Held>(files: readonly string[], job: Job<Sent, Held>, deliver: Deliver<Held>, options: PoolOptions): Promise<void> {
	const data: WorkerData = {maxBytes: job.maxBytes, keep: job.spec, shelve: job.shelve};
	const launched = [...options.launched ?? []];
	const settled: boolean[] = Array.from({length: files.length}, () => false);
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
	let resolve: () => void = () => undefined;
	const finish = (): void => {
		closed = true;
		for (const worker of workers) {
			worker.stop();
		}

		resolve();
	};

	const settle = (index: number, outcome: Outcome<Held>, shelved?: Shelved): void => {
		if (!settled[index]) {
			settled[index] = true;
			remaining--;
			deliver(index, outcome, shelved);
		}
	};

	const skip = (index: number, error: Error): void => {
		settle(index, {skipped: {file: files[index]!, reason: `could not be parsed (${error.message})`}, stage: 'parse'});
	};

	// Between batches this thread turns to the event loop, so workers' messages are taken in.
	const parseHere = async (): Promise<void> => {
		if (!(options.parseHere ?? options.threads <= 4) && workers.size > 0) {
			return;
		}

		parsingHere = true;
		for (let work = queue.nextHere(); work && !closed; work = queue.nextHere()) {
			for (const index of work.indices) {
				const {outcome, shelved} = settleHere(files[index]!, job);
				settle(index, outcome, shelved);
			}

			await nextTurn();
		}

		parsingHere = false;
		if (remaining === 0 && !closed) {
			finish();
		}
	};

	const spawn = (): void => {
		const worker: PoolWorker = startWorker(launched.shift() ?? launchWorker(options.worker, data), files, {
			next: () => queue.next(),
			settle(index, posted, stamp) {
				const shelved = job.shelve && stamp !== null ? {stamp, record: job.keep.record.posted(posted)} : undefined;
				const outcome = job.keep.receive(posted);
				settle(index, 'report' in outcome ? {report: job.hold(outcome.report, true)} : outcome, shelved);
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
				const culprit = queue.giveBack(pending, started);
				if (culprit !== undefined) {
					skip(culprit, error);
				}

				if (!broken && ++deathsInARow <= maxDeathsInARow) {
					spawn();
				} else if (workers.size === 0) {
					for (const index of queue.dropRetries()) {
						skip(index, error);
					}
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

	return new Promise<void>(done => {
		resolve = done;
		if (files.length === 0) {
			finish();
			return;
		}

		for (let k = 1; k < Math.min(options.threads, queue.length); k++) {
			spawn();
		}

		launched.splice(0).forEach(dropLaunch);

		void parseHere();
	});
}
