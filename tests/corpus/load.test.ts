import {readFileSync, rmSync} from 'node:fs';
import {Readable} from 'node:stream';
import {afterAll, describe, expect, it} from 'vitest';

import {loadDocuments} from '../../source/corpus/documents.js';
import {findWorker} from '../../source/corpus/execute/index.js';
import {type CorpusOptions, loadCorpus, loadSummaries} from '../../source/corpus/load.js';
import {notAReport} from '../../source/corpus/settle.js';
import type {Store} from '../../source/corpus/store.js';
import {type LoadError, stdinName} from '../../source/load/index.js';
import {isWhole, summaryOf} from '../../source/model/index.js';
import {parseReport} from '../../source/parse/index.js';
import type {Report, ReportSummary} from '../../source/parse/types.js';
import {sanitize} from '../../source/text/sanitize.js';
import {makeCollection} from './collection.js';

const collection = makeCollection();
afterAll(() => {
	rmSync(collection.root, {recursive: true, force: true});
});

const stdinText = readFileSync(new URL('../../seeds/003_6fb21ec396b5b360.txt', import.meta.url), 'utf8');
const paths = [collection.root, '-', collection.lone, `${collection.root}/missing.txt`, '-'];
const stdin = () => Readable.from([Buffer.from(stdinText)]);

/** What loading meant before workers: every document read first, then parsed one by one. */
async function sequential(): Promise<Pick<Store<Report>, 'reports' | 'errors'>> {
	const {documents, errors} = await loadDocuments(paths, {stdin: stdin()});
	const reports: Report[] = [];
	const unparsed: LoadError[] = [];
	for (const document of documents) {
		const report = parseReport(document.text, {file: sanitize(document.file), hints: document.hints});
		if (notAReport(report, document.text)) {
			unparsed.push({file: sanitize(document.file), reason: 'not a rule-of-law report (no district, year or indicator found)'});
		} else {
			reports.push(report);
		}
	}

	return {reports, errors: [...errors.map(error => ({...error, file: sanitize(error.file)})), ...unparsed]};
}

const load = async (options: CorpusOptions) => loadCorpus(paths, {stdin: stdin(), ...options});
const shape = (corpus: Store<ReportSummary>) => ({
	files: corpus.reports.map(report => report.file),
	errors: corpus.errors,
	notes: corpus.notes,
	duplicates: corpus.duplicates.map(({shown, hidden}) => [shown.file, hidden.map(report => report.file)]),
});

describe('loadCorpus, in this thread or on workers', () => {
	it('finds the worker npm test built', () => {
		// npm test builds before vitest; the sources find dist/parse-worker.js.
		expect(findWorker()?.pathname).toMatch(/dist\/parse-worker\.js$/);
	});

	it('loads what the sequential loader loaded, in the same order, errors kept', async () => {
		const expected = await sequential();
		const here = await load({threads: 1});
		expect(here.reports.length).toBeGreaterThan(80);
		expect(here.reports).toEqual(expected.reports);
		expect(here.errors).toEqual(expected.errors);
		expect(here.errors.map(error => error.reason)).toEqual(expect.arrayContaining([
			'empty file', 'binary file (NUL bytes)', 'broken symbolic link', 'not found', 'stdin given more than once',
			'not a rule-of-law report (no district, year or indicator found)',
		]));
		expect(here.errors.some(error => error.file.includes('\u001b'))).toBe(false);
	});

	it('gives the same corpus on workers as in this thread', async () => {
		const here = await load({threads: 1});
		// Workers alone, then workers and this thread together.
		for (const options of [{threads: 2, parseHere: false}, {threads: 3, parseHere: false}, {threads: 2}]) {
			const pooled = await load({...options, parallelFrom: 1});
			expect(pooled.reports).toEqual(here.reports);
			expect(shape(pooled)).toEqual(shape(here));
		}
	});

	it('gives each report\'s summary, on workers as in this thread; stdin, which cannot be read again, stays whole', async () => {
		const whole = await load({threads: 1});
		const expected = whole.reports.map(report => (report.file === stdinName ? report : summaryOf(report)));
		expect(expected.filter(report => isWhole(report))).toHaveLength(1);
		for (const options of [{threads: 1}, {threads: 3, parseHere: false, parallelFrom: 1}, {threads: 2, parallelFrom: 1}]) {
			const summaries = await loadSummaries(paths, {stdin: stdin(), ...options});
			expect(summaries.reports).toEqual(expected);
			expect(shape(summaries)).toEqual(shape(whole));
		}
	});

	it('counts the files settled, one by one up to all of them, here and on workers', async () => {
		for (const options of [{threads: 1}, {threads: 3, parseHere: false, parallelFrom: 1}]) {
			const counts: number[] = [];
			const totals = new Set<number>();
			await load({...options, onProgress(settled, total) {
				counts.push(settled);
				totals.add(total);
			}});
			const [total] = totals;
			expect(totals.size).toBe(1);
			expect(total).toBeGreaterThan(80);
			expect(counts).toEqual(Array.from({length: total!}, (_, index) => index + 1));
		}
	});

	it('parses in this thread when the worker cannot start', async () => {
		const here = await load({threads: 1});
		const missing = await load({threads: 2, parallelFrom: 1, worker: new URL('file:///nonexistent/parse-worker.js')});
		expect(shape(missing)).toEqual(shape(here));
		expect(missing.reports).toEqual(here.reports);
	});

	it('stays in this thread for few files', async () => {
		// The five seeds: starting workers would cost more than it saves; a worker that
		// cannot start would show up as a failed load if one were tried.
		const seeds = new URL('../../seeds/', import.meta.url).pathname;
		const few = await loadCorpus([seeds], {worker: new URL('file:///nonexistent/parse-worker.js')});
		expect(few.reports).toHaveLength(5);
	});
});
