/**
The built binary in a real terminal: tmux runs it in a detached session of a fixed
size, keys go in with send-keys, the screen comes back with capture-pane. Every
wait polls the screen until what is expected appears, up to a deadline.
*/
import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {parseCsvRecords} from '../helpers/csv.js';
import {tableHeader} from '../helpers/table.js';

const root = new URL('..', new URL('../', import.meta.url)).pathname;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A server of its own, so the test never touches a person's tmux sessions.
const socket = `rol-dash-e2e-${process.pid}`;
const session = 'dash';

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
}

const screen = () => tmux('capture-pane', '-p', '-t', session);
const show = (format: string) => tmux('display', '-p', '-t', session, format).trim();

/** Polls until the check passes or the deadline does; returns the last screen either way. */
async function until(check: () => boolean, what: string, deadline = 10_000): Promise<void> {
	const end = Date.now() + deadline;
	while (!check()) {
		if (Date.now() > end) {
			throw new Error(`timed out waiting for ${what}; the screen:\n${screen()}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}

const shows = (text: string) => () => screen().includes(text);
/** The dashboard gone: the alternate screen left and the shell back in front. */
const exited = async () => until(() => show('#{alternate_on}') === '0' && show('#{pane_current_command}') === 'bash', 'the dashboard to exit');

describe.skipIf(!hasTmux)('rol-dash in a terminal (tmux)', () => {
	beforeAll(() => {
		// A plain shell with a known prompt, outside CI mode (Ink draws only the last frame when CI is set).
		tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-c', root, 'env', '-u', 'CI', '-u', 'CONTINUOUS_INTEGRATION', 'PS1=$ ', 'bash', '--norc', '--noprofile');
	});

	afterAll(() => {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	});

	test('opens the compare view with the detail pane, follows keys, and q restores the terminal', async () => {
		tmux('send-keys', '-t', session, 'node dist/cli.js', 'Enter');
		await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view and its detail pane');
		expect(show('#{alternate_on}')).toBe('1');
		const first = screen();
		expect(first).toMatch(/^rol-dash +比较 +地区 +指标 +覆盖/m);
		// One column per district, each header wrapped above its year; 门头沟区's 2020 marked.
		expect(tableHeader(first.split('\n'))).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020/);
		expect(first).toMatch(/^── 朝阳区 2024 · “一件事”集成服务/m);
		expect(first).toContain('在政府网站上线112个“一件事”集成服务');

		tmux('send-keys', '-t', session, 'j');
		await until(shows('── 朝阳区 2024 · 全程网办率'), 'the detail pane to follow the cursor');
		expect(screen()).toContain('全程网办率100%');

		tmux('send-keys', '-t', session, 'q');
		await exited();
		expect(show('#{cursor_flag}')).toBe('1');
		tmux('send-keys', '-t', session, 'echo "exit=$?"', 'Enter');
		await until(shows('exit=0'), 'the exit status');
	});

	test('m pins the district under the cursor: the header names it and its column comes first; w writes the view with the pin', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-e2e-pin-'));
		const bin = join(root, 'dist/cli.js');
		try {
			tmux('send-keys', '-t', session, `clear; cd ${dir} && node ${bin}`, 'Enter');
			await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view');
			expect(tableHeader(screen().split('\n'))).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020/);
			// Right to 江北区, then m.
			tmux('send-keys', '-t', session, 'l', 'l');
			await until(shows('── 江北区 2024 · '), 'the cursor on 江北区');
			tmux('send-keys', '-t', session, 'm');
			await until(shows('标杆 江北区'), 'the pin in the header');
			const pinned = screen().split('\n');
			expect(pinned[0]).toMatch(/^rol-dash .*标杆 江北区/);
			expect(tableHeader(pinned)).toMatch(/^指标 +单位 +江北区 2024 +朝阳区 2024 +门头沟区 ←2020/);
			// Beside the districts, the peers' statistics with the pin's rank.
			expect(tableHeader(pinned)).toContain('同组 中位[四分位] 名次');

			// w, as text: the file holds the view as it is on screen, the pinned column first, its rank beside it.
			tmux('send-keys', '-t', session, 'w');
			await until(shows('写入 t 文本 · m Markdown · c CSV [文件名]: ▏'), 'the format prompt');
			tmux('send-keys', '-t', session, 't');
			tmux('send-keys', '-t', session, 'Enter');
			await until(shows('已写入 rol-dash-compare-'), 'the notice saying where');
			tmux('send-keys', '-t', session, 'q');
			await exited();
			const [name = ''] = readdirSync(dir);
			expect(name).toMatch(/^rol-dash-compare-\d{4}-\d{2}-\d{2}\.txt$/u);
			const written = readFileSync(join(dir, name), 'utf8').split('\n');
			expect(tableHeader(written)).toMatch(/^指标 +单位 +江北区 2024 +朝阳区 2024 /u);
			// 人大代表建议办理 on 2024: 江北区's 393 and 朝阳区's 144 (门头沟区's is 2020's): first of two.
			expect(written.find(line => line.startsWith('人大代表建议办理 '))).toMatch(/^人大代表建议办理 +件 +393 +144 +65 .* 268\.5 \[206\.3–330\.8\] 1\/2 P50$/u);
		} finally {
			tmux('send-keys', '-t', session, `cd ${root}`, 'Enter');
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('--watch: a report written again shows what it says now', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-e2e-watch-'));
		const file = join(dir, 'chaoyang.txt');
		const seed = readFileSync(join(root, 'seeds/000_9fca992f16ce8107.txt'), 'utf8');
		writeFileSync(file, seed);
		try {
			tmux('send-keys', '-t', session, `clear; node dist/cli.js --watch ${dir}`, 'Enter');
			await until(shows('在政府网站上线112个“一件事”集成服务'), 'the compare view on the watched file');
			// Written once, the moment the first frame is up: the watcher is armed before the dashboard draws.
			writeFileSync(file, seed.replace('上线112个“一件事”', '上线113个“一件事”'));
			await until(shows('在政府网站上线113个“一件事”集成服务'), 'the file\'s new figure');
		} finally {
			tmux('send-keys', '-t', session, 'q');
			await exited();
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('reports named as paths: the district view reads a report\'s details again from its file', async () => {
		// Files given: the dashboard keeps summaries; Enter opens the district, G goes to its last line, a plan.
		tmux('send-keys', '-t', session, 'clear; node dist/cli.js seeds', 'Enter');
		await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view');
		tmux('send-keys', '-t', session, 'Enter');
		await until(shows('朝阳区 · 北京市朝阳区 · 110105'), 'the district view');
		tmux('send-keys', '-t', session, 'G');
		await until(shows('下一步计划'), 'the report\'s plans at the end of the district view');
		tmux('send-keys', '-t', session, 'q');
		await exited();
	});

	test('compares like with like: homonyms told apart, one column per district with its change, y and Y switch years', async () => {
		// A second year of the bundled 朝阳区 and a 朝阳区 of 长春, in sentences written for this test.
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-e2e-years-'));
		writeFileSync(join(dir, 'beijing-chaoyang-2023.txt'), [
			'北京市朝阳区人民政府关于2023年法治政府建设情况的报告',
			'2023年,朝阳区人民政府全面推进依法行政。',
			'一、权力制约监督',
			'办理人大代表建议130件、政协提案300件。主动公开政府信息20000条。',
			'北京市朝阳区人民政府',
			'2024年3月20日',
		].join('\n'));
		writeFileSync(join(dir, 'changchun-chaoyang-2024.txt'), [
			'长春市朝阳区2024年法治政府建设年度报告',
			'2024年,长春市朝阳区坚持依法行政。',
			'一、权力制约监督',
			'办理人大代表建议60件、政协提案85件。主动公开政府信息5200条。',
			'长春市朝阳区人民政府',
			'2025年2月28日',
		].join('\n'));
		// Wide enough for the five districts of 2024 and the peers' statistics beside them.
		tmux('resize-window', '-t', session, '-x', '160', '-y', '34');
		try {
			tmux('send-keys', '-t', session, `clear; node dist/cli.js seeds ${dir}`, 'Enter');
			await until(shows('人大代表建议办理'), 'the compare view');
			const first = screen();
			// The two 朝阳区 by their cities, the year most districts report (2024), 门头沟区's only report marked as earlier.
			expect(first).toMatch(/^指标 +单位 +朝阳区·北京 2024 +门头沟区 ←2020 .*朝阳区·长春 2024 /mu);
			expect(first).not.toContain('2023');
			// One column for 北京's 朝阳区: 2024's value with its change computed from 2023's report (144 against 130).
			expect(first).toMatch(/^人大代表建议办理 +件 +144 \[\+11%\] +65 +393 +— +60 /mu);
			// The peers' median over 144, 393 and 60 (门头沟区's 2020 is not 2024's): 144, quartiles 102 and 268.5.
			expect(first).toMatch(/^人大代表建议办理 .* 144 \[102–268\.5\] n=3 /mu);

			tmux('send-keys', '-t', session, 'y');
			await until(shows('朝阳区·北京 2023'), 'the compare view aligned on 2023');
			expect(screen()).toMatch(/^人大代表建议办理 +件 +130 +65 /mu);
			expect(screen()).not.toContain('朝阳区·长春');

			tmux('send-keys', '-t', session, 'y');
			await until(shows('门头沟区 2020'), 'the compare view aligned on 2020');
			tmux('send-keys', '-t', session, 'y');
			await until(() => /^指标 +单位 +朝阳区·北京 2024 +门头沟区 ←2020 /mu.test(screen()), 'the compare view back on 2024');

			// Y steps the column under the cursor (朝阳区·北京, the first) to its earlier year; the others stay.
			tmux('send-keys', '-t', session, 'Y');
			await until(() => /^指标 +单位 +朝阳区·北京 ←2023 +门头沟区 ←2020 /mu.test(screen()), 'the district\'s 2023 report in its column');
			expect(screen()).toMatch(/^人大代表建议办理 +件 +130 +65 +393 +— +60 /mu);
		} finally {
			tmux('send-keys', '-t', session, 'q');
			await exited();
			tmux('resize-window', '-t', session, '-x', '100', '-y', '30');
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('review: reject one value, correct another, assign a figure; the review file and every format honour them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-e2e-review-'));
		mkdirSync(join(dir, 'seeds'));
		for (const name of readdirSync(join(root, 'seeds'))) {
			copyFileSync(join(root, 'seeds', name), join(dir, 'seeds', name));
		}

		const bin = join(root, 'dist/cli.js');
		const notice = (text: string) => () => screen().includes(text);
		tmux('resize-window', '-t', session, '-x', '120', '-y', '34');
		try {
			tmux('send-keys', '-t', session, `clear; cd ${dir} && node ${bin} seeds --review review.csv`, 'Enter');
			await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view on 朝阳区\'s first value');
			tmux('send-keys', '-t', session, 'x');
			await until(notice('已保存到 review.csv: 否定 “一件事”集成服务'), 'the rejection saved');

			tmux('send-keys', '-t', session, 'j');
			await until(shows('── 朝阳区 2024 · 全程网办率'), 'the next value');
			tmux('send-keys', '-t', session, '=');
			await until(shows('更正为: ▏'), 'the correction prompt');
			tmux('send-keys', '-t', session, '99.5');
			tmux('send-keys', '-t', session, 'Enter');
			await until(notice('已保存到 review.csv: 更正 全程网办率 99.5%'), 'the correction saved');
			expect(screen()).toMatch(/^全程网办率 +% +99\.5%✎ /mu);
			expect(screen()).toContain('✎ 已人工更正,原值 100%');

			// The district view: down its lines to the first unclassified figure (已办结“一业一证”87件).
			tmux('send-keys', '-t', session, 'Enter');
			await until(shows('朝阳区 · 北京市朝阳区 · 110105'), 'the district view');
			for (let presses = 0; !screen().includes('87 件  报告所载'); presses++) {
				expect(presses).toBeLessThan(80);
				const before = screen();
				tmux('send-keys', '-t', session, 'j');
				await until(() => screen() !== before, 'the cursor to move');
			}

			tmux('send-keys', '-t', session, 'i');
			await until(shows('归入指标: ▏'), 'the indicator prompt');
			tmux('send-keys', '-t', session, 'services.one_thing');
			tmux('send-keys', '-t', session, 'Enter');
			await until(notice('已保存到 review.csv: 归入 “一件事”集成服务 87件'), 'the figure assigned');

			tmux('send-keys', '-t', session, 'q');
			await exited();
		} finally {
			tmux('send-keys', '-t', session, `cd ${root}`, 'Enter');
			tmux('resize-window', '-t', session, '-x', '100', '-y', '30');
		}

		try {
			const records = parseCsvRecords(readFileSync(join(dir, 'review.csv'), 'utf8'));
			expect(records.slice(1).map(record => [record[4], record[5], record[9], record[10]])).toEqual([
				['services.one_thing', '112个', 'rejected', ''],
				['services.online_rate', '100%', 'corrected', '99.5'],
				['services.one_thing', '87件', 'added', '87'],
			]);
			const run = (...args: string[]) => execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'seeds', '--review', 'review.csv', ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
			const [header = [], ...rows] = parseCsvRecords(run('--format', 'csv'));
			const column = (name: string) => header.indexOf(name);
			const decided = rows.filter(row => row[column('review')] !== '').map(row => [row[column('indicator')], row[column('value')], row[column('review')], row[column('original_value')], row[column('headline')]]);
			expect(decided).toEqual([
				['services.one_thing', '112', 'rejected', '', 'false'],
				['services.online_rate', '99.5', 'corrected', '100', 'true'],
				['services.one_thing', '87', 'added', '', 'true'],
			]);
			const text = run('--format', 'text');
			// The figure assigned counts 件, not one of the measure words the services are compared in (项, 个): ≠ says so.
			expect(text).toMatch(/^“一件事”集成服务 +项 +87件≠✚ /mu);
			expect(text).toMatch(/^全程网办率 +% +99\.5%✎ /mu);
			expect(text).toContain('✎ 经人工更正');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	}, 60_000);

	test('w writes the view to a file in the current folder: Markdown chosen, the same table --format md prints', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-e2e-write-'));
		const bin = join(root, 'dist/cli.js');
		try {
			tmux('send-keys', '-t', session, `clear; cd ${dir} && node ${bin}`, 'Enter');
			await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view');
			tmux('send-keys', '-t', session, 'w');
			await until(shows('写入 t 文本 · m Markdown · c CSV [文件名]: ▏'), 'the format prompt');
			tmux('send-keys', '-t', session, 'm');
			tmux('send-keys', '-t', session, 'Enter');
			await until(shows('已写入 rol-dash-compare-'), 'the notice saying where');
			const [name = ''] = readdirSync(dir);
			expect(name).toMatch(/^rol-dash-compare-\d{4}-\d{2}-\d{2}\.md$/u);
			expect(screen()).toContain(`已写入 ${name}`);

			// Again: a new file beside it, the first never written over.
			tmux('send-keys', '-t', session, 'w');
			await until(shows('写入 t 文本'), 'the format prompt again');
			tmux('send-keys', '-t', session, 'm');
			tmux('send-keys', '-t', session, 'Enter');
			await until(shows(`已写入 ${name.replace('.md', '-1.md')}`), 'the second file\'s name');
			tmux('send-keys', '-t', session, 'q');
			await exited();

			const written = readFileSync(join(dir, name), 'utf8');
			expect(written).toMatch(/^\| 指标 \| 单位 \| 朝阳区/mu);
			expect(written).toBe(execFileSync(process.execPath, [bin, '--format', 'md', '--width', '100'], {cwd: dir, encoding: 'utf8'}));
			expect(readFileSync(join(dir, name.replace('.md', '-1.md')), 'utf8')).toBe(written);
		} finally {
			tmux('send-keys', '-t', session, `cd ${root}`, 'Enter');
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('o opens the report at the line of the number in $PAGER, and the dashboard comes back', async () => {
		// A stand-in pager named less, so it is given +N: it writes its arguments down and exits, after a Ctrl-C
		// to its process group as a person's in a real pager would be (which the pager itself ignores). It writes
		// them beside and renames, since the shell makes the file before printf fills it and the test may look between.
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-e2e-pager-'));
		const pager = join(dir, 'less');
		writeFileSync(pager, `#!/bin/sh\ntrap '' INT\nkill -INT 0\nprintf '%s\\n' "$@" > '${join(dir, 'args.part')}'\nmv '${join(dir, 'args.part')}' '${join(dir, 'args')}'\n`);
		chmodSync(pager, 0o755);
		const report = join(root, 'seeds/000_9fca992f16ce8107.txt');
		const line = readFileSync(report, 'utf8').split('\n').findIndex(text => text.includes('上线112个“一件事”')) + 1;
		try {
			tmux('send-keys', '-t', session, `clear; PAGER=${pager} node dist/cli.js`, 'Enter');
			await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view on 朝阳区\'s first value');
			tmux('send-keys', '-t', session, 'o');
			await until(() => existsSync(join(dir, 'args')), 'the pager to run');
			expect(readFileSync(join(dir, 'args'), 'utf8')).toBe(`+${line}\n${report}\n`);
			await until(shows(`less 已关闭: ${report}:${line}`), 'the dashboard back, saying the pager closed');
			expect(show('#{alternate_on}')).toBe('1');
			expect(screen()).toMatch(/^rol-dash +比较 +地区 +指标 +覆盖/m);
			expect(tableHeader(screen().split('\n'))).toMatch(/^指标 +单位 +朝阳区 2024/);
			// The Ctrl-C was the pager's: the dashboard still answers keys.
			tmux('send-keys', '-t', session, 'j');
			await until(shows('── 朝阳区 2024 · 全程网办率'), 'the cursor to move after the pager');

			// A pager that is not there is said on the status line; the dashboard stays.
			tmux('send-keys', '-t', session, 'q');
			await exited();
			tmux('send-keys', '-t', session, `clear; PAGER=${join(dir, 'missing')} node dist/cli.js`, 'Enter');
			await until(shows('── 朝阳区 2024 · “一件事”集成服务'), 'the compare view');
			tmux('send-keys', '-t', session, 'o');
			await until(shows('missing: 找不到程序'), 'the missing pager said');
			expect(screen()).toMatch(/^rol-dash +比较 +地区 +指标 +覆盖/m);
		} finally {
			tmux('send-keys', '-t', session, 'q');
			await exited();
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('Ctrl-C leaves the same way, and a resize reflows the screen', async () => {
		tmux('send-keys', '-t', session, 'clear; node dist/cli.js --lang en', 'Enter');
		await until(shows('Integrated "one-thing"'), 'the compare view in English');
		tmux('resize-window', '-t', session, '-x', '50', '-y', '14');
		await until(shows('Terminal too small (50×14)'), 'the too-small notice');
		tmux('resize-window', '-t', session, '-x', '100', '-y', '30');
		await until(shows('Integrated "one-thing"'), 'the view back at 100×30');

		tmux('send-keys', '-t', session, 'C-c');
		await exited();
		expect(show('#{cursor_flag}')).toBe('1');
	});
});

if (!hasTmux) {
	test.skip('rol-dash in a terminal: skipped, tmux is not installed', () => {});
}
