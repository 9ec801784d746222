import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {afterAll, describe, expect, it} from 'vitest';

import type {ExportStore} from '../../source/corpus/export.js';
import {type CorpusOptions, loadCorpus, loadExport} from '../../source/corpus/load.js';
import type {Filters} from '../../source/model/index.js';
import {writeExport} from '../../source/snapshot/export.js';
import {renderExport} from '../../source/snapshot/index.js';
import type {ExportFormat} from '../../source/snapshot/names.js';
import {generateCollection} from '../fixtures/generated.js';
import {makeCollection} from './collection.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const generated = generateCollection();
const collection = makeCollection(4);
afterAll(() => {
	rmSync(generated.root, {recursive: true, force: true});
	rmSync(collection.root, {recursive: true, force: true});
});

const stdinText = Buffer.from('北京市朝阳区人民政府关于2022年法治政府建设情况的报告\n一、2022年法治政府建设主要举措和成效\n全年共新收行政复议案件300件,同比增长5.0%。\n');
const corpora: Record<string, {paths: string[]; cwd: string}> = {
	seeds: {paths: [seeds], cwd: dirname(dirname(seeds))},
	generated: {paths: [generated.root, '-'], cwd: dirname(generated.root)},
	collection: {paths: [collection.root, collection.lone, `${collection.root}/missing.txt`], cwd: collection.root},
};
const filterSets: Filters[] = [{}, {indicator: ['reconsideration']}, {district: ['江北区'], year: [2023]}, {area: ['disputes'], district: ['朝阳区']}];
const executors: CorpusOptions[] = [{threads: 1}, {threads: 3, parseHere: false, parallelFrom: 1}, {threads: 2, parallelFrom: 1}];
const formats: ExportFormat[] = ['csv', 'json', 'jsonl'];

/** What the writer puts out, through a stream that takes a turn of the event loop over every chunk. */
async function written(store: ExportStore, format: ExportFormat, filters: Filters, cwd: string): Promise<string> {
	const sink = new PassThrough({highWaterMark: 1024});
	const chunks: Buffer[] = [];
	const read = (async () => {
		for await (const chunk of sink) {
			chunks.push(chunk as Buffer);
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}
	})();
	await writeExport(store, {format, filters, cwd}, sink);
	sink.end();
	await read;
	return Buffer.concat(chunks).toString('utf8');
}

const stdin = () => Readable.from([stdinText]);

describe('a streamed export is the export made from the whole corpus in memory, byte for byte', () => {
	for (const [name, {paths, cwd}] of Object.entries(corpora)) {
		it(`${name}: csv, json and jsonl, filtered or not, in this thread and on workers`, async () => {
			const whole = await loadCorpus(paths, {stdin: stdin()});
			expect(whole.reports.length).toBeGreaterThan(4);
			for (const options of executors) {
				for (const format of formats) {
					const store = await loadExport(paths, {format, cwd, filters: {}}, {...options, stdin: stdin()});
					try {
						expect(store.errors).toEqual(whole.errors);
						expect(store.notes).toEqual(whole.notes);
						expect(store.reports.map(entry => entry.file)).toEqual(whole.reports.map(report => report.file));
						expect(await written(store, format, {}, cwd)).toBe(renderExport(whole, {format, cwd}));
					} finally {
						store.close();
					}

					for (const filters of filterSets.slice(1)) {
						const narrowed = await loadExport(paths, {format, cwd, filters: {indicator: filters.indicator, area: filters.area}}, {...options, stdin: stdin()});
						try {
							expect(await written(narrowed, format, filters, cwd)).toBe(renderExport(whole, {format, filters, cwd}));
						} finally {
							narrowed.close();
						}
					}
				}
			}
		}, 120_000);
	}

	it('the generated corpus has what makes the comparison worth it: duplicates and values derived for a year whose report lacks them', async () => {
		const whole = await loadCorpus([generated.root]);
		expect(whole.duplicates.length).toBeGreaterThan(3);
		const rows = renderExport(whole, {format: 'csv'}).split('\r\n').map(line => line.split(','));
		// derived = true and headline = true: a value the tables show that no report of its year stated.
		expect(rows.some(row => row[9] === 'true' && row.includes('true', 13))).toBe(true);
	});

	it('a report whose text is larger than the spool\'s megabyte pieces, marks across their edges', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-large-'));
		try {
			const lines = Array.from({length: 4000}, (_, k) => `${k + 1}.全年共新收行政复议案件${k + 10}件,同比增长${(k % 90) + 1}.5%。全区全年信访总量${k + 100}件次。`);
			writeFileSync(join(dir, '2024年北京市朝阳区报告.txt'), ['北京市朝阳区人民政府关于2024年法治政府建设情况的报告', '一、2024年法治政府建设主要举措和成效', ...lines, ''].join('\n'));
			writeFileSync(join(dir, '2023年北京市朝阳区报告.txt'), '北京市朝阳区人民政府关于2023年法治政府建设情况的报告\n一、2023年法治政府建设主要举措和成效\n全区全年信访总量90件次。\n');
			const whole = await loadCorpus([dir]);
			for (const format of formats) {
				const store = await loadExport([dir], {format, cwd: dir, filters: {}});
				try {
					const expected = renderExport(whole, {format, cwd: dir});
					expect(Buffer.byteLength(expected)).toBeGreaterThan(3 << 20);
					expect(await written(store, format, {}, dir)).toBe(expected);
				} finally {
					store.close();
				}
			}
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('jsonl holds the reports of the JSON document, one a line', async () => {
		const {paths, cwd} = corpora['generated']!;
		const whole = await loadCorpus(paths, {stdin: stdin()});
		const document = JSON.parse(renderExport(whole, {format: 'json', cwd})) as {reports: unknown[]};
		const lines = renderExport(whole, {format: 'jsonl', cwd}).split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map(line => JSON.parse(line) as unknown)).toEqual(document.reports);
	});
});
