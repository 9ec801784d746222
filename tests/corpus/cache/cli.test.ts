import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {cacheFolder} from '../../../source/corpus/cache/folder.js';

const root = new URL('../../../', import.meta.url).pathname;
const bin = join(root, 'dist', 'cli.js');
const home = mkdtempSync(join(tmpdir(), 'rol-dash-cli-cache-'));
afterAll(() => {
	rmSync(home, {recursive: true, force: true});
});

let runs = 0;
function run(args: string[]) {
	const xdg = join(home, `run-${runs++}`);
	const result = (more: string[]) => spawnSync(process.execPath, [bin, ...more], {cwd: root, encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: xdg, NO_COLOR: '1'}});
	return {xdg, folder: join(xdg, 'rol-dash'), result, first: result(args)};
}

describe('the cache from the command line', () => {
	it('--no-cache reads and writes nothing; without it the second run prints the same bytes', () => {
		for (const format of ['csv', 'json', 'text']) {
			const off = run(['--no-cache', '--format', format, 'seeds']);
			expect(off.first.status).toBe(0);
			expect(existsSync(off.xdg)).toBe(false);
			const on = run(['--format', format, 'seeds']);
			expect(readdirSync(on.folder).filter(name => name.endsWith('.shelf'))).toHaveLength(1);
			expect(on.first.stdout).toBe(off.first.stdout);
			expect(on.result(['--format', format, 'seeds']).stdout).toBe(off.first.stdout);
		}
	});

	it('--clear-cache deletes the folder and says where; with paths it then loads them', () => {
		const {folder, result} = run(['--format', 'csv', 'seeds']);
		expect(existsSync(folder)).toBe(true);
		const cleared = result(['--clear-cache']);
		expect(cleared.status).toBe(0);
		expect(cleared.stderr).toContain(folder);
		expect(existsSync(folder)).toBe(false);
		const again = result(['--clear-cache', '--format', 'csv', 'seeds']);
		expect(again.status).toBe(0);
		expect(again.stdout.length).toBeGreaterThan(0);
	});
});

describe('where the cache lives', () => {
	it('$XDG_CACHE_HOME on any system, else the platform\'s cache folder', () => {
		expect(cacheFolder({env: {XDG_CACHE_HOME: '/x/cache'}, platform: 'darwin', home: '/Users/a'})).toBe('/x/cache/rol-dash');
		expect(cacheFolder({env: {XDG_CACHE_HOME: 'relative'}, platform: 'linux', home: '/home/a'})).toBe('/home/a/.cache/rol-dash');
		expect(cacheFolder({env: {}, platform: 'linux', home: '/home/a'})).toBe('/home/a/.cache/rol-dash');
		expect(cacheFolder({env: {}, platform: 'darwin', home: '/Users/a'})).toBe('/Users/a/Library/Caches/rol-dash');
		expect(cacheFolder({env: {LOCALAPPDATA: 'C:/Users/a/AppData/Local'}, platform: 'win32', home: 'C:/Users/a'})).toBe(join('C:/Users/a/AppData/Local', 'rol-dash', 'Cache'));
	});
});
