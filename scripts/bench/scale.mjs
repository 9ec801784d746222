/**
The loader at national scale: parse throughput on one thread and on every core,
and the time and peak memory to load 3,000 and 30,000 report files, each load in
a fresh process. Every figure is a median; the machine's own parallel speed-up
(a CPU-bound loop on one thread and on all) is measured alongside, since a
shared or throttled machine bounds what workers can gain.
*/
import {spawnSync} from 'node:child_process';
import {copyFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join, resolve} from 'node:path';
import {Worker} from 'node:worker_threads';
import {build} from 'esbuild';
import {bundle} from './bundle.mjs';
import {scaleCorpus} from './corpus.mjs';
import {median} from './measure.mjs';

const banner = {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"};

// A fresh process loads a folder as the CLI does and reports its time and peak memory.
const loaderSource = `
import {loadCorpus} from './source/corpus.ts';
const [dir, threads] = process.argv.slice(2);
const start = performance.now();
const corpus = await loadCorpus([dir], threads ? {threads: Number(threads)} : {});
const ms = performance.now() - start;
console.log(JSON.stringify({ms, reports: corpus.reports.length, errors: corpus.errors.length, maxRSS: process.resourceUsage().maxRSS * 1024}));
`;

async function bundleTools() {
	const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner};
	await build({...common, stdin: {contents: loaderSource, resolveDir: process.cwd(), loader: 'ts'}, outfile: '.bench/load-corpus.mjs'});
	await build({...common, entryPoints: ['source/parallel/index.ts'], outfile: '.bench/parallel.mjs'});
	await build({...common, entryPoints: ['source/load/index.ts'], outfile: '.bench/load.mjs'});
	// The worker as built for the CLI (npm run bench builds first), beside the bundles that start it.
	copyFileSync('dist/parse-worker.js', '.bench/parse-worker.js');
	const at = name => import(join(process.cwd(), '.bench', name));
	return {parallel: await at('parallel.mjs'), load: await at('load.mjs')};
}

const spin = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003;`;

/** How much faster all cores run a CPU-bound loop than one: the ceiling for any pool here. */
async function machineSpeedup(threads) {
	const once = async count => {
		const start = performance.now();
		await Promise.all(Array.from({length: count}, () => new Promise((done, fail) => {
			new Worker(spin, {eval: true}).on('exit', done).on('error', fail);
		})));
		return performance.now() - start;
	};

	const samples = [];
	for (let run = 0; run < 3; run++) {
		samples.push((threads * (await once(1))) / (await once(threads)));
	}

	return median(samples);
}

function timed(runs, task) {
	const samples = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		task();
		samples.push(performance.now() - start);
	}

	return median(samples);
}

async function timedAsync(runs, task) {
	const samples = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		await task();
		samples.push(performance.now() - start);
	}

	return median(samples);
}

/** Wall time of whole fresh processes, and the peak resident memory of each. */
function loadRuns(dir, runs, threads) {
	const samples = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const child = spawnSync(process.execPath, ['.bench/load-corpus.mjs', dir, ...(threads ? [String(threads)] : [])], {encoding: 'utf8', maxBuffer: 1 << 20});
		const wall = performance.now() - start;
		if (child.status !== 0) {
			throw new Error(`loading ${dir} failed: ${child.stderr.slice(0, 500)}`);
		}

		samples.push({wall, ...JSON.parse(child.stdout)});
	}

	return {wall: median(samples.map(sample => sample.wall)), rss: median(samples.map(sample => sample.maxRSS)), reports: samples[0].reports};
}

const mb = bytes => bytes / 1e6;
const seconds = ms => `${(ms / 1000).toFixed(2)} s`;

export async function scaleBench({quick = false, log = console.log} = {}) {
	const threads = availableParallelism();
	const small = await scaleCorpus(3000, {log});
	const large = quick ? null : await scaleCorpus(30_000, {log});
	const {parallel, load} = await bundleTools();
	const {parseReport} = await bundle('source/parse/index.ts', 'parse');
	if (!parallel.findWorker()) {
		throw new Error('no parse worker beside the bench bundles: run npm run build first');
	}

	log(`\nscale (synthetic corpus from the seeds; ${threads} cores)`);
	const speedup = await machineSpeedup(threads);
	log(`machine: ${threads} threads run a CPU-bound loop ${speedup.toFixed(2)}× as fast as one (the ceiling for workers here)`);

	const texts = (await load.loadPaths([small.dir])).documents.map(document => document.text);
	const bytes = small.bytes;
	texts.slice(0, 300).forEach(text => parseReport(text));
	const single = timed(3, () => texts.forEach(text => parseReport(text)));
	log(`parse throughput, one thread (${texts.length} decoded texts, ${mb(bytes).toFixed(1)} MB UTF-8): ${(mb(bytes) / (single / 1000)).toFixed(1)} MB/s (goal ≥ 30 MB/s)`);
	const loadOne = await timedAsync(3, () => parallel.loadOutcomes([small.dir], {threads: 1}));
	const loadAll = await timedAsync(3, () => parallel.loadOutcomes([small.dir], {threads}));
	const rate = ms => mb(bytes) / (ms / 1000);
	log(`load throughput (files → reports), one thread: ${rate(loadOne).toFixed(1)} MB/s`);
	log(`load throughput (files → reports), all ${threads} cores: ${rate(loadAll).toFixed(1)} MB/s (${(loadOne / loadAll).toFixed(2)}× one thread)`);

	const count = corpus => corpus.files.toLocaleString('en');
	const smallAll = loadRuns(resolve(small.dir), 5);
	const smallOne = loadRuns(resolve(small.dir), 5, 1);
	log(`load ${count(small)} reports (${mb(small.bytes).toFixed(0)} MB), all cores: ${seconds(smallAll.wall)}, peak ${mb(smallAll.rss).toFixed(0)} MB (median of 5 fresh processes)`);
	log(`load ${count(small)} reports, one thread: ${seconds(smallOne.wall)}, peak ${mb(smallOne.rss).toFixed(0)} MB (all cores ${(smallOne.wall / smallAll.wall).toFixed(2)}× as fast)`);
	if (large) {
		const largeAll = loadRuns(resolve(large.dir), 3);
		const scaling = `${(largeAll.wall / smallAll.wall).toFixed(1)}× the time of ${count(small)}`;
		log(`load ${count(large)} reports (${mb(large.bytes).toFixed(0)} MB), all cores: ${seconds(largeAll.wall)}, peak ${mb(largeAll.rss).toFixed(0)} MB (median of 3 fresh processes; ${scaling}; goal < 10 s, < 1 GB)`);
	}

	if (quick) {
		log('(--quick: the 30,000-report load was skipped)');
	}
}
