import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {bundledStore, cacheOf} from '../../source/corpus/bundled.js';
import {loadCorpus} from '../../source/corpus/load.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
const run = (...args: string[]) => execFileSync(process.execPath, [cli, ...args], {encoding: 'utf8'});

describe('the bundled reports, parsed at build time', () => {
	test('rol-dash with no paths prints exactly what parsing the bundled folder prints', () => {
		expect(run('--json')).toBe(run('--json', join(process.cwd(), 'seeds')));
		expect(run('--format', 'csv')).toBe(run('--format', 'csv', join(process.cwd(), 'seeds')));
	});

	test('the build leaves a cache the bundled folder matches, holding what parsing it gives', async () => {
		const seeds = join(process.cwd(), 'seeds');
		expect(bundledStore(seeds, join(process.cwd(), 'dist', 'bundled.json'))).toEqual(await loadCorpus([seeds]));
	});

	describe('the cache is used only for the files it was built from', () => {
		let folder: string;
		let cacheFile: string;
		beforeEach(async () => {
			const root = mkdtempSync(join(tmpdir(), 'rol-dash-bundled-'));
			folder = join(root, 'seeds');
			cacheFile = join(root, 'bundled.json');
			cpSync('seeds', folder, {recursive: true});
			writeFileSync(cacheFile, JSON.stringify(cacheOf(folder, await loadCorpus([folder]))));
		});
		afterEach(() => {
			rmSync(join(folder, '..'), {recursive: true, force: true});
		});

		test('unchanged files: the reports, named by where they are now', async () => {
			const cached = bundledStore(folder, cacheFile);
			const parsed = await loadCorpus([folder]);
			expect(cached).toEqual(parsed);
		});

		test('a file edited, added or removed, or a bad cache: nothing from the cache', () => {
			const [first] = JSON.parse(readFileSync(cacheFile, 'utf8')).files as Array<{name: string}>;
			const path = join(folder, first!.name);
			const original = readFileSync(path);
			writeFileSync(path, Buffer.concat([original, Buffer.from('\n行政复议案件12件。')]));
			expect(bundledStore(folder, cacheFile)).toBeNull();
			writeFileSync(path, original);
			expect(bundledStore(folder, cacheFile)).not.toBeNull();
			writeFileSync(join(folder, 'extra.txt'), '朝阳区2024年法治政府建设年度报告');
			expect(bundledStore(folder, cacheFile)).toBeNull();
			rmSync(join(folder, 'extra.txt'));
			rmSync(path);
			expect(bundledStore(folder, cacheFile)).toBeNull();
			writeFileSync(path, original);
			writeFileSync(cacheFile, '{"format": 1, "files": [');
			expect(bundledStore(folder, cacheFile)).toBeNull();
			expect(bundledStore(folder, join(folder, 'missing.json'))).toBeNull();
		});
	});

	test('a folder that does not load cleanly cannot be bundled', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'rol-dash-unbundlable-'));
		try {
			writeFileSync(join(folder, 'notes.txt'), 'shopping list: milk, eggs');
			await expect(loadCorpus([folder]).then(corpus => cacheOf(folder, corpus))).rejects.toThrow(/notes\.txt: not a rule-of-law report/);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});
});
