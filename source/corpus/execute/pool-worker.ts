/**
One parse worker as the pool sees it: batches out, outcomes in, at most two
batches in flight so it never waits for the main thread to send the next. A
worker takes about 0.15 s to load, in which this thread parses a hundred files:
it is sent nothing until it says it is ready, so a few files never wait for it.
A worker can be launched before its files are known (while the walk still looks
for them) and taken over by the pool later.
*/
import {Worker} from 'node:worker_threads';

import type {Stamp} from '../cache/stamp.js';
import type {Batch, Done, Ready, WorkerData} from './messages.js';
import type {Work} from './work-queue.js';

const inFlight = 2;

/**
A worker's young generation, where parsing's short-lived objects are made and collected. V8's default
lets each worker grow it to tens of megabytes it gives back late; what a worker keeps between files is
small, so a smaller one costs a few more collections and keeps a load's peak down (docs/performance.md).
*/
const youngGenerationMb = 8;

export type WorkerHooks = {
	/** The next batch to send, if any is left. */
	readonly next: () => Work | undefined;
	/** A file's outcome as the worker posted it (keep.ts takes it back). */
	readonly settle: (index: number, posted: unknown, stamp: Stamp | null) => void;
	/** After each answer, once every outcome of the batch is settled. */
	readonly answered: () => void;
	/**
	The worker died (or never started: `started` is false) with these batches
	unanswered, in the order they were sent.
	*/
	readonly failed: (error: Error, pending: Work[], started: boolean) => void;
};

export type PoolWorker = {
	/** Sends batches until two are in flight. */
	readonly feed: () => void;
	readonly stop: () => void;
};

/** What the pool hears from one worker. */
type Listener = {
	readonly message: (message: Done | Ready) => void;
	readonly end: (error: Error) => void;
};

/**
A worker loading its code before its files are known. Until the pool takes it over
it only notes whether it got ready or ended; its listeners stay for good (a Worker's
own listeners must not be removed: they keep its port running) and forward to the pool.
*/
export type Launch = {
	readonly worker: Worker;
	ready: boolean;
	/** Why it ended before it was taken over, if it did. */
	ended?: Error;
	listener?: Listener;
};

const stoppedWith = (code: number): Error => new Error(`parse worker stopped with code ${code}`);

export function launchWorker(url: URL, data: WorkerData): Launch {
	const launch: Launch = {worker: new Worker(url, {workerData: data, resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb}}), ready: false};
	const end = (error: Error): void => {
		if (launch.listener) {
			launch.listener.end(error);
		} else {
			launch.ended ??= error;
		}
	};

	launch.worker.on('message', (message: Done | Ready) => {
		if (launch.listener) {
			launch.listener.message(message);
		} else {
			launch.ready ||= 'ready' in message;
		}
	});
	// The 'error' of an uncaught exception can come before the answer the worker posted just before it:
	// the failure is told at 'exit', once every message the worker sent has been delivered, so a batch
	// it answered is never taken for the one that took it down.
	let error: Error | undefined;
	launch.worker.on('error', (thrown: Error) => {
		error ??= thrown;
	});
	launch.worker.on('exit', code => {
		end(error ?? stoppedWith(code));
	});
	return launch;
}

/** A launched worker no load took over. */
export function dropLaunch(launch: Launch): void {
	launch.listener = {message() {}, end() {}};
	void launch.worker.terminate();
}

/** Takes over a launched worker: from here on the pool hears from it through `hooks`. */
export function startWorker(launch: Launch, files: readonly string[], hooks: WorkerHooks): PoolWorker {
	const {worker} = launch;
	const pending = new Map<number, Work>();
	let nextId = 0;
	let started = launch.ready;
	let over = false;
	// Nothing is sent before the worker has loaded: until then this thread parses what is left.
	const feed = (): void => {
		while (started && pending.size < inFlight) {
			const work = hooks.next();
			if (!work) {
				return;
			}

			const id = nextId++;
			pending.set(id, work);
			worker.postMessage({id, files: work.indices.map(index => files[index]!)} satisfies Batch);
		}
	};

	const fail = (error: Error): void => {
		if (!over) {
			over = true;
			hooks.failed(error, [...pending.values()], started);
		}
	};

	const hear = (message: Done | Ready): void => {
		if ('ready' in message) {
			started = true;
			feed();
			return;
		}

		const work = pending.get(message.id);
		pending.delete(message.id);
		for (const [k, posted] of message.outcomes.entries()) {
			const index = work?.indices[k];
			if (index !== undefined) {
				hooks.settle(index, posted, message.stamps?.[k] ?? null);
			}
		}

		hooks.answered();
	};

	launch.listener = {message: hear, end: fail};
	const {ended} = launch;
	if (ended) {
		// It died while it loaded: the pool hears of it as of any failure, once it has this handle.
		queueMicrotask(() => {
			fail(ended);
		});
	}

	return {
		feed,
		stop() {
			over = true;
			dropLaunch(launch);
		},
	};
}
