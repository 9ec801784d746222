/**
CPU time (user + system, every thread of the process) of a large load against one
thread parsing the same files in-process, the issue's "every core used well" ratio.
Wall time on a shared machine varies by half; CPU time much less, and it is what
workers waste. Each command runs in a fresh process, the commands taking turns.

	node scripts/bench/cpu.mjs DIR [runs] [--parse] [--csv] [--jsonl] [--load] [--before=OTHER/dist/cli.js]

--parse: read, decode and parse each file on this thread, keeping nothing (the baseline);
--csv / --jsonl: `rol-dash --format csv|jsonl DIR > /dev/null`; --load: the dashboard's
load (summaries), as loadSummaries runs it. With none named, all four. --before names another
build (say main's, built in a copy): its exports take turns with this one's.
*/
import {spawnSync} from 'node:child_process';
import {copyFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {bundleOnly} from './bundle.mjs';
import {median, uncached} from './measure.mjs';

/** Loaded into each child before its program: prints its CPU time and peak memory as it exits. */
const usage = 'data:text/javascript,import {writeSync} from "node:fs"; const start = performance.now(); process.on("exit", () => { const u = process.resourceUsage(); writeSync(2, `\\ncpu ${JSON.stringify({user: u.userCPUTime / 1000, system: u.systemCPUTime / 1000, rss: u.maxRSS * 1024, wall: performance.now() - start})}\\n`); });';

/** The baseline, bundled as production code: every file read, decoded and parsed here, one after another. */
const parseSource = `
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {readDocument, defaultMaxBytes} from './source/load/index.ts';
import {parseReport} from './source/parse/index.ts';
const walk = dir => readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name < b.name ? -1 : 1).flatMap(entry => entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.txt') ? [join(dir, entry.name)] : []);
let facts = 0;
for (const file of walk(process.argv[2])) {
	const document = readDocument(file, defaultMaxBytes);
	if ('text' in document) facts += parseReport(document.text, {file, hints: document.hints}).facts.length;
}
if (facts === 0) process.exit(1);
`;

/** The dashboard's load, as scale.mjs's loader runs it: summaries, the pool as rol-dash sizes it. */
const loadSource = `
import {loadSummaries} from './source/corpus/load.ts';
const store = await loadSummaries([process.argv[2]]);
if (store.reports.length === 0) process.exit(1);
`;

/**
The CSV export in-process, split in its two phases: the load (every file parsed into its piece) and the
write once the corpus is known (on this thread alone), each phase's CPU time printed. Threads as the
second argument (1: this thread alone); the default sizes the pool as rol-dash does.
*/
const exportSource = `
import {openSync} from 'node:fs';
import {Writable} from 'node:stream';
import {loadExport} from './source/corpus/load.ts';
import {writeExport} from './source/snapshot/export.ts';
const [dir, threads, here, format = 'csv'] = process.argv.slice(2);
const cpu = () => { const {user, system} = process.cpuUsage(); return (user + system) / 1000; };
const start = cpu();
const store = await loadExport([dir], {format, cwd: process.cwd()}, threads ? {threads: Number(threads), ...(here ? {parseHere: here === 'here'} : {})} : {});
const loaded = cpu();
const sink = process.stdout;
await writeExport(store, {format, cwd: process.cwd()}, sink);
store.close();
process.stderr.write('\\nphases ' + JSON.stringify({load: loaded - start, write: cpu() - loaded}) + '\\n');
`;

export async function cpuCommands(dir) {
	await bundleOnly({contents: exportSource}, 'export-phases');
	await bundleOnly({contents: parseSource}, 'parse-files');
	await bundleOnly({contents: loadSource}, 'load-summaries');
	// The worker as built for the CLI, beside the bundle that starts it.
	copyFileSync('dist/parse-worker.js', '.bench/parse-worker.js');
	return {
		parse: ['.bench/parse-files.mjs', dir],
		csv: ['dist/cli.js', ...uncached('dist/cli.js'), '--format', 'csv', dir],
		jsonl: ['dist/cli.js', ...uncached('dist/cli.js'), '--format', 'jsonl', dir],
		load: ['.bench/load-summaries.mjs', dir],
		phases: ['.bench/export-phases.mjs', dir],
		phases1: ['.bench/export-phases.mjs', dir, '1'],
		phases2: ['.bench/export-phases.mjs', dir, '2', 'here'],
		phases3: ['.bench/export-phases.mjs', dir, '3', 'apart'],
	};
}

/** One command in a fresh process, its output discarded: {user, system, cpu, wall, rss}, ms and bytes. */
export function cpuOnce(args, {node = []} = {}) {
	const child = spawnSync(process.execPath, [...node, '--import', usage, ...args], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26});
	const line = /\ncpu (\{.*\})\n/u.exec(child.stderr ?? '');
	if (child.status !== 0 || !line) {
		throw new Error(`${args.join(' ')} exited ${child.status ?? child.signal}: ${String(child.stderr).slice(-300)}`);
	}

	const figures = JSON.parse(line[1]);
	const phases = /\nphases (\{.*\})\n/u.exec(child.stderr);
	return {...figures, cpu: figures.user + figures.system, ...(phases ? {phases: JSON.parse(phases[1])} : {})};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [dir, runs = '3'] = process.argv.slice(2).filter(arg => !arg.startsWith('--'));
	const commands = await cpuCommands(dir);
	// --before=PATH/cli.js: another build's csv and jsonl exports, each run right after this build's.
	const before = process.argv.find(arg => arg.startsWith('--before='))?.slice('--before='.length);
	if (before) {
		commands['csv-before'] = [before, ...uncached(before), '--format', 'csv', dir];
		commands['jsonl-before'] = [before, ...uncached(before), '--format', 'jsonl', dir];
	}

	const named = Object.keys(commands).filter(name => process.argv.includes(`--${name}`));
	const chosen = (named.length > 0 ? named : ['parse', 'csv', 'jsonl', 'load']).flatMap(name => (before && (name === 'csv' || name === 'jsonl') ? [`${name}-before`, name] : [name]));
	const samples = Object.fromEntries(chosen.map(name => [name, []]));
	for (let run = 0; run < Number(runs); run++) {
		for (const name of chosen) {
			const sample = cpuOnce(commands[name]);
			samples[name].push(sample);
			console.log(`${name} run ${run + 1}: cpu ${(sample.cpu / 1000).toFixed(2)} s (user ${(sample.user / 1000).toFixed(2)}, sys ${(sample.system / 1000).toFixed(2)}), wall ${(sample.wall / 1000).toFixed(2)} s, peak ${(sample.rss / 1e6).toFixed(0)} MB${sample.phases ? `, load ${(sample.phases.load / 1000).toFixed(2)} s + write ${(sample.phases.write / 1000).toFixed(2)} s` : ''}`);
		}
	}

	const base = samples.parse ? median(samples.parse.map(each => each.cpu)) : undefined;
	for (const name of chosen) {
		const cpus = samples[name].map(each => each.cpu);
		const ratio = base ? ` = ${(median(cpus) / base).toFixed(2)}× parse` : '';
		console.log(`${name}: cpu median ${(median(cpus) / 1000).toFixed(2)} s (${(Math.min(...cpus) / 1000).toFixed(2)}–${(Math.max(...cpus) / 1000).toFixed(2)})${ratio}, wall median ${(median(samples[name].map(each => each.wall)) / 1000).toFixed(2)} s, peak ${(median(samples[name].map(each => each.rss)) / 1e6).toFixed(0)} MB`);
	}
}
