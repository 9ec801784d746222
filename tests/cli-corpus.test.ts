import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

// What the command line says about a folder at scale, run through the built binary.
const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const seed = new URL('../seeds/000_9fca992f16ce8107.txt', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'rol-dash-cli-corpus-'));
afterAll(() => {
	rmSync(root, {recursive: true, force: true});
});

function run(args: string[]) {
	const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 20_000});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function folder(name: string): string {
	const dir = join(root, name);
	mkdirSync(dir);
	return dir;
}

describe('a folder of reports', () => {
	it('names a FIFO inside it as a file it could not read, in errors too, and --strict fails', () => {
		const dir = folder('fifo');
		copyFileSync(seed, join(dir, 'report.txt'));
		execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
		const {status, stdout, stderr} = run(['--json', dir]);
		expect(status).toBe(0);
		expect(stderr.split('\n')).toContain(`rol-dash: ${join(dir, 'pipe.txt')}: not a regular file`);
		expect((JSON.parse(stdout) as {errors: unknown[]}).errors).toEqual([{file: join(dir, 'pipe.txt'), reason: 'not a regular file'}]);
		expect(run(['--strict', '--format', 'csv', dir]).status).toBe(1);
	});

	it('writes a file name holding a newline as \\n in its message: no name starts a line of its own', () => {
		const dir = folder('names');
		copyFileSync(seed, join(dir, 'report.txt'));
		writeFileSync(join(dir, 'a\nrol-dash: all reports loaded\tfine.txt'), '');
		const {stderr} = run(['--format', 'csv', dir]);
		const lines = stderr.split('\n').filter(Boolean);
		expect(lines).toEqual([`rol-dash: ${join(dir, 'a')}\\nrol-dash: all reports loaded\\tfine.txt: empty file`]);
	});

	it('tells files for a district and year already covered one by one while few, then the first few and how many more; --json keeps every note', () => {
		const dir = folder('copies');
		for (let copy = 0; copy < 9; copy++) {
			copyFileSync(seed, join(dir, `朝阳区-${copy}.txt`));
		}

		const {stderr, stdout} = run(['--json', dir]);
		const notes = stderr.split('\n').filter(line => line.startsWith('rol-dash: note:'));
		expect(notes).toHaveLength(4);
		expect(notes.slice(0, 3).every(line => line.includes('same district and year as'))).toBe(true);
		expect(notes[3]).toBe('rol-dash: note: and 5 more files for a district and year another file covers, not shown (--json lists each under notes)');
		expect((JSON.parse(stdout) as {notes: unknown[]}).notes).toHaveLength(8);
	});

	it('prints the JSON contract\'s reports one per line with --format jsonl', () => {
		const {stdout, status} = run(['--format', 'jsonl', seed]);
		expect(status).toBe(0);
		const lines = stdout.split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map(line => JSON.parse(line) as unknown)).toEqual((JSON.parse(run(['--json', seed]).stdout) as {reports: unknown[]}).reports);
	});
});
