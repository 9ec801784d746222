import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';

// The built binary, exactly as a user runs it (npm test builds it first).
const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const seeds = new URL('../seeds/', import.meta.url).pathname;
const fixtures = new URL('fixtures/load/', import.meta.url).pathname;
const seed = (name: string) => join(seeds, name);

function run(args: string[], input?: string | Buffer) {
	const result = spawnSync(process.execPath, [bin, ...args], {input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const scratch = () => mkdtempSync(join(tmpdir(), 'rol-dash-cli-'));

describe('rol-dash --json', () => {
	it('prints the contract for the bundled seeds', () => {
		const {status, stdout} = run(['--json']);
		expect(status).toBe(0);
		const parsed = JSON.parse(stdout) as {reports: Array<Record<string, unknown>>; errors: unknown[]};
		expect(parsed.errors).toEqual([]);
		expect(parsed.reports).toHaveLength(5);
		for (const report of parsed.reports) {
			expect(Object.keys(report)).toEqual(expect.arrayContaining(['file', 'district', 'year', 'published', 'facts', 'figures']));
			expect(Object.keys(report['district'] as object)).toEqual(expect.arrayContaining(['name', 'fullName', 'province', 'city', 'code']));
			for (const fact of report['facts'] as Array<Record<string, unknown>>) {
				expect(Object.keys(fact)).toEqual(expect.arrayContaining(['indicator', 'value', 'unit', 'approx', 'yoy', 'derived', 'text', 'line', 'section']));
			}
		}

		const chaoyang = parsed.reports.find(report => (report['district'] as {code: string}).code === '110105')!;
		expect((chaoyang['facts'] as Array<{indicator: string; value: number}>).find(fact => fact.indicator === 'reconsideration.received')).toMatchObject({value: 7152, line: 23});
	});
});

describe('rol-dash in a pipe', () => {
	it('prints the compare table as text, aligned by display width', () => {
		const {status, stdout} = run([]);
		expect(status).toBe(0);
		expect(stdout).toContain('行政复议收案');
		expect(stdout).toMatch(/朝阳区 2024/u);
		const table = stdout.split('\n').filter(line => line.includes('│') || /^\S.*\s{2,}\S/u.test(line)).slice(0, 30);
		// From the header's last line: the lines a wrapped header takes above it end at its last wrapped column.
		const lines = stdout.split('\n');
		const widths = new Set(lines.slice(lines.findIndex(line => line.startsWith('指标 ')), 30).filter(line => line.trim() !== '').map(line => stringWidth(line)));
		expect(table.length).toBeGreaterThan(10);
		expect(widths.size).toBe(1);
	});

	it('answers --help and --version', () => {
		expect(run(['--help']).stdout).toContain('Usage');
		expect(run(['--help']).stdout).toContain('--format');
		expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
	});

	it('rejects a bad format with one line and exit 2', () => {
		const {status, stderr} = run(['--format', 'pdf']);
		expect(status).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('--format');
	});
});

describe('files that cannot be read', () => {
	it('names the file and the reason, and loads the rest', () => {
		const {status, stdout, stderr} = run(['--json', '/nonexistent/report.txt', seed('000_9fca992f16ce8107.txt')]);
		expect(status).toBe(0);
		expect(stderr).toBe('rol-dash: /nonexistent/report.txt: not found\n');
		expect(JSON.parse(stdout).reports).toHaveLength(1);
	});

	it('exits 2 when nothing loads, and 1 under --strict when something was skipped', () => {
		expect(run(['--json', '/nonexistent/report.txt']).status).toBe(2);
		expect(run(['--json', '--strict', '/nonexistent/report.txt', seed('000_9fca992f16ce8107.txt')]).status).toBe(1);
		expect(run(['--json', '--strict', seed('000_9fca992f16ce8107.txt')]).status).toBe(0);
	});

	it('says a text that is no report is not one', () => {
		const dir = scratch();
		writeFileSync(join(dir, 'notes.txt'), 'Shopping list: eggs, milk, 3 apples.\n');
		const {status, stderr} = run(['--json', join(dir, 'notes.txt')]);
		expect(status).toBe(2);
		expect(stderr).toBe(`rol-dash: ${join(dir, 'notes.txt')}: not a rule-of-law report (no district, year or indicator found)\nrol-dash: no reports loaded\n`);
	});
});

describe('reports users bring', () => {
	it('reads one report from standard input with -', () => {
		const {status, stdout} = run(['--json', '-'], readFileSync(seed('001_52704d554b0368b2.txt')));
		expect(status).toBe(0);
		expect(JSON.parse(stdout).reports[0]).toMatchObject({file: '<stdin>', district: {code: '500105'}, year: 2024});
	});

	it('parses a GB18030 file to exactly the facts of its UTF-8 original', () => {
		const facts = (file: string) => JSON.parse(run(['--json', file]).stdout).reports[0].facts.map((fact: {indicator: string; value: number; text: string}) => [fact.indicator, fact.value, fact.text]);
		expect(facts(join(fixtures, 'seed-002.gb18030.txt'))).toEqual(facts(seed('002_1867eea4f21729fd.txt')));
	});

	it('takes district and year from the file name when the text does not state them, and says so', () => {
		const dir = scratch();
		const file = join(dir, '朝阳区2023.txt');
		writeFileSync(file, '一、主要举措和成效\n全年共新收行政复议案件5000件,审结4800件。\n');
		const {stdout, stderr} = run(['--json', file]);
		const [report] = JSON.parse(stdout).reports;
		expect(report).toMatchObject({year: 2023, district: {name: '朝阳区'}, origin: {district: 'filename', year: 'filename'}});
		expect(stderr).toContain('taken from the file name');
	});

	it('keeps both files for one district and year, flags them, and shows one', () => {
		const dir = scratch();
		copyFileSync(seed('000_9fca992f16ce8107.txt'), join(dir, 'a.txt'));
		copyFileSync(seed('000_9fca992f16ce8107.txt'), join(dir, 'b.txt'));
		const json = run(['--json', dir]);
		const reports = JSON.parse(json.stdout).reports as Array<{file: string; duplicate: {shown: boolean; others: string[]}}>;
		expect(reports.map(report => report.duplicate.shown)).toEqual([true, false]);
		expect(reports[1]!.duplicate.others).toEqual([join(dir, 'a.txt')]);
		expect(json.stderr).toContain(`${join(dir, 'b.txt')}: same district and year as ${join(dir, 'a.txt')}, which is shown`);
		const header = run([dir]).stdout.split('\n')[0]!;
		expect(header.match(/朝阳区 2024/gu)).toHaveLength(1);
	});

	it('lets no control sequence from a file reach the terminal in any format', () => {
		const dir = scratch();
		// Escapes inside the very sentences that become facts, and in the file name.
		const hostile = join(dir, 'evil\u001B]0;title\u0007.txt');
		writeFileSync(hostile, '朝阳区人民政府2024年法治政府建设年度情况报告\n一、主要举措和成效\n全年共新收\u001B[2J行政复议案件\u001B]0;pwned\u0007 7152件,审结\u009B31m6929件\u202E。\n');
		const escapes = join(fixtures, 'escapes.txt');
		expect(JSON.parse(run(['--json', hostile]).stdout).reports[0].facts).toHaveLength(2);
		for (const format of ['text', 'md', 'csv', 'json']) {
			const {stdout, stderr} = run(['--format', format, hostile, escapes, '/nonexistent/\u001B[2J.txt']);
			expect(stdout, format).toMatch(/7,?152/u);
			// CSV ends its records with CRLF, as RFC 4180 asks; any other carriage return would be an attack.
			expect((stdout + stderr).replaceAll('\r\n', '\n'), format).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
		}
	});
});
