/**
`o` and `O`: a report opened at its line in the person's pager or editor. The program
is run with the terminal lent to it (the dashboard leaves the alternate screen, raw
mode off) and gets it back when it exits. A file name comes from a report folder and
is not trusted: it is one argument of the program, never a shell's word.
*/
import {spawnSync} from 'node:child_process';
import {basename} from 'node:path';
import {labelOf, type Labelled, type Lang} from '../model/labels.js';
import type {OpenRequest} from '../screen/take-away.js';

/** Programs that read `+N` before a file as "start at line N". */
const takesLine = new Set(['less', 'more', 'most', 'pg', 'vi', 'vim', 'nvim', 'view', 'ex', 'nano', 'emacs', 'emacsclient', 'micro', 'mg', 'joe', 'jed', 'ne', 'kak']);

export const defaults = {pager: 'less', editor: 'vi'} as const;

export type Invocation = {readonly command: string; readonly args: readonly string[]};

/** $PAGER or $EDITOR split at its spaces (`less -R`), the line as `+N` where the program reads it, the file last. */
export function invocationOf({program, file, line}: OpenRequest, env: Readonly<Record<string, string | undefined>>): Invocation {
	const setting = (program === 'pager' ? env['PAGER'] : env['EDITOR'])?.trim();
	const [command = defaults[program], ...options] = (setting === undefined || setting === '' ? defaults[program] : setting).split(/\s+/u);
	const at = line !== null && takesLine.has(basename(command)) ? [`+${line}`] : [];
	// `--` would be clearer, but more, pg and some vi read it as a file: a name starting with - is made ./-name instead.
	return {command, args: [...options, ...at, file.startsWith('-') ? `./${file}` : file]};
}

const words = {
	opened: {zh: '已关闭', en: 'closed'},
	missing: {zh: '找不到程序', en: 'program not found'},
	failed: {zh: '退出状态', en: 'exited with status'},
	signal: {zh: '被信号终止', en: 'ended by signal'},
} as const satisfies Record<string, Labelled>;

/** Hands the terminal to `run` and takes it back after, whatever happens. */
export type Lend = <T>(run: () => T) => T;

export type OpenerOptions = {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly lend: Lend;
};

/** Opens a request's file and says how it went: closed, or why the program could not show it. */
export function opener({env, lend}: OpenerOptions): (request: OpenRequest, lang: Lang) => string {
	return (request, lang) => {
		const {command, args} = invocationOf(request, env);
		const result = lend(() => spawnSync(command, args, {stdio: 'inherit'}));
		// The program's own name first, the reason next: on a narrow status line a long path is what is cut.
		const name = basename(command);
		if (result.error !== undefined) {
			const code = (result.error as NodeJS.ErrnoException).code;
			return `${name}: ${code === 'ENOENT' ? labelOf(words.missing, lang) : result.error.message}`;
		}

		if (result.signal !== null) {
			return `${name}: ${labelOf(words.signal, lang)} ${result.signal}`;
		}

		const where = `${request.file}${request.line === null ? '' : `:${request.line}`}`;
		return result.status === 0 ? `${name} ${labelOf(words.opened, lang)}: ${where}` : `${name}: ${labelOf(words.failed, lang)} ${result.status}`;
	};
}
