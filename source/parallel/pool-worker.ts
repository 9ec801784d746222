/**
One parse worker as the pool sees it: batches out, outcomes in, at most two
batches in flight so it never waits for the main thread to send the next. A
worker takes about 0.1 s to load, in which this thread parses a hundred files:
it is sent nothing until it says it is ready, so a few files never wait for it.
*/
import {Worker} from 'node:worker_threads';

import {type Batch, type Done, decode, type Ready} from './messages.js';
import type {ReportSummary} from '../parse/types.js';
import type {Outcome} from './outcome.js';
import type {Work} from './work-queue.js';

const inFlight = 2;

export type WorkerHooks = {
	/** The next batch to send, if any is left. */
	readonly next: () => Work | undefined;
	readonly settle: (index: number, outcome: Outcome<ReportSummary>) => void;
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

export function startWorker(url: URL, files: readonly string[], read: {maxBytes: number; summaries: boolean}, hooks: WorkerHooks): PoolWorker {
	const worker = new Worker(url, {workerData: read});
	const pending = new Map<number, Work>();
	let nextId = 0;
	let started = false;
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

	worker.on('message', (message: Done | Ready) => {
		if ('ready' in message) {
			started = true;
			feed();
			return;
		}

		const work = pending.get(message.id);
		pending.delete(message.id);
		for (const [k, json] of message.outcomes.entries()) {
			const index = work?.indices[k];
			if (index !== undefined) {
				hooks.settle(index, decode(json));
			}
		}

		hooks.answered();
	});
	worker.on('error', fail);
	worker.on('exit', code => {
		fail(new Error(`parse worker stopped with code ${code}`));
	});
	return {
		feed,
		stop() {
			over = true;
			worker.removeAllListeners();
			void worker.terminate();
		},
	};
}
