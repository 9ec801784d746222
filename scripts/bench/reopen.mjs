/**
Instant reopen (source/corpus/cache/): the whole CLI on one corpus, in fresh processes, each with a cache
folder of its own under .bench/ (XDG_CACHE_HOME), never the user's. Taking turns, `runs` times:

	cold   --format csv with the cache on and its folder emptied first: parses every file and writes a shelf
	none   --format csv --no-cache: parses every file, writes nothing
	warm   --format csv again on the shelf the last cold run wrote
and, once the CSV runs are done, the dashboard's first frame in a terminal (tmux, frame.mjs) on a warm
shelf for summaries. Wall time and CPU time (user + sys of the process and its workers), medians.

	node scripts/bench/reopen.mjs [DIR] [runs]     (default .bench/corpus-30000, 3 runs)
*/
import {spawnSync} from 'node:child_process';
import {closeSync, openSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {firstFrame, hasTmux, nodeFrame} from './frame.mjs';
import {median} from './measure.mjs';

const [dir = '.bench/corpus-30000', runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);
const caches = resolve('.bench', 'reopen-cache');
const cpu = 'data:text/javascript,import {writeSync} from "node:fs"; process.on("exit", () => { const u = process.resourceUsage(); writeSync(2, `\\ncpu ${u.userCPUTime + u.systemCPUTime} maxRSS ${u.maxRSS}\\n`); });';

function once(kind) {
	const xdg = join(caches, kind === 'none' ? 'none' : 'on');
	if (kind === 'cold') rmSync(xdg, {recursive: true, force: true});
	const out = openSync(join('.bench', 'reopen.out'), 'w');
	try {
		const start = performance.now();
		const child = spawnSync(process.execPath, ['--import', cpu, 'dist/cli.js', '--format', 'csv', ...(kind === 'none' ? ['--no-cache'] : []), dir], {stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: xdg}});
		const wall = performance.now() - start;
		const used = /cpu (\d+) maxRSS (\d+)/u.exec(child.stderr ?? '');
		if (child.status !== 0 || !used) throw new Error(`${kind}: exit ${child.status}: ${String(child.stderr).slice(-300)}`);
		return {wall, cpu: Number(used[1]) / 1000, rss: Number(used[2]) * 1024};
	} finally {
		closeSync(out);
	}
}

const samples = {cold: [], none: [], warm: []};
for (let run = 0; run < runs; run++) {
	for (const kind of run % 2 === 0 ? ['cold', 'none', 'warm'] : ['none', 'cold', 'warm']) {
		samples[kind].push(once(kind));
	}
}

const s = ms => `${(ms / 1000).toFixed(2)} s`;
for (const [kind, list] of Object.entries(samples)) {
	const walls = list.map(each => each.wall);
	console.log(`--format csv ${dir}, ${kind}: wall ${s(median(walls))} (${s(Math.min(...walls))}–${s(Math.max(...walls))}), CPU ${s(median(list.map(each => each.cpu)))}, peak ${(median(list.map(each => each.rss)) / 1e6).toFixed(0)} MB (median of ${runs})`);
}

if (hasTmux()) {
	process.env.XDG_CACHE_HOME = join(caches, 'on');
	// The first run (a warm-up firstFrame discards) writes the summaries' shelf if there is none.
	const floor = await nodeFrame();
	const frame = await firstFrame({args: [dir], runs: 5, deadline: 120_000});
	console.log(`first dashboard frame (tmux 120×34), ${dir}, warm: ${s(frame)} (median of 5; node printing a line: ${s(floor)})`);
}

rmSync(join('.bench', 'reopen.out'), {force: true});
