import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';

// The built binary, exactly as a user runs it (npm test builds it first).
const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const seed = join(new URL('../seeds/', import.meta.url).pathname, '000_9fca992f16ce8107.txt');

function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [bin, ...args], {input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('rol-dash --explain', () => {
	it('traces every number of a seed: its line, what it became and why', () => {
		const {status, stdout, stderr} = run(['--explain', seed]);
		expect(status).toBe(0);
		expect(stderr).toBe('');
		const [heading, why, ...lines] = stdout.trimEnd().split('\n');
		// Under the heading, what decided the district and the year.
		expect(why).toMatch(/^district: \S.* · year: \S/u);
		expect(heading).toMatch(/000_9fca992f16ce8107\.txt · 北京市朝阳区 2024 · \d+ facts, \d+ figures, \d+ changes, \d+ set aside$/u);
		expect(stdout).toMatch(/^L23 +7152件 +→ fact reconsideration\.received +rule: \S/mu);
		expect(stdout).toMatch(/^L1 +2024年 +→ excluded \(year\) +a year/mu);
		expect(stdout).toMatch(/^L\d+ +\S+ +→ figure +no rule/mu);
		// Lines in file order; the arrows in one column, measured in display columns.
		const numbers = lines.map(line => Number(/^L(\d+)/u.exec(line)![1]));
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		const arrows = new Set(lines.filter(line => stringWidth(line.split('→')[0]!) < 24).map(line => stringWidth(line.split('→')[0]!)));
		expect(arrows.size).toBe(1);
	});

	it('reads a report from standard input', () => {
		const {status, stdout} = run(['--explain', '-'], '某某区2024年法治政府建设年度报告\n一、主要成效\n全区植树3000棵,行政机关负责人出庭应诉41人次。\n');
		expect(status).toBe(0);
		expect(stdout).toMatch(/^L3 +3000棵 +→ figure +no rule counts 棵$/mu);
		expect(stdout.split('\n')[1]).toBe('district: nothing names it · year: the title states it');
		const named = run(['--explain', '-'], '2023年,在温州市委、市政府的坚强领导下,瑞安市坚持依法行政。\n一、主要举措\n全市植树3000棵。\n');
		expect(named.stdout.split('\n').slice(0, 2)).toEqual([
			'<stdin> · 浙江省温州市瑞安市 2023 · 0 facts, 1 figures, 0 changes, 1 set aside',
			'district: subject names it · year: the opening leads with it',
		]);
		expect(stdout).toMatch(/^L3 +41人次 +→ fact litigation\.head_appearances +rule: 出庭 \+ 负责人$/mu);
	});

	it('says when the district came from the page\'s 来源 line', () => {
		const page = '发布时间:2024-03-28 10:00 来源:北京市门头沟区人民政府\n关于2023年度法治政府建设情况的报告\n2023年,我区坚持依法行政。\n';
		expect(run(['--explain', '-'], page).stdout.split('\n').slice(0, 2)).toEqual([
			'<stdin> · 北京市门头沟区 2023 · 0 facts, 0 figures, 0 changes, 2 set aside',
			'district: the site\'s 来源 line names it · year: the title states it',
		]);
	});

	it('is a usage error without a file, and exits 2 when nothing could be read', () => {
		const none = run(['--explain']);
		expect(none.status).toBe(2);
		expect(none.stderr).toContain('--explain needs a report file');
		const missing = run(['--explain', '/nonexistent/report.txt']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe('rol-dash: /nonexistent/report.txt: not found\n');
		expect(run(['--explain', '--json', seed]).status).toBe(2);
	});

	it('is in --help', () => {
		expect(run(['--help']).stdout).toContain('--explain');
	});
});
