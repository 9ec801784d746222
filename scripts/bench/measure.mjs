/** Small timing helpers: medians over repeated runs, never a single sample. */
import {spawnSync} from 'node:child_process';

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time of a function, in ms, after warm-up runs. */
export function timeIt(run, {runs = 30, warmup = 3} = {}) {
	for (let i = 0; i < warmup; i++) {
		run();
	}

	const samples = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}

	return median(samples);
}

/** Median wall time of a whole process, start to exit, in ms. */
function runOnce(command, args, env) {
	const start = performance.now();
	const result = spawnSync(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 300)}`);
	}

	return elapsed;
}

/**
Each command's median wall time, start to exit. The commands take turns, run after
run, so a neighbour busy for a while slows all of them alike and a ratio between
two of them stays fair. Two warm-up rounds are not counted.
*/
export function timeProcesses(commands, {runs = 15, env = {}} = {}) {
	const samples = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
	for (let round = 0; round < runs + 2; round++) {
		for (const [name, [command, ...args]] of Object.entries(commands)) {
			const elapsed = runOnce(command, args, env);
			if (round >= 2) {
				samples[name].push(elapsed);
			}
		}
	}

	return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}

export const fmt = (ms, digits = 1) => `${ms.toFixed(digits)} ms`;

/**
A fixed CPU-bound loop on this thread, median of five, in ms: how fast the machine
is at the moment. A shared virtual machine runs the same code at very different
speeds from one hour to the next (measured here: the parser at 48 and at 28 MB/s
ten minutes apart), so absolute figures are comparable only between runs whose
reference agrees; ratios measured within one run are.
*/
export function referenceLoop() {
	const samples = [];
	for (let run = 0; run < 5; run++) {
		const start = performance.now();
		let x = 0;
		for (let i = 0; i < 3e7; i++) {
			x = (x + (i * 7)) % 1_000_003;
		}

		samples.push(performance.now() - start + (x < 0 ? 1 : 0));
	}

	return median(samples);
}

const takesNoCache = new Map();
/**
`['--no-cache']` for a build that has the flag, else nothing: a benchmark that times parsing must not be
answered from the cache its own first run wrote, and an older build named for comparison may predate it.
*/
export function uncached(cli) {
	if (!takesNoCache.has(cli)) {
		const help = spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'});
		takesNoCache.set(cli, String(help.stdout).includes('--no-cache'));
	}

	return takesNoCache.get(cli) ? ['--no-cache'] : [];
}
