import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import type {Job} from '../../source/corpus/execute/index.js';
import {pooled} from '../../source/corpus/execute/pool.js';
import {keepOf} from '../../source/corpus/keep.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Outcome} from '../../source/corpus/outcome.js';
import type {Fact, Report} from '../../source/parse/types.js';

// The real parse worker, but a batch naming a file with "crash" in it exits and one naming "throw" throws.
const crashing = new URL('crashing-worker.mjs', import.meta.url);
const exited = 'could not be parsed (parse worker stopped with code 3)';
const thrown = 'could not be parsed (thrown by the worker)';

const spec = {kind: 'whole'} as const;
const job: Job<Report, Report> = {maxBytes: 1000, keep: keepOf(spec), spec, hold: report => report};
const reasonOf = (outcome: Outcome<Report> | undefined) => (outcome && 'skipped' in outcome ? outcome.skipped.reason : 'report');

/** Files that do not exist (the worker answers 'not found'), some named to take the worker down. */
const names = (count: number, crash: readonly number[], toThrow: readonly number[]) =>
	Array.from({length: count}, (_, k) => `/nonexistent/${crash.includes(k) ? 'crash' : toThrow.includes(k) ? 'throw' : 'file'}-${k}.txt`);

async function onWorkers(files: readonly string[], batchSize: number): Promise<Array<Outcome<Report>>> {
	const outcomes: Array<Outcome<Report>> = [];
	// Workers only: a file that takes a worker down must never be tried in this thread.
	await pooled({worker: crashing, threads: 2, batchSize, parseHere: false})(files, job, (index, outcome) => {
		outcomes[index] = outcome;
	});
	return outcomes;
}

describe('files that take a parse worker down', () => {
	it('are skipped each with its own reason, however many, and every other file is answered', async () => {
		// Four in a row, so batch-mates and neighbours both die; more deaths than workers ever ran at once.
		const crash = [5, 6, 7, 8, 30];
		const toThrow = [12, 40, 41];
		const outcomes = await onWorkers(names(60, crash, toThrow), 4);
		expect(outcomes).toHaveLength(60);
		expect(outcomes.map(reasonOf)).toEqual(names(60, crash, toThrow).map((_, k) => (crash.includes(k) ? exited : toThrow.includes(k) ? thrown : 'not found')));
	});

	it('blame the file that threw, not the one answered just before it', async () => {
		// One file per batch, two in flight: a worker's 'error' can come before the answer it posted last.
		const toThrow = Array.from({length: 12}, (_, k) => 3 * k + 2);
		const outcomes = await onWorkers(names(36, [], toThrow), 1);
		expect(outcomes.map(reasonOf)).toEqual(names(36, [], toThrow).map((_, k) => (toThrow.includes(k) ? thrown : 'not found')));
	});
});

describe('a folder with a report on one line and files that take a worker down', () => {
	const root = mkdtempSync(join(tmpdir(), 'rol-dash-worker-down-'));
	afterAll(() => {
		rmSync(root, {recursive: true, force: true});
	});

	const seeds = new URL('../../seeds/', import.meta.url).pathname;
	const seedNames = readdirSync(seeds).sort();
	for (let copy = 0; copy < 8; copy++) {
		mkdirSync(join(root, `copy-${copy}`));
		for (const name of seedNames) {
			copyFileSync(join(seeds, name), join(root, `copy-${copy}`, name));
		}
	}

	// About 2 MB: the seeds one after another, with their line breaks and without.
	const texts = seedNames.map(name => readFileSync(join(seeds, name), 'utf8'));
	const withBreaks = Array.from({length: 230}, (_, k) => texts[k % texts.length]!).join('\n');
	writeFileSync(join(root, 'lines.txt'), withBreaks);
	writeFileSync(join(root, 'one-line.txt'), withBreaks.replaceAll('\n', ''));
	copyFileSync(join(seeds, seedNames[0]!), join(root, 'copy-3', 'crash-report.txt'));
	copyFileSync(join(seeds, seedNames[1]!), join(root, 'copy-6', 'throw-report.txt'));

	it('loads every other file, the one-line report with the facts of its text with line breaks', async () => {
		const corpus = await loadCorpus([root], {worker: crashing, threads: 2, parallelFrom: 1, parseHere: false});
		expect(corpus.errors).toEqual([
			{file: join(root, 'copy-3', 'crash-report.txt'), reason: exited},
			{file: join(root, 'copy-6', 'throw-report.txt'), reason: thrown},
		]);
		expect(corpus.reports).toHaveLength(8 * seedNames.length + 2);
		const said = (fact: Fact) => [fact.indicator, fact.value, fact.unit, fact.approx, fact.match];
		const factsOf = (name: string) => corpus.reports.find(report => report.file === join(root, name))!.facts.map(said);
		expect(factsOf('lines.txt').length).toBeGreaterThan(1000);
		expect(factsOf('one-line.txt')).toEqual(factsOf('lines.txt'));
	});
});
