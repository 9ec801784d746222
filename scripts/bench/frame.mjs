/**
Start to first interactive frame of the built binary, in a real pseudo-terminal:
tmux starts `node dist/cli.js` in a detached session (on a tmux server of its own,
so a person's sessions are never touched), the screen is polled with capture-pane
until the compare table's header is drawn, and the session is killed. The median
over runs, in ms. The screen is looked at every 15 ms: each look starts a tmux client,
and looking more often takes a core from the start being timed (two cores here).

	import {firstFrame, nodeFrame} from './bench/frame.mjs';
	const ms = await firstFrame();                            // the five bundled seeds
	const big = await firstFrame({args: ['.bench/corpus-3000']});
	const floor = await nodeFrame();                          // `node -e` printing one line, the same way

Run alone (node scripts/bench/frame.mjs [path…]) it prints both for the seeds (or the paths).
*/
import {execFileSync, spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {median} from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let servers = 0;
let sessions = 0;

const tmux = (server, ...args) => execFileSync('tmux', ['-L', server, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
const pause = ms => new Promise(resolve => {
	setTimeout(resolve, ms);
});

export const hasTmux = () => spawnSync('tmux', ['-V']).status === 0;

/** The table header of the compare view: the first frame is drawn whole, so this line means all of it is there. */
export const compareHeader = /^指标 +单位 /m;

/**
Milliseconds from starting `command` in a fresh terminal until the screen matches `ready`.
The command runs outside CI mode: Ink draws only the last frame when CI is set.
*/
async function timeToScreen(server, command, {ready, size, deadline}) {
	// A session per run: a server killed and started again at once can lose the new session.
	const session = `frame-${sessions++}`;
	const start = performance.now();
	tmux(server, 'new-session', '-d', '-s', session, '-x', String(size.columns), '-y', String(size.rows), '-c', root, 'env', '-u', 'CI', '-u', 'CONTINUOUS_INTEGRATION', ...command);
	try {
		for (;;) {
			const screen = tmux(server, 'capture-pane', '-p', '-t', session);
			const elapsed = performance.now() - start;
			if (ready.test(screen)) {
				return elapsed;
			}

			if (elapsed > deadline) {
				throw new Error(`nothing matching ${ready} after ${deadline} ms; the screen:\n${screen}`);
			}

			await pause(15);
		}
	} finally {
		spawnSync('tmux', ['-L', server, 'kill-session', '-t', session]);
	}
}

async function medianOf(command, {runs, warmup = 1, ...options}) {
	// A server of its own for each measure, never one being shut down.
	const server = `rol-dash-frame-${process.pid}-${servers++}`;
	const samples = [];
	try {
		for (let index = 0; index < warmup + runs; index++) {
			const ms = await timeToScreen(server, command, options);
			if (index >= warmup) {
				samples.push(ms);
			}
		}
	} finally {
		spawnSync('tmux', ['-L', server, 'kill-server']);
		// tmux leaves its socket file behind; it is ours, named for this process.
		rmSync(join(process.env['TMUX_TMPDIR'] ?? tmpdir(), `tmux-${process.getuid?.() ?? 0}`, server), {force: true});
	}

	return median(samples);
}

/** Median ms from `node dist/cli.js …args` to its first compare frame in a terminal of `size`. */
export async function firstFrame({args = [], runs = 7, size = {columns: 120, rows: 34}, ready = compareHeader, deadline = 60_000} = {}) {
	return medianOf(['node', 'dist/cli.js', ...args], {runs, size, ready, deadline});
}

/** The same clock on a node that prints one line and waits: what tmux, polling and node's own start cost. */
export async function nodeFrame({runs = 7, size = {columns: 120, rows: 34}} = {}) {
	return medianOf(['node', '-e', 'process.stdout.write("ready\\n"); setTimeout(() => {}, 60_000)'], {runs, size, ready: /^ready$/m, deadline: 10_000});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	if (!hasTmux()) {
		console.log('tmux is not installed: no terminal to time the first frame in');
		process.exit(0);
	}

	const args = process.argv.slice(2);
	const floor = await nodeFrame();
	const first = await firstFrame({args});
	console.log(`start → first frame in a terminal (120×34), ${args.length === 0 ? 'the seeds' : args.join(' ')}: ${first.toFixed(0)} ms median; node printing a line: ${floor.toFixed(0)} ms`);
}
