/**
The loader at national scale: parse throughput on one thread and on every core,
the time and peak memory to load 3,000 and 30,000 report files, and the streamed
exports of 30,000 (scripts/bench/export.mjs), each in a fresh process. Every figure
is a median. The machine's own parallel speed-up
(a CPU-bound loop on one thread and on all) is sampled between the loads, since
a shared or throttled machine bounds what workers can gain.
*/
import {spawnSync} from 'node:child_process';
import {copyFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import {build} from 'esbuild';
import {requireBanner} from '../build-plugins.mjs';
import {bundle} from './bundle.mjs';
import {scaleCorpusApart} from './corpus.mjs';
import {exportOnce, exportFormats} from './export.mjs';
import {median, referenceLoop} from './measure.mjs';

const banner = {js: requireBanner};

// A fresh process loads a folder as the CLI does and reports its time and peak memory: summaries
// for the dashboard, text and Markdown, or whole reports (the tests' loadCorpus; no command keeps them all now).
const loaderSource = `
import {loadCorpus, loadSummaries} from './source/corpus/load.ts';
const [dir, kept, threads] = process.argv.slice(2);
const start = performance.now();
const corpus = await (kept === 'whole' ? loadCorpus : loadSummaries)([dir], threads ? {threads: Number(threads)} : {});
const ms = performance.now() - start;
console.log(JSON.stringify({ms, reports: corpus.reports.length, errors: corpus.errors.length, maxRSS: process.resourceUsage().maxRSS * 1024}));
`;

async function bundleTools() {
	const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner};
	await build({...common, stdin: {contents: loaderSource, resolveDir: process.cwd(), loader: 'ts'}, outfile: '.bench/load-corpus.mjs'});
	const pipeline = [
		"export {loadCorpus} from './source/corpus/load.ts';",
		"export {loadDocuments} from './source/corpus/documents.ts';",
		"export {findWorker} from './source/corpus/execute/index.ts';",
	].join('\n');
	await build({...common, stdin: {contents: pipeline, resolveDir: process.cwd(), loader: 'ts'}, outfile: '.bench/pipeline.mjs'});
	// The worker as built for the CLI (npm run bench builds first), beside the bundles that start it.
	copyFileSync('dist/parse-worker.js', '.bench/parse-worker.js');
	const at = name => import(join(process.cwd(), '.bench', name));
	return at('pipeline.mjs');
}

const spin = `let x = 0; for (let i = 0; i < 1e8; i++) x = (x + i * 7) % 1000003;`;

/** How much faster all cores run a CPU-bound loop than one: the ceiling for any pool here, now. */
async function machineSpeedup(threads) {
	const run = async count => {
		const start = performance.now();
		await Promise.all(Array.from({length: count}, async () => new Promise((done, fail) => {
			new Worker(spin, {eval: true}).on('exit', done).on('error', fail);
		})));
		return performance.now() - start;
	};

	return (threads * (await run(1))) / (await run(threads));
}

async function elapsed(task) {
	const start = performance.now();
	await task();
	return performance.now() - start;
}

/**
Runs each step once per round, in turn, and returns every step's samples. One
thread, all cores and the machine's own speed-up take turns, so a neighbour
busy for a while weighs on all of them alike.
*/
async function rounds(count, steps) {
	const samples = Object.fromEntries(Object.keys(steps).map(name => [name, []]));
	for (let round = 0; round < count; round++) {
		for (const [name, step] of Object.entries(steps)) {
			samples[name].push(await step());
		}
	}

	return samples;
}

/**
One load in a fresh process: its wall time, start to exit, and its peak resident memory.
`kept` is 'summaries' (the dashboard, text, Markdown) or 'whole' (every report in memory).
*/
function loadOnce(dir, kept, threads) {
	const start = performance.now();
	const child = spawnSync(process.execPath, ['.bench/load-corpus.mjs', dir, kept, ...(threads ? [String(threads)] : [])], {encoding: 'utf8', maxBuffer: 1 << 20});
	const wall = performance.now() - start;
	if (child.status !== 0) {
		throw new Error(`loading ${dir} failed: ${child.stderr.slice(0, 500)}`);
	}

	return {wall, rss: JSON.parse(child.stdout).maxRSS};
}

const wallOf = loads => median(loads.map(load => load.wall));
const rssOf = loads => median(loads.map(load => load.rss));
const mb = bytes => bytes / 1e6;
const seconds = ms => `${(ms / 1000).toFixed(2)} s`;

export async function scaleBench({quick = false, log = console.log} = {}) {
	const threads = availableParallelism();
	const small = scaleCorpusApart(3000);
	const large = quick ? null : scaleCorpusApart(30_000);
	const pipeline = await bundleTools();
	const {parseReport} = await bundle('source/parse/index.ts', 'parse');
	if (!pipeline.findWorker()) {
		throw new Error('no parse worker beside the bench bundles: run npm run build first');
	}

	log(`\nscale (synthetic corpus from the seeds; ${threads} cores; one thread and all cores measured in turns)`);
	log(`machine speed now: a fixed loop takes ${referenceLoop().toFixed(0)} ms`);
	const texts = (await pipeline.loadDocuments([small.dir])).documents.map(document => document.text);
	const rate = ms => mb(small.bytes) / (ms / 1000);
	texts.slice(0, 300).forEach(text => parseReport(text));
	// The parser alone first: the loads below leave this process's heap larger, and parsing after
	// them measured a third slower.
	const parse = (await rounds(5, {parse: async () => elapsed(() => texts.forEach(text => parseReport(text)))})).parse;
	const speed = await rounds(3, {
		machine: async () => machineSpeedup(threads),
		one: async () => elapsed(async () => pipeline.loadCorpus([small.dir], {threads: 1})),
		all: async () => elapsed(async () => pipeline.loadCorpus([small.dir], {threads})),
	});
	const one = median(speed.one);
	const all = median(speed.all);
	log(`parse throughput, one thread (${texts.length} decoded texts, ${mb(small.bytes).toFixed(1)} MB UTF-8): ${rate(median(parse)).toFixed(1)} MB/s (median of 5; fastest ${rate(Math.min(...parse)).toFixed(1)} MB/s; goal ≥ 30 MB/s)`);
	log(`load throughput (files → reports), one thread: ${rate(one).toFixed(1)} MB/s`);
	log(`load throughput (files → reports), all ${threads} cores: ${rate(all).toFixed(1)} MB/s (${(one / all).toFixed(2)}× one thread)`);

	const count = corpus => corpus.files.toLocaleString('en');
	const smallDir = resolve(small.dir);
	const loads = await rounds(5, {
		machine: async () => machineSpeedup(threads),
		one: async () => loadOnce(smallDir, 'summaries', 1),
		all: async () => loadOnce(smallDir, 'summaries'),
		whole: async () => loadOnce(smallDir, 'whole'),
	});
	log(`load ${count(small)} reports (${mb(small.bytes).toFixed(0)} MB) for the dashboard, as rol-dash loads them by default: ${seconds(wallOf(loads.all))}, peak ${mb(rssOf(loads.all)).toFixed(0)} MB (median of 5 fresh processes)`);
	log(`load ${count(small)} reports for the dashboard, one thread: ${seconds(wallOf(loads.one))}, peak ${mb(rssOf(loads.one)).toFixed(0)} MB (the default ${(wallOf(loads.one) / wallOf(loads.all)).toFixed(2)}× as fast)`);
	log(`load ${count(small)} reports whole (all in memory, as nothing does now): ${seconds(wallOf(loads.whole))}, peak ${mb(rssOf(loads.whole)).toFixed(0)} MB`);
	const machine = [...speed.machine, ...loads.machine];
	if (large) {
		const largeDir = resolve(large.dir);
		// The exports as the CLI runs them, output to a file, taking turns with the loads.
		const loadsLarge = await rounds(3, {
			machine: async () => machineSpeedup(threads),
			all: async () => loadOnce(largeDir, 'summaries'),
			...Object.fromEntries(exportFormats.map(format => [format, async () => exportOnce(large.dir, format)])),
		});
		machine.push(...loadsLarge.machine);
		const scaling = `${(wallOf(loadsLarge.all) / wallOf(loads.all)).toFixed(1)}× the time of ${count(small)}`;
		const range = `${seconds(Math.min(...loadsLarge.all.map(load => load.wall)))}–${seconds(Math.max(...loadsLarge.all.map(load => load.wall)))}`;
		log(`load ${count(large)} reports (${mb(large.bytes).toFixed(0)} MB) for the dashboard, as rol-dash loads them by default: ${seconds(wallOf(loadsLarge.all))}, peak ${mb(rssOf(loadsLarge.all)).toFixed(0)} MB (median of 3 fresh processes, ${range}; ${scaling}; goal < 10 s, < 1 GB)`);
		for (const format of exportFormats) {
			const runs = loadsLarge[format];
			const range = `${seconds(Math.min(...runs.map(run => run.wall)))}–${seconds(Math.max(...runs.map(run => run.wall)))}`;
			const goal = format === 'json' ? 'goal: valid JSON, < 400 MB' : 'goal < 6 s, < 300 MB';
			log(`rol-dash --format ${format} on ${count(large)} reports, to a file (${mb(runs[0].bytes).toFixed(0)} MB): ${seconds(wallOf(runs))}, peak ${mb(rssOf(runs)).toFixed(0)} MB (median of 3, ${range}; ${(wallOf(runs) / wallOf(loadsLarge.all)).toFixed(2)}× the dashboard's load; ${goal})`);
		}
	} else {
		log('(--quick: the 30,000-report load was skipped)');
	}

	const range = `${Math.min(...machine).toFixed(2)}–${Math.max(...machine).toFixed(2)}`;
	log(`machine: ${threads} threads ran a CPU-bound loop ${median(machine).toFixed(2)}× as fast as one (median; ${range} between the runs above): the ceiling for workers here`);
}

// Run alone (node scripts/bench/scale.mjs [--quick]), as npm run bench does, in a fresh process.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await scaleBench({quick: process.argv.includes('--quick')});
	process.exit(0);
}
