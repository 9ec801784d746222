import stringWidth from 'string-width';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseCsvRecords} from './helpers/csv.js';

// Each thing a user saw the command line get wrong, run through the built binary as they ran it.
const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const seeds = new URL('../seeds/', import.meta.url).pathname;
const chaoyang = join(seeds, '000_9fca992f16ce8107.txt');

function run(args: string[], options: {cwd?: string} = {}) {
	const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', cwd: options.cwd, env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

type JsonReport = {file: string; district: {name: string; code: string | null}; year: number; facts: Array<{indicator: string; value: number}>; duplicate?: {shown: boolean}};
const json = (args: string[]) => JSON.parse(run(['--json', ...args]).stdout) as {reports: JsonReport[]};

/** CSV records as objects keyed by the header. */
function parseCsv(text: string): Array<Record<string, string>> {
	const [header = [], ...rows] = parseCsvRecords(text);
	return rows.map(row => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

describe('--json applies every filter', () => {
	it('narrows to a district by code, an indicator by label and a year', () => {
		expect(json(['--district', '110105']).reports.map(report => report.district.code)).toEqual(['110105']);
		const losses = json(['--indicator', '败诉']).reports.flatMap(report => report.facts.map(fact => fact.indicator));
		expect(losses.length).toBeGreaterThan(0);
		expect(new Set(losses)).toEqual(new Set(['litigation.lost', 'litigation.loss_rate']));
		expect(json(['--year', '2020']).reports.map(report => report.year)).toEqual([2020]);
	});

	it('says a district that matches nothing is a usage error, with what there is', () => {
		const {status, stdout, stderr} = run(['--json', '--district', '不存在']);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^rol-dash: no reports match --district 不存在 \(loaded: .*朝阳区/u);
	});
});

describe('options nobody defined', () => {
	it.each([
		[['--distrct', '朝阳区'], 'unknown option --distrct; did you mean --district?'],
		[['--foo'], 'unknown option --foo'],
		[['--district'], '--district needs a value'],
		[['--format', '--json'], '--format needs a value'],
	])('%j exits 2 naming the problem', (args, message) => {
		const {status, stdout, stderr} = run(args);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(`rol-dash: ${message}`);
	});

	it('takes -h and -v as --help and --version', () => {
		const help = run(['-h']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('Usage');
		expect(help.stdout).toContain('--district');
		const version = run(['-v']);
		expect(version.status).toBe(0);
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
	});
});

describe('filters and messages say what happened', () => {
	it('names the nearest district for a typo, and exits 2 as an unknown indicator does', () => {
		const typo = run(['--district', '朝杨区']);
		expect(typo.status).toBe(2);
		expect(typo.stderr).toContain('no reports match --district 朝杨区 (nearest: 朝阳区)');
		expect(run(['--indicator', 'zzz']).status).toBe(2);
	});

	it('says nothing loaded, not that nothing matched, for a path that does not exist', () => {
		const {status, stderr} = run(['/nonexistent']);
		expect(status).toBe(2);
		expect(stderr).toContain('rol-dash: no reports loaded');
		expect(stderr).not.toContain('match');
	});

	it('finds a district by its pinyin, with or without 区, and by code', () => {
		for (const query of ['chaoyang', 'Chaoyangqu', 'chao-yang', '110105']) {
			expect(json(['--district', query]).reports.map(report => report.district.name), query).toEqual(['朝阳区']);
		}
	});

	it('names the year a filter asked for when no report has it', () => {
		const {status, stderr} = run(['--year', '2019']);
		expect(status).toBe(2);
		expect(stderr).toMatch(/no reports match --year 2019 \(years loaded: 2020, .*2024\)/u);
	});
});

describe('a CSV a researcher can pivot', () => {
	const csv = (args: string[], cwd?: string) => parseCsv(run(['--format', 'csv', ...args], {cwd}).stdout);

	it('marks one headline fact per district, year and indicator among statements of the same indicator', () => {
		const rows = csv(['--district', '110105']);
		const heads = rows.filter(row => row['indicator'] === 'litigation.head_appearances');
		expect(heads.map(row => row['value'])).toEqual(['281', '4']);
		expect(heads.map(row => row['headline'])).toEqual(['true', 'false']);
		const headlines = rows.filter(row => row['headline'] === 'true').map(row => `${row['year']} ${row['indicator']}`);
		expect(new Set(headlines).size).toBe(headlines.length);
	});

	it('has the section, year-on-year, derivation, shown and report id columns', () => {
		const rows = csv(['--district', '110105', '--indicator', 'petitions']);
		const stated = rows.find(row => row['derived'] === 'false')!;
		expect(stated).toMatchObject({value: '18426', yoy_kind: 'pct', yoy_value: '-23.4', shown: 'true', derived_formula: ''});
		expect(stated['section']).not.toBe('');
		expect(stated['report_id']).toMatch(/^[\da-f]{12}$/u);
		const derived = rows.find(row => row['derived'] === 'true')!;
		expect(derived['derived_formula']).toContain('18426');
		expect(derived['report_id']).toBe(stated['report_id']);
	});

	it('keeps every fact of a second file for the same district and year, marked not shown', () => {
		const folder = mkdtempSync(join(tmpdir(), 'rol-dash-dup-'));
		copyFileSync(chaoyang, join(folder, 'a.txt'));
		copyFileSync(chaoyang, join(folder, 'b.txt'));
		const all = json([folder]).reports;
		const rows = csv([folder]);
		expect(rows).toHaveLength(all.reduce((sum, report) => sum + report.facts.length, 0));
		expect(new Set(rows.map(row => row['shown']))).toEqual(new Set(['true', 'false']));
		expect(rows.filter(row => row['headline'] === 'true').every(row => row['shown'] === 'true')).toBe(true);
		expect(new Set(rows.map(row => row['report_id'])).size).toBe(2);
	});

	it('names in Markdown the second file the table does not show, with its count of facts', () => {
		const folder = mkdtempSync(join(tmpdir(), 'rol-dash-dup-md-'));
		copyFileSync(chaoyang, join(folder, 'a.txt'));
		copyFileSync(chaoyang, join(folder, 'b.txt'));
		const facts = json([folder]).reports[1]!.facts.length;
		const {stdout} = run(['--format', 'md', '.'], {cwd: folder});
		expect(stdout).toContain(`- 朝阳区 2024: b.txt (${facts} 项数据)`);
		expect(run(['--format', 'md', '--lang', 'en', '.'], {cwd: folder}).stdout).toContain(`b.txt (${facts} facts)`);
	});

	it('cites files relative to where it runs, as JSON does', () => {
		const rows = csv(['seeds/000_9fca992f16ce8107.txt'], new URL('..', import.meta.url).pathname);
		expect(rows[0]?.['file']).toBe('seeds/000_9fca992f16ce8107.txt');
		const bundled = csv(['--district', '110105'], new URL('..', import.meta.url).pathname);
		expect(bundled[0]?.['file']).toBe('seeds/000_9fca992f16ce8107.txt');
		const {stdout} = run(['--json', '--district', '110105'], {cwd: new URL('..', import.meta.url).pathname});
		expect((JSON.parse(stdout) as {reports: JsonReport[]}).reports[0]?.file).toBe('seeds/000_9fca992f16ce8107.txt');
	});

	it('never lets a sentence or a file name become a spreadsheet formula', () => {
		const folder = mkdtempSync(join(tmpdir(), 'rol-dash-formula-'));
		const report = readFileSync(chaoyang, 'utf8').replace('全年共新收行政复议案件7152件', '=HYPERLINK("http://example.invalid","x")全年共新收行政复议案件7152件');
		writeFileSync(join(folder, '=cmd.txt'), report);
		const raw = run(['--format', 'csv', folder]).stdout;
		const rows = parseCsv(raw);
		const row = rows.find(found => found['indicator'] === 'reconsideration.received')!;
		expect(row['sentence']?.startsWith('\'=HYPERLINK(')).toBe(true);
		// Every cell that starts with a formula character is neutralised; numbers stay numbers.
		for (const cell of rows.flatMap(found => Object.values(found))) {
			expect(cell).not.toMatch(/^[=+@\t\r]/u);
			if (cell.startsWith('-')) expect(cell).toMatch(/^-\d/u);
		}
	});
});

describe('--pin', () => {
	it('names the nearest district for a typo in one line, and exits 2 as --district does', () => {
		const typo = run(['--format', 'text', '--pin', '朝杨区']);
		expect(typo.status).toBe(2);
		expect(typo.stderr).toBe('rol-dash: no reports match --pin 朝杨区 (nearest: 朝阳区)\n');
	});

	it('prints the report card, in pinyin as by name, every line within --width and every value cited', () => {
		const byName = run(['--format', 'md', '--pin', '朝阳区', '--width', '72']);
		expect(byName.status).toBe(0);
		expect(run(['--format', 'md', '--pin', 'chaoyang', '--width', '72']).stdout).toBe(byName.stdout);
		const lines = byName.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('# 朝阳区 2024 · 标杆报告');
		expect(lines.filter(line => stringWidth(line) > 72)).toEqual([]);
		// Each indicator's line has its footnote, and every footnote cited is defined.
		const entries = byName.stdout.split('\n- ').slice(1);
		expect(entries.length).toBeGreaterThan(10);
		expect(entries.every(entry => /\[\^\d+\]/u.test(entry))).toBe(true);
		const cited = new Set([...byName.stdout.matchAll(/\[\^(\d+)\](?!:)/gu)].map(match => match[1]));
		const defined = new Set([...byName.stdout.matchAll(/^\[\^(\d+)\]: seeds\/\S+:\d+ —/gmu)].map(match => match[1]));
		expect(defined).toEqual(cited);
	});
});
