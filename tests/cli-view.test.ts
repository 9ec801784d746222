import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';

// The built binary, as a user runs it (npm test builds it first).
const bin = new URL('../dist/cli.js', import.meta.url).pathname;

function run(args: string[]) {
	const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('rol-dash --view', () => {
	it('prints the district view for the district named', () => {
		const {status, stdout} = run(['--format', 'text', '--view', 'district', '--district', '江北区']);
		expect(status).toBe(0);
		expect(stdout.split('\n')[0]).toBe('江北区 · 重庆市江北区 · 500105');
		expect(stdout).toMatch(/^信访总量 +件次 +≈6,206\* +4,480 /mu);
	});

	it('prints the indicator and coverage views', () => {
		expect(run(['--format', 'text', '--view', 'indicator', '--indicator', '信访']).stdout).toMatch(/^信访总量 · Petitions received/u);
		expect(run(['--view', 'coverage']).stdout).toMatch(/^披露率 \(34\) /mu);
	});

	it('prints a view other than compare as Markdown: its text in a fenced block', () => {
		const {status, stdout} = run(['--format', 'md', '--view', 'district', '--district', '江北区']);
		expect(status).toBe(0);
		expect(stdout).toMatch(/^```text\n江北区 · 重庆市江北区 · 500105\n/u);
		expect(stdout).toMatch(/^信访总量 +件次 +≈6,206\* +4,480 /mu);
		expect(stdout.endsWith('\n```\n')).toBe(true);
	});

	it('rejects an unknown view, and a view with another format', () => {
		const unknown = run(['--view', 'map']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toBe('rol-dash: --view must be one of compare, district, indicator, coverage (got "map")\n');
		expect(run(['--view', 'district', '--format', 'csv']).status).toBe(2);
		const peers = run(['--peers', 'world']);
		expect(peers.status).toBe(2);
		expect(peers.stderr).toBe('rol-dash: --peers must be one of all, province, city (got "world")\n');
	});
});
