import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {invocationOf, opener, type Lend} from '../../source/app/external.js';

const request = {program: 'pager', file: '/reports/朝阳区 2024.txt', line: 12} as const;

test('the pager and the editor from the environment, +N where the program reads it, the file one argument', () => {
	expect(invocationOf(request, {})).toEqual({command: 'less', args: ['+12', '/reports/朝阳区 2024.txt']});
	expect(invocationOf({...request, program: 'editor'}, {})).toEqual({command: 'vi', args: ['+12', '/reports/朝阳区 2024.txt']});
	expect(invocationOf(request, {PAGER: 'less -R'})).toEqual({command: 'less', args: ['-R', '+12', '/reports/朝阳区 2024.txt']});
	expect(invocationOf({...request, program: 'editor'}, {EDITOR: '/usr/bin/nvim'})).toEqual({command: '/usr/bin/nvim', args: ['+12', '/reports/朝阳区 2024.txt']});
	// A program that would read +12 as a file gets none; an empty cell opens at the top.
	expect(invocationOf(request, {PAGER: 'cat'})).toEqual({command: 'cat', args: ['/reports/朝阳区 2024.txt']});
	expect(invocationOf({...request, line: null}, {})).toEqual({command: 'less', args: ['/reports/朝阳区 2024.txt']});
	// A name from a report folder is never an option, nor shell words: $(rm -rf ~) stays a name.
	expect(invocationOf({...request, file: '-rf $(rm -rf ~).txt'}, {}).args).toEqual(['+12', './-rf $(rm -rf ~).txt']);
});

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

test('the program runs with the terminal lent, and the status says how it ended', () => {
	const dir = mkdtempSync(join(tmpdir(), 'rol-dash-open-'));
	dirs.push(dir);
	const script = join(dir, 'less');
	writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" > '${join(dir, 'args')}'\nexit "\${STATUS:-0}"\n`);
	chmodSync(script, 0o755);
	const lent: string[] = [];
	const lend: Lend = run => {
		lent.push('lent');
		try {
			return run();
		} finally {
			lent.push('back');
		}
	};

	const open = (env: Record<string, string>) => opener({env, lend})(request, 'en');
	expect(open({PAGER: script})).toBe('less closed: /reports/朝阳区 2024.txt:12');
	expect(readFileSync(join(dir, 'args'), 'utf8')).toBe('+12\n/reports/朝阳区 2024.txt\n');
	expect(lent).toEqual(['lent', 'back']);
	expect(opener({env: {PAGER: join(dir, 'no-such-pager')}, lend})(request, 'zh')).toBe('no-such-pager: 找不到程序');
	writeFileSync(script, '#!/bin/sh\nexit 3\n');
	expect(open({PAGER: script})).toBe('less: exited with status 3');
});
