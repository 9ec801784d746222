/**
Report files → outcomes, parsed on worker threads and on this one, in the order
of the files. This thread parses too: it has to decode what workers send, but
between messages a core would sit idle, and what it parses itself costs nothing
to send (threads − 1 workers). Each worker has two batches in flight so it never
waits for this thread. A worker that dies costs no file but the one it was
parsing: that batch is retried one file per batch, on workers only, and a file
that takes down a worker on its own is skipped. A worker that cannot start
leaves its share to this thread.
*/
import {setImmediate as nextTurn} from 'node:timers/promises';
import {Worker} from 'node:worker_threads';

import {type Batch, type Done, decode, type Ready} from './messages.js';
import type {Outcome} from './outcome.js';
import {settleFile} from './read.js';
import {type Work, WorkQueue} from './work-queue.js';

export type PoolOptions = {
	/** Threads that parse, this one included: threads − 1 workers are started. */
	readonly threads: number;
	readonly maxBytes: number;
	/** The bundled worker (findWorker()). */
	readonly worker: URL;
	/** Files per batch; by default about 16 batches per thread, at most 32 files. */
	readonly batchSize?: number;
	/**
	Called on each outcome as it arrives, while its copies are still young and cheap
	to collect; `decoded` tells one that came from a worker from one parsed here.
	*/
	readonly receive?: (outcome: Outcome, decoded: boolean) => Outcome;
};

const inFlight = 2;

export async function parseInWorkers(files: readonly string[], options: PoolOptions): Promise<Outcome[]> {
	const results: Array<Outcome | undefined> = Array.from({length: files.length});
	const size = options.batchSize ?? Math.max(1, Math.min(32, Math.ceil(files.length / (options.threads * 16))));
	const queue = new WorkQueue(files.length, size);
	const feeders = new Map<Worker, () => void>();
	let remaining = files.length;
	let nextId = 0;
	let respawns = options.threads;
	let closed = false;
	let parsingHere = false;
	// A worker that fails before it runs cannot start at all: stop spawning.
	let broken = false;
	let resolve: (outcomes: Outcome[]) => void = () => undefined;
	const finished = new Promise<Outcome[]>(done => {
		resolve = done;
	});

	const finish = (): void => {
		closed = true;
		for (const worker of feeders.keys()) {
			worker.removeAllListeners();
			void worker.terminate();
		}

		resolve(results as Outcome[]);
	};

	const settle = (index: number, outcome: Outcome, decoded: boolean): void => {
		if (results[index] === undefined) {
			results[index] = options.receive ? options.receive(outcome, decoded) : outcome;
			remaining--;
		}
	};

	// Between batches this thread turns to the event loop, so workers' messages are taken in.
	const parseHere = async (): Promise<void> => {
		parsingHere = true;
		for (let work = queue.nextHere(); work && !closed; work = queue.nextHere()) {
			for (const index of work.indices) {
				settle(index, settleFile(files[index]!, options.maxBytes), false);
			}

			await nextTurn();
		}

		parsingHere = false;
		if (remaining === 0 && !closed) {
			finish();
		}
	};

	const feedAll = (): void => {
		for (const feed of feeders.values()) {
			feed();
		}

		if (!parsingHere) {
			void parseHere();
		}
	};

	const spawn = (): void => {
		const worker = new Worker(options.worker, {workerData: {maxBytes: options.maxBytes}});
		const pending = new Map<number, Work>();
		let online = false;
		const feed = (): void => {
			while (pending.size < inFlight && queue.length > 0) {
				const work = queue.next()!;
				const id = nextId++;
				pending.set(id, work);
				worker.postMessage({id, files: work.indices.map(index => files[index]!)} satisfies Batch);
			}
		};

		const fail = (error: Error): void => {
			if (closed || !feeders.delete(worker)) {
				return;
			}

			broken ||= !online;
			const skip = (index: number): void => {
				settle(index, {skipped: {file: files[index]!, reason: `could not be parsed (${error.message})`}, stage: 'parse'}, false);
			};

			const culprit = queue.giveBack([...pending.values()], online);
			if (culprit !== undefined) {
				skip(culprit);
			}

			if (!broken && respawns-- > 0) {
				spawn();
			} else if (feeders.size === 0) {
				for (const index of queue.dropRetries()) {
					skip(index);
				}
			}

			if (remaining === 0) {
				finish();
				return;
			}

			feedAll();
		};

		worker.on('message', (done: Done | Ready) => {
			if ('ready' in done) {
				online = true;
				return;
			}

			const work = pending.get(done.id);
			pending.delete(done.id);
			for (const [k, outcome] of decode(done.outcomes).entries()) {
				const index = work?.indices[k];
				if (index !== undefined) {
					settle(index, outcome, true);
				}
			}

			if (remaining === 0) {
				finish();
			} else {
				feed();
			}
		});
		worker.on('error', fail);
		worker.on('exit', code => {
			fail(new Error(`parse worker stopped with code ${code}`));
		});
		feeders.set(worker, feed);
		feed();
	};

	if (files.length === 0) {
		finish();
		return finished;
	}

	for (let k = 1; k < Math.min(options.threads, queue.length); k++) {
		spawn();
	}

	void parseHere();
	return finished;
}
