/**
The streamed exports at scale: `rol-dash --format csv|jsonl|json DIR > FILE`, the whole
CLI in a fresh process, its output written to a file as a person's would be. Wall time,
start to exit, and peak resident memory, read in the child as it exits (workers share
the process, so theirs is counted).

	import {exportOnce} from './bench/export.mjs';
	const {wall, rss, bytes} = exportOnce('.bench/corpus-30000', 'csv');

Run alone (node scripts/bench/export.mjs DIR [runs] [cli.js …]) it prints each format's
median for each build named (default dist/cli.js), the builds taking turns.
*/
import {spawnSync} from 'node:child_process';
import {closeSync, openSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {median, uncached} from './measure.mjs';

/** Loaded into the child before the CLI: prints its peak resident memory (KB) to stderr as it exits. */
const peak = 'data:text/javascript,import {writeSync} from "node:fs"; process.on("exit", () => writeSync(2, `\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));';

export const exportFormats = ['csv', 'jsonl', 'json'];

/** One export in a fresh process: wall ms, peak bytes, and the size of what it wrote. */
export function exportOnce(dir, format, cli = 'dist/cli.js') {
	const out = join('.bench', 'export.out');
	const fd = openSync(out, 'w');
	try {
		const start = performance.now();
		const child = spawnSync(process.execPath, ['--import', peak, cli, ...uncached(cli), '--format', format, dir], {stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26});
		const wall = performance.now() - start;
		const rss = /maxRSS (\d+)/u.exec(child.stderr ?? '');
		if (child.status !== 0 || !rss) {
			throw new Error(`rol-dash --format ${format} ${dir} exited ${child.status ?? child.signal}: ${String(child.stderr).slice(-300)}`);
		}

		return {wall, rss: Number(rss[1]) * 1024, bytes: statSync(out).size};
	} finally {
		closeSync(fd);
		rmSync(out, {force: true});
	}
}

/** Median wall and peak per format (and build), the formats (and builds) taking turns `runs` times. */
export function exportRuns(dir, {runs = 3, clis = ['dist/cli.js'], formats = exportFormats} = {}) {
	const samples = new Map();
	for (let run = 0; run < runs; run++) {
		for (const format of formats) {
			for (const cli of clis) {
				const key = `${format} ${cli}`;
				samples.set(key, [...samples.get(key) ?? [], exportOnce(dir, format, cli)]);
			}
		}
	}

	return [...samples].map(([key, runs]) => {
		const [format, cli] = key.split(' ');
		const walls = runs.map(each => each.wall);
		return {format, cli, wall: median(walls), low: Math.min(...walls), high: Math.max(...walls), rss: median(runs.map(each => each.rss)), bytes: runs[0].bytes};
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [dir, runs = '3', ...clis] = process.argv.slice(2);
	for (const result of exportRuns(dir, {runs: Number(runs), clis: clis.length > 0 ? clis : undefined})) {
		console.log(`${result.cli} --format ${result.format}: ${(result.wall / 1000).toFixed(2)} s (${(result.low / 1000).toFixed(2)}–${(result.high / 1000).toFixed(2)}), peak ${(result.rss / 1e6).toFixed(0)} MB, ${(result.bytes / 1e6).toFixed(0)} MB written`);
	}
}
