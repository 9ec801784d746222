import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseCsvRecords} from './helpers/csv.js';

// A review file in the folder rol-dash runs in, as a person leaves one there: applied in every format.
const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const seed = new URL('../seeds/000_9fca992f16ce8107.txt', import.meta.url).pathname;
const file = 'reports/chaoyang.txt';
const casesSentence = '全年以区政府为被告的行政诉讼案件共1045件,败诉16件,一审败诉率2.7%。';
const oneThingSentence = '在政府网站上线112个“一件事”集成服务,全面推行“一业一证”改革,已办结“一业一证”87件。';
const header = 'file,indicator,expression,sentence,decision,value,unit,note';
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;
const corrected = `${file},litigation.cases,1045件,${csvCell(casesSentence)},corrected,1054,件,checked against the court's list`;
const rejected = `${file},services.one_thing,112个,${csvCell(oneThingSentence)},rejected,,,`;
const orphaned = `${file},legal_aid.cases,999件,这句话不在报告里。,confirmed,,,`;

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'rol-dash-review-cli-'));
	mkdirSync(join(dir, 'reports'));
	copyFileSync(seed, join(dir, file));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

function run(args: string[]) {
	const result = spawnSync(process.execPath, [bin, 'reports', ...args], {encoding: 'utf8', cwd: dir, env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function rows(text: string): Array<Record<string, string>> {
	const [names = [], ...records] = parseCsvRecords(text);
	return records.map(record => Object.fromEntries(names.map((name, index) => [name, record[index] ?? ''])));
}

const review = (name: string, ...records: string[]) => writeFileSync(join(dir, name), `\uFEFF${[header, ...records].join('\r\n')}\r\n`);

describe('a review file', () => {
	it('is applied in CSV: the corrected value with the original beside it, the rejected fact no headline; an orphan is named on stderr', () => {
		review('rol-dash-review.csv', corrected, rejected, orphaned);
		const {status, stdout, stderr} = run(['--format', 'csv']);
		expect(status).toBe(0);
		const facts = rows(stdout);
		expect(facts.find(row => row['indicator'] === 'litigation.cases')).toMatchObject({value: '1054', review: 'corrected', original_value: '1045', headline: 'true'});
		expect(facts.find(row => row['indicator'] === 'services.one_thing')).toMatchObject({value: '112', review: 'rejected', headline: 'false'});
		expect(facts.filter(row => row['review'] === '').length).toBe(facts.length - 2);
		expect(stderr).toBe('rol-dash: note: rol-dash-review.csv: record 4: confirmed legal_aid.cases "999件" no longer found in reports/chaoyang.txt (the sentence or the number changed): orphaned, not applied\n');
	});

	it('is applied in the text table and in JSON', () => {
		review('rol-dash-review.csv', corrected, rejected);
		const text = run(['--format', 'text']).stdout;
		expect(text).toMatch(/^行政诉讼案件 +件 +1,054/mu);
		expect(text).toMatch(/^“一件事”集成服务 +项 +—/mu);
		const [report] = (JSON.parse(run(['--json']).stdout) as {reports: Array<{facts: Array<{indicator: string; value: number; review?: unknown}>}>}).reports;
		expect(report!.facts.find(fact => fact.indicator === 'litigation.cases')).toMatchObject({
			value: 1054,
			review: {action: 'corrected', original: 1045, originalUnit: '件', note: 'checked against the court\'s list', sources: [{source: 'rol-dash-review.csv', record: 2}]},
		});
	});

	it('--no-review prints byte for byte what a run without a review file prints', () => {
		const before = {csv: run(['--format', 'csv']).stdout, text: run(['--format', 'text']).stdout, json: run(['--json']).stdout};
		review('rol-dash-review.csv', corrected, rejected);
		expect(run(['--format', 'csv']).stdout).not.toBe(before.csv);
		expect(run(['--format', 'csv', '--no-review']).stdout).toBe(before.csv);
		expect(run(['--format', 'text', '--no-review']).stdout).toBe(before.text);
		expect(run(['--json', '--no-review']).stdout).toBe(before.json);
	});

	it('two files that disagree: the parser\'s value stands, marked as a conflict, and stderr names both records', () => {
		review('mine.csv', corrected);
		review('yours.csv', `${file},litigation.cases,1045件,${csvCell(casesSentence)},confirmed,,,`);
		const {stdout, stderr} = run(['--format', 'csv', '--review', 'mine.csv', '--review', 'yours.csv']);
		expect(rows(stdout).find(row => row['indicator'] === 'litigation.cases')).toMatchObject({value: '1045', review: 'conflict', original_value: ''});
		expect(stderr).toBe('rol-dash: note: mine.csv: conflicting decisions on litigation.cases "1045件" (mine.csv record 2: corrected 1054; yours.csv record 2: confirmed): the parser\'s value stands\n');
	});

	it('a record that cannot be used is named; --no-review with --review is a usage error', () => {
		review('rol-dash-review.csv', `${file},litigation.cases,1045件,${csvCell(casesSentence)},approved,,,`);
		expect(run(['--format', 'csv']).stderr).toBe('rol-dash: note: rol-dash-review.csv: record 2: decision must be confirmed, corrected, rejected or added (got "approved")\n');
		const {status, stderr} = run(['--format', 'csv', '--no-review', '--review', 'x.csv']);
		expect(status).toBe(2);
		expect(stderr).toBe('rol-dash: --no-review and --review exclude each other\n');
	});

	it('--format gold writes the reviewed report for scoring; without decisions it says there are none', () => {
		review('rol-dash-review.csv', corrected, rejected);
		const gold = JSON.parse(run(['--format', 'gold']).stdout) as {reports: Array<{file: string; facts: unknown[]; also: unknown[]}>};
		expect(gold.reports.map(report => [report.file, report.facts])).toEqual([['chaoyang.txt', [['litigation.cases', 1054]]]]);
		expect(gold.reports[0]!.also).not.toContainEqual(['services.one_thing', 112]);
		const none = run(['--format', 'gold', '--no-review']);
		expect(none.status).toBe(2);
		expect(none.stderr).toBe('rol-dash: --format gold writes reviewed reports: no review file has decisions (--no-review)\n');
	});

	it('a decision whose number changed in the report (edited since) is orphaned: named on stderr, the report read as it now is', () => {
		review('rol-dash-review.csv', corrected);
		expect(rows(run(['--format', 'csv']).stdout).find(row => row['indicator'] === 'litigation.cases')).toMatchObject({value: '1054', review: 'corrected'});
		const path = join(dir, file);
		writeFileSync(path, readFileSync(path, 'utf8').replace('共1045件', '共1046件'));
		const {stdout, stderr} = run(['--format', 'csv']);
		expect(rows(stdout).find(row => row['indicator'] === 'litigation.cases')).toMatchObject({value: '1046', review: ''});
		expect(stderr).toBe('rol-dash: note: rol-dash-review.csv: record 2: corrected litigation.cases "1045件" no longer found in reports/chaoyang.txt (the sentence or the number changed): orphaned, not applied\n');
	});
});
