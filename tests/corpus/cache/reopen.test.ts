/**
Instant reopen (source/corpus/cache/): a load answered from its shelf gives what a load that parses every
file gives, byte for byte, and a shelf that is damaged, cut short or written by another version is ignored:
the files are parsed again and the result is the same.
*/
import {appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';

import type {ExportStore} from '../../../source/corpus/export.js';
import {type CorpusOptions, loadExport, loadSummaries} from '../../../source/corpus/load.js';
import {writeExport} from '../../../source/snapshot/export.js';
import type {ExportFormat} from '../../../source/snapshot/names.js';
import {generateCollection} from '../../fixtures/generated.js';

// Every file the loader reads and parses goes through settleStamped when a cache is on: counted, to tell a
// load answered from its shelf from one that parsed again.
const parsed = vi.hoisted(() => ({count: 0}));
vi.mock('../../../source/corpus/settle.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../../source/corpus/settle.js')>();
	return {
		...actual,
		settleStamped(file: string, maxBytes: number) {
			parsed.count++;
			return actual.settleStamped(file, maxBytes);
		},
	};
});

const seeds = new URL('../../../seeds/', import.meta.url).pathname;
const generated = generateCollection();
const scratch = mkdtempSync(join(tmpdir(), 'rol-dash-reopen-'));
afterAll(() => {
	rmSync(generated.root, {recursive: true, force: true});
	rmSync(scratch, {recursive: true, force: true});
});

let folder = '';
let folders = 0;
beforeEach(() => {
	folder = join(scratch, `cache-${folders++}`);
	parsed.count = 0;
});

// In this thread, so the count above sees every file (a worker parses beyond the mock's reach).
const here: CorpusOptions = {threads: 1};
const cached = (extra: Partial<NonNullable<CorpusOptions['cache']>> = {}): CorpusOptions => ({...here, cache: {folder, ...extra}});

async function written(store: ExportStore, format: ExportFormat, cwd: string): Promise<string> {
	const sink = new PassThrough();
	const chunks: Buffer[] = [];
	sink.on('data', (chunk: Buffer) => chunks.push(chunk));
	try {
		await writeExport(store, {format, cwd}, sink);
	} finally {
		store.close();
	}

	sink.end();
	return Buffer.concat(chunks).toString('utf8');
}

const exported = async (paths: string[], format: ExportFormat, options: CorpusOptions): Promise<string> => {
	const cwd = dirname(paths[0]!);
	return written(await loadExport(paths, {format, cwd}, options), format, cwd);
};

const summarized = async (paths: string[], options: CorpusOptions): Promise<string> => {
	const {reports, errors, notes, duplicates} = await loadSummaries(paths, options);
	return JSON.stringify({reports, errors, notes, duplicates: duplicates.map(({shown, hidden}) => [shown.file, ...hidden.map(report => report.file)])});
};

const shelves = (): string[] => readdirSync(folder).filter(name => name.endsWith('.shelf')).map(name => join(folder, name));

describe('a load answered from its shelf', () => {
	for (const [name, paths] of Object.entries({seeds: [seeds], generated: [generated.root]})) {
		it(`${name}: csv, json, jsonl and the dashboard's summaries, byte for byte with and without the cache`, async () => {
			for (const format of ['csv', 'json', 'jsonl'] as const) {
				const plain = await exported(paths, format, here);
				parsed.count = 0;
				expect(await exported(paths, format, cached())).toBe(plain);
				const files = parsed.count;
				expect(files).toBeGreaterThan(4);
				parsed.count = 0;
				expect(await exported(paths, format, cached())).toBe(plain);
				expect(parsed.count, `${format}: parsed again`).toBe(0);
			}

			const plain = await summarized(paths, here);
			expect(await summarized(paths, cached())).toBe(plain);
			parsed.count = 0;
			expect(await summarized(paths, cached())).toBe(plain);
			expect(parsed.count).toBe(0);
		}, 120_000);
	}

	it('on workers too: what they sent is shelved, and read back the same', async () => {
		const workers: CorpusOptions = {threads: 3, parseHere: false, parallelFrom: 1};
		const plain = await exported([generated.root], 'csv', here);
		expect(await exported([generated.root], 'csv', {...workers, cache: {folder}})).toBe(plain);
		expect(await exported([generated.root], 'csv', cached())).toBe(plain);
		expect(parsed.count).toBe(0);
		const summaries = await summarized([generated.root], here);
		expect(await summarized([generated.root], {...workers, cache: {folder}})).toBe(summaries);
		expect(await summarized([generated.root], cached())).toBe(summaries);
	}, 60_000);

	it('two loads writing the same shelf at once: both right, and the shelf left whole', async () => {
		const workers: CorpusOptions = {threads: 3, parseHere: false, parallelFrom: 1, cache: {folder}};
		const plain = await exported([generated.root], 'csv', here);
		const both = await Promise.all([exported([generated.root], 'csv', workers), exported([generated.root], 'csv', workers)]);
		expect(both).toEqual([plain, plain]);
		expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
		parsed.count = 0;
		expect(await exported([generated.root], 'csv', cached())).toBe(plain);
		expect(parsed.count).toBe(0);
	}, 60_000);

	it('parses again only a file that changed; a file touched but not changed is settled by its hash', async () => {
		const dir = mkdtempSync(join(scratch, 'files-'));
		const names = readdirSync(seeds).sort();
		for (const name of names) {
			writeFileSync(join(dir, name), readFileSync(join(seeds, name)));
			// Old enough not to be racy (stamp.ts): trusted on its times alone.
			utimesSync(join(dir, name), new Date('2025-01-01'), new Date('2025-01-01'));
		}

		const first = await summarized([dir], cached());
		expect(parsed.count).toBe(names.length);
		parsed.count = 0;
		utimesSync(join(dir, names[0]!), new Date('2025-06-01'), new Date('2025-06-01'));
		expect(await summarized([dir], cached())).toBe(first);
		expect(parsed.count).toBe(0);
		appendFileSync(join(dir, names[1]!), '\n全年共新收行政复议案件999件。\n');
		const changed = await summarized([dir], cached());
		expect(parsed.count).toBe(1);
		expect(changed).toBe(await summarized([dir], here));
	});
});

describe('a shelf that cannot be trusted is ignored, and the files parsed again', () => {
	const paths = [generated.root];
	const damages: Record<string, (shelf: string) => void> = {
		'corrupted (bytes of a record overwritten)': shelf => {
			const bytes = readFileSync(shelf);
			bytes.fill(0x41, 100, 160);
			bytes.fill(0x42, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 40);
			writeFileSync(shelf, bytes);
		},
		'truncated': shelf => {
			truncateSync(shelf, Math.floor(statSync(shelf).size * 0.7));
		},
		'cut to nothing': shelf => {
			truncateSync(shelf, 0);
		},
		'written by a newer layout': shelf => {
			const bytes = readFileSync(shelf);
			bytes.writeUInt32LE(99, 'rol-dash shelf\n'.length);
			writeFileSync(shelf, bytes);
		},
		'garbage': shelf => {
			writeFileSync(shelf, 'not a shelf at all');
		},
	};

	for (const [what, damage] of Object.entries(damages)) {
		it(what, async () => {
			for (const format of ['csv', 'json'] as const) {
				const plain = await exported(paths, format, here);
				await exported(paths, format, cached());
				// The folder is emptied after each format: this load's shelf is the only one.
				const [shelf] = shelves();
				damage(shelf!);
				parsed.count = 0;
				expect(await exported(paths, format, cached())).toBe(plain);
				expect(parsed.count).toBeGreaterThan(0);
				// Healed: the next load answers from a whole shelf again (or the one after, once a damaged one is gone).
				await exported(paths, format, cached());
				parsed.count = 0;
				expect(await exported(paths, format, cached())).toBe(plain);
				expect(parsed.count).toBe(0);
				rmSync(folder, {recursive: true, force: true});
			}
		}, 60_000);
	}

	it('written by a newer parser: every file parsed again, the same result', async () => {
		const plain = await summarized(paths, here);
		await summarized(paths, cached({parser: 'a newer one'}));
		parsed.count = 0;
		expect(await summarized(paths, cached())).toBe(plain);
		expect(parsed.count).toBe(generated.files);
	});

	it('a folder that cannot be written: the load goes on uncached', async () => {
		writeFileSync(join(scratch, 'a-file'), '');
		const plain = await summarized(paths, here);
		expect(await summarized(paths, {...here, cache: {folder: join(scratch, 'a-file', 'below')}})).toBe(plain);
	});
});
