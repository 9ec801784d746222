import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {csvHeader} from '../source/snapshot/csv.js';

// The README is a promise: its examples run, its tables list what the program has, its messages are the ones printed.
const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const seed = 'seeds/000_9fca992f16ce8107.txt';

function section(title: string): string {
	const start = readme.indexOf(`\n## ${title}`);
	expect(start, title).toBeGreaterThan(-1);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
}

function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [bin, ...args], {cwd: root, input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A README command line as arguments, with its stand-ins made real: ~/reports is the seeds, a named report is a seed. */
function argumentsOf(command: string): {args: string[]; stdin?: string} {
	const withoutComment = command.replace(/\s+#.*$/u, '');
	const piped = withoutComment.startsWith('curl');
	const words = withoutComment.replace(/^curl … \| /u, '').replace(/\s*[|>].*$/u, '').split(/\s+/u).filter(Boolean);
	expect(words.slice(0, 2)).toEqual(['npx', 'rol-dash']);
	const args = words.slice(2).map(word => (word === '~/reports' ? 'seeds' : /\.html$/u.test(word) ? seed : word));
	return piped ? {args, stdin: readFileSync(new URL(`../${seed}`, import.meta.url), 'utf8')} : {args};
}

describe('the README', () => {
	const examples = section('Use').match(/```sh\n([\s\S]*?)```/u)![1]!.split('\n').filter(line => line.startsWith('npx') || line.startsWith('curl'));

	it.each(examples)('runs `%s`', command => {
		const {args, stdin} = argumentsOf(command);
		const {status, stdout, stderr} = run(args, stdin);
		expect(stderr.split('\n').filter(line => line.startsWith('rol-dash:') && !line.includes('note:'))).toEqual([]);
		expect(status).toBe(0);
		expect(stdout.length).toBeGreaterThan(0);
		if (args.includes('--json')) expect(JSON.parse(stdout).reports.length).toBeGreaterThan(0);
		if (args.includes('csv')) expect(stdout.startsWith(`\uFEFF${csvHeader.join(',')}`)).toBe(true);
		if (args.includes('md')) expect(stdout).toMatch(/^\| .* \|$/mu);
	});

	it('lists every CSV column, in the order the CSV writes them', () => {
		const rows = section('Use').split('**CSV columns**')[1]!.split('\n\n')[1]!.split('\n').filter(line => line.startsWith('| `'));
		const listed = rows.flatMap(row => [...row.split(' | ')[0]!.matchAll(/`([a-z_]+)`/gu)].map(match => match[1]));
		expect(listed).toEqual([...csvHeader]);
	});

	it('lists every option the program takes, and no other', () => {
		const table = section('Use').split('| option | meaning |')[1]!.split('\n\n')[0]!;
		const listed = new Set([...table.matchAll(/`--([a-z]+)/gu)].map(match => match[1]));
		const help = run(['--help']).stdout;
		const taken = new Set([...help.matchAll(/^\s+--([a-z]+)/gmu)].map(match => match[1]));
		taken.add('help');
		taken.add('version');
		expect(listed).toEqual(taken);
	});

	it('prints each message it quotes, for the mistake it stands for', () => {
		const block = section('What rol-dash accepts, and what it says when it cannot').split('**Messages**')[1]!.match(/```\n([\s\S]*?)```/u)![1]!;
		const commands: Record<string, string[]> = {
			'unknown option': ['--distrct', '朝阳区'],
			'needs a value': ['--district'],
			'no reports loaded': ['/nonexistent'],
			'match --district': ['--district', '朝杨区'],
			'match --year': ['--year', '2019'],
		};
		const quoted = block.trim().split('\n');
		expect(quoted).toHaveLength(Object.keys(commands).length);
		for (const message of quoted) {
			const [, args] = Object.entries(commands).find(([key]) => message.includes(key))!;
			const {status, stderr} = run(args);
			expect(status, message).toBe(2);
			expect(stderr.split('\n'), message).toContain(message);
		}
	});

	it('keeps package-lock.json in step with package.json, so npm install leaves a fresh clone clean', () => {
		const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
		const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {packages: Record<string, Record<string, Record<string, string>>>};
		expect(lock.packages['']!['dependencies']).toEqual(manifest['dependencies']);
		expect(lock.packages['']!['devDependencies']).toEqual(manifest['devDependencies']);
	});
});

describe('the README\'s report card', () => {
	it('is what `--format md --pin 朝阳区 --peers all` prints on the bundled reports', () => {
		const pasted = readme.split('npx rol-dash --format md --pin 朝阳区 --peers all\n```\n\n```md\n')[1]!.split('\n```\n')[0]! + '\n';
		const {status, stdout} = run(['--format', 'md', '--pin', '朝阳区', '--peers', 'all', '--width', '100']);
		expect(status).toBe(0);
		expect(stdout).toBe(pasted);
	});
});
