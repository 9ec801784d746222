import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {defaultName, snapshotWriter} from '../../source/save/snapshot-file.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'rol-dash-write-'));
	dirs.push(dir);
	return dir;
}

const day = new Date(2026, 11, 5, 9, 30);

test('the default name says the view and the day; a file already there is never written over', () => {
	expect(defaultName('compare', 'md', day)).toBe('rol-dash-compare-2026-12-05.md');
	const cwd = folder();
	const write = snapshotWriter({cwd, now: () => day});
	const file = {view: 'district', format: 'text', name: null} as const;
	expect(write({...file, text: 'first\n'}, 'zh')).toBe('已写入 rol-dash-district-2026-12-05.txt');
	expect(write({...file, text: 'second\n'}, 'en')).toBe('written to rol-dash-district-2026-12-05-1.txt');
	expect(write({...file, text: 'third\n'}, 'en')).toBe('written to rol-dash-district-2026-12-05-2.txt');
	expect(readFileSync(join(cwd, 'rol-dash-district-2026-12-05.txt'), 'utf8')).toBe('first\n');
	expect(readFileSync(join(cwd, 'rol-dash-district-2026-12-05-2.txt'), 'utf8')).toBe('third\n');
	// Written whole through a temporary file, none left behind.
	expect(readdirSync(cwd).filter(name => name.endsWith('.tmp'))).toEqual([]);
});

test('a name typed is used as typed, kept from what is there, and a folder that is not there is said', () => {
	const cwd = folder();
	writeFileSync(join(cwd, 'table.md'), 'mine\n');
	const write = snapshotWriter({cwd, now: () => day});
	expect(write({view: 'compare', format: 'md', name: 'table.md', text: '| a |\n'}, 'zh')).toBe('已写入 table-1.md');
	expect(readFileSync(join(cwd, 'table.md'), 'utf8')).toBe('mine\n');
	expect(write({view: 'compare', format: 'csv', name: 'no/such/dir.csv', text: 'x'}, 'en')).toBe('not written: no/such/dir.csv: not found');
});
