/**
A report saved without its line breaks: the seeds one after another on a single line, to 10 MB, loaded by
the whole CLI (`rol-dash --json FILE`, output discarded) in fresh processes. Wall time, start to exit, and
peak resident memory, read in the child as it exits. Before the parser was linear in a line's length, this
file crashed the load after 56 s at 4.3 GB.
*/
import {spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {median, uncached} from './measure.mjs';

/** Loaded into the child before the CLI: prints its peak resident memory (KB) to stderr as it exits. */
const peak = 'data:text/javascript,import {writeSync} from "node:fs"; process.on("exit", () => writeSync(2, `\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));';

/** Writes .bench/one-line-N-mb.txt: the seeds, line breaks removed, repeated to at least `megabytes` MB. */
export function oneLineReport(megabytes = 10) {
	const seeds = readdirSync('seeds').sort().map(name => readFileSync(join('seeds', name), 'utf8').replaceAll(/\r?\n/gu, ''));
	const parts = [];
	let bytes = 0;
	for (let k = 0; bytes < megabytes * 1024 * 1024; k++) {
		parts.push(seeds[k % seeds.length]);
		bytes += Buffer.byteLength(parts.at(-1));
	}

	mkdirSync('.bench', {recursive: true});
	const file = join('.bench', `one-line-${megabytes}-mb.txt`);
	writeFileSync(file, parts.join(''));
	return {file, bytes};
}

/** Median wall time (ms) and peak resident memory (bytes) of `rol-dash --json file`, each run a fresh process. */
export function loadOneLine(file, runs = 3) {
	const samples = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const child = spawnSync(process.execPath, ['--import', peak, 'dist/cli.js', ...uncached('dist/cli.js'), '--json', file], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
		const ms = performance.now() - start;
		const rss = /maxRSS (\d+)/u.exec(child.stderr ?? '');
		if (child.status !== 0 || !rss) {
			throw new Error(`rol-dash --json ${file} exited ${child.status ?? child.signal}: ${String(child.stderr).slice(-300)}`);
		}

		samples.push({ms, rss: Number(rss[1]) * 1024});
	}

	return {ms: median(samples.map(sample => sample.ms)), rss: median(samples.map(sample => sample.rss))};
}
