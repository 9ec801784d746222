import type {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';

import {parsingPlan, twoCoresFrom, type Job} from '../../source/corpus/execute/index.js';
import type {WorkerData} from '../../source/corpus/execute/messages.js';
import {pooled, type PoolOptions} from '../../source/corpus/execute/pool.js';
import {launchWorker} from '../../source/corpus/execute/pool-worker.js';
import {keepOf} from '../../source/corpus/keep.js';
import type {Outcome} from '../../source/corpus/outcome.js';
import type {Report} from '../../source/parse/types.js';

const fake = new URL('fake-worker.mjs', import.meta.url);
// events.once would reject on the 'error' a worker that cannot start emits first.
const exited = async (worker: Worker) => new Promise(done => worker.on('exit', done));
const reasonOf = (outcome: Outcome<Report> | undefined) => (outcome && 'skipped' in outcome ? outcome.skipped.reason : 'report');
// Files that do not exist: parsed here they are 'not found', on the fake worker 'fake'.
const names = (count: number, crash: number[] = []) =>
	Array.from({length: count}, (_, k) => `/nonexistent/${crash.includes(k) ? 'crash' : 'file'}-${k}.txt`);

const spec = {kind: 'whole'} as const;
const job: Job<Report, Report> = {maxBytes: 1000, keep: keepOf(spec), spec, hold: report => report};

/** The pool run as an executor, every outcome kept at its file's index; `delivered` sees each as it comes. */
async function parseInWorkers(files: readonly string[], options: Omit<PoolOptions, 'worker'> & {worker?: URL}, delivered?: (outcome: Outcome<Report>) => void): Promise<Array<Outcome<Report>>> {
	const outcomes: Array<Outcome<Report>> = [];
	await pooled({worker: fake, ...options})(files, job, (index, outcome) => {
		expect(outcomes[index]).toBeUndefined();
		outcomes[index] = outcome;
		delivered?.(outcome);
	});
	return outcomes;
}

describe('the worker pool', () => {
	it('answers every file once, from workers and from this thread', async () => {
		const files = names(400);
		const outcomes = await parseInWorkers(files, {threads: 3, batchSize: 4}, outcome => {
			// This thread pretends to parse slowly, so the workers are ready before it is done.
			for (const start = performance.now(); reasonOf(outcome) === 'not found' && performance.now() - start < 10;);
		});
		expect(outcomes.map(outcome => ('skipped' in outcome ? outcome.skipped.file : ''))).toEqual(files);
		expect(new Set(outcomes.map(reasonOf))).toEqual(new Set(['fake', 'not found']));
	});

	it('skips only the file that takes a worker down, and goes on', async () => {
		// Workers only: the worker's first batch is files 0–3, its second 4–7; it answers one, then dies on 5.
		const files = names(40, [5]);
		const outcomes = await parseInWorkers(files, {threads: 2, batchSize: 4, parseHere: false});
		expect(reasonOf(outcomes[5])).toBe('could not be parsed (parse worker stopped with code 3)');
		expect(outcomes.filter(outcome => reasonOf(outcome).startsWith('could not'))).toHaveLength(1);
		// Its batch-mates were retried on a new worker, never in this thread.
		expect([4, 6, 7].map(k => reasonOf(outcomes[k]))).toEqual(['fake', 'fake', 'fake']);
		expect(outcomes).toHaveLength(40);
	});

	it('parses everything here when no worker can start', async () => {
		const files = names(20);
		for (const parseHere of [true, false]) {
			const outcomes = await parseInWorkers(files, {threads: 3, worker: new URL('file:///nonexistent/worker.js'), batchSize: 2, parseHere});
			expect(outcomes.map(reasonOf)).toEqual(files.map(() => 'not found'));
		}
	});

	it('takes over workers launched ahead, and stops those it does not need', async () => {
		// Launched as the walk goes; the pool needs one worker (threads 2) and this thread stays free.
		const label = (name: string) => ({maxBytes: 1000, keep: spec, label: name}) as WorkerData;
		const launched = [launchWorker(fake, label('launched ahead')), launchWorker(fake, label('spare')), launchWorker(fake, label('spare'))];
		const spareExits = launched.slice(1).map(async launch => exited(launch.worker));
		const files = names(30);
		const outcomes = await parseInWorkers(files, {threads: 2, batchSize: 4, parseHere: false, launched});
		expect(outcomes.map(reasonOf)).toEqual(files.map(() => 'launched ahead'));
		await Promise.all(spareExits);
	});

	it('leaves to this thread the share of a worker that died while launched ahead', async () => {
		const launch = launchWorker(new URL('file:///nonexistent/worker.js'), {maxBytes: 1000, keep: spec});
		await exited(launch.worker);
		const files = names(12);
		const outcomes = await parseInWorkers(files, {threads: 2, batchSize: 4, parseHere: false, launched: [launch]});
		expect(outcomes.map(reasonOf)).toEqual(files.map(() => 'not found'));
	});

	it('handles no files', async () => {
		expect(await parseInWorkers([], {threads: 2})).toEqual([]);
	});
});

describe('parsingPlan', () => {
	const threads = (files: number, options = {}, cores?: number) => parsingPlan(files, options, cores).threads;

	it('starts workers only for many files on more than one core', () => {
		expect(threads(5, {threads: 8})).toBe(1);
		expect(threads(63, {threads: 8})).toBe(1);
		expect(threads(64, {threads: 8})).toBe(8);
		expect(threads(30_000, {threads: 1})).toBe(1);
		expect(threads(10, {threads: 2, parallelFrom: 1})).toBe(2);
	});

	it('on two cores, a large load goes to two workers and this thread only receives', () => {
		expect(parsingPlan(twoCoresFrom - 1, {}, 2)).toEqual({threads: 1});
		expect(parsingPlan(twoCoresFrom, {}, 2)).toEqual({threads: 3, parseHere: false});
		expect(parsingPlan(twoCoresFrom, {parseHere: true}, 2)).toEqual({threads: 3, parseHere: true});
		expect(threads(30_000, {}, 1)).toBe(1);
		expect(threads(64, {}, 4)).toBe(4);
		expect(threads(63, {}, 4)).toBe(1);
	});

	it('on two cores, a large export goes to one worker and this thread parses too', () => {
		expect(parsingPlan(twoCoresFrom - 1, {sentAsBytes: true}, 2)).toEqual({threads: 1});
		expect(parsingPlan(twoCoresFrom, {sentAsBytes: true}, 2)).toEqual({threads: 2, parseHere: true});
		expect(parsingPlan(twoCoresFrom, {sentAsBytes: true}, 4)).toEqual({threads: 4, parseHere: undefined});
	});
});
