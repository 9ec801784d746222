#!/usr/bin/env node
// npm run bench: every figure is a median over repeated runs, measured now, on this machine,
// with its baseline measured in the same run. `--quick` skips the 30,000-report load; `--300k` adds the
// CSV export of 300,000 reports (made on the fly, some 2.8 GB under .bench/, deleted after; minutes) and
// `--cpu` the CPU time of the 30,000-report loads against one thread's parse (scripts/bench/cpu.mjs).
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {bundle} from './bench/bundle.mjs';
import {firstFrame, hasTmux, nodeFrame} from './bench/frame.mjs';
import {keypressLatency, loadApp} from './bench/keypress.mjs';
import {fmt, referenceLoop, timeIt, timeProcesses} from './bench/measure.mjs';
import {corpusDataTime, nationalReports, seedReports} from './bench/national.mjs';
import {loadOneLine, oneLineReport} from './bench/one-line.mjs';

const quick = process.argv.includes('--quick');
const seedsDir = 'seeds';
const seeds = readdirSync(seedsDir).sort().map(name => readFileSync(join(seedsDir, name), 'utf8'));
const seedBytes = seeds.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

console.log('rol-dash benchmark (medians)\n');
console.log(`machine speed now: a fixed loop takes ${fmt(referenceLoop(), 0)} (larger is slower; compare absolute figures only between runs where this agrees)`);

// 1. Start to output: the whole CLI printing the compare table for the seeds, against bare node.
// With no paths rol-dash starts from the bundled reports, parsed when dist/ was built; the same
// files named as a folder are read and parsed at start, as any user's reports are.
const start = timeProcesses({
	node: [process.execPath, '-e', '0'],
	text: [process.execPath, 'dist/cli.js', '--format', 'text'],
	json: [process.execPath, 'dist/cli.js', '--json'],
	parsed: [process.execPath, 'dist/cli.js', '--no-cache', '--format', 'text', seedsDir],
}, {runs: 21});
const ratio = ms => `${(ms / start.node).toFixed(2)}× node -e 0`;
console.log(`node -e 0: ${fmt(start.node, 0)} (the baseline; the four start-up commands take turns, 21 runs each)`);
console.log(`start to output, rol-dash --format text (the bundled seeds, parsed at build): ${fmt(start.text, 0)} = ${ratio(start.text)} (goal ≤ 2×)`);
console.log(`start to output, rol-dash --json (the bundled seeds): ${fmt(start.json, 0)} = ${ratio(start.json)}`);
console.log(`start to output, rol-dash --format text seeds (the same files named, parsed at start): ${fmt(start.parsed, 0)} = ${ratio(start.parsed)}`);

// 2. Start to the first interactive frame, in a real terminal (tmux), against node printing a line there.
if (hasTmux()) {
	try {
		const floor = await nodeFrame();
		const first = await firstFrame();
		console.log(`start to first interactive frame (tmux 120×34, seeds): ${fmt(first, 0)} = ${(first / floor).toFixed(2)}× node printing a line (${fmt(floor, 0)})`);
	} catch (error) {
		console.log(`start to first interactive frame: not measured (${String(error.message).split('\n')[0]})`);
	}
} else {
	console.log('start to first interactive frame: tmux is not installed, not measured');
}

// The parser alone on the seeds.
const {parseReport} = await bundle('source/parse/index.ts', 'parse');
const parseSeeds = timeIt(() => seeds.forEach(text => parseReport(text)), {runs: 50, warmup: 5});
console.log(`parse the ${seeds.length} seeds in-process: ${fmt(parseSeeds, 2)} (${(seedBytes / 1024).toFixed(1)} KB; goal < 20 ms)`);

// 5. Keypress to redrawn frame (before the scale runs, which leave the machine's caches cold).
const seedReportList = await seedReports();
for (const view of ['compare', 'district', 'indicator', 'coverage']) {
	const ms = await keypressLatency(seedReportList, {view});
	console.log(`keypress → frame, ${view}, seeds (80×24): ${fmt(ms, 2)} (goal < 16 ms)`);
}

// The dashboard as it runs on files: summaries, a report's details read again from its file. Moving in
// the district view reads them once (the last 32 are kept); the read alone is timed on fresh readers.
const {loadSummaries, detailsFromFiles} = await loadApp();
const summaries = (await loadSummaries([seedsDir])).reports;
const districtFromFiles = await keypressLatency(summaries, {view: 'district', details: detailsFromFiles()});
console.log(`keypress → frame, district, seeds as summaries, details from their files (80×24): ${fmt(districtFromFiles, 2)} (goal < 16 ms)`);
const readAgain = timeIt(() => summaries.forEach(summary => detailsFromFiles()(summary)), {runs: 50, warmup: 5}) / summaries.length;
console.log(`a report's details read again from its file (the district view, a report not among the last 32): ${fmt(readAgain, 2)} a report (the five seeds, median of 50 runs)`);

const national = await nationalReports(3000);
for (const view of ['compare', 'indicator']) {
	for (const [before, group] of [['', 'the peer group it opens on'], ['p', 'all districts']]) {
		const ms = await keypressLatency(national, {view, before});
		console.log(`keypress → frame, ${view}, ${national.length} reports, ${group} (80×24): ${fmt(ms, 2)} (goal < 16 ms)`);
	}
}

// The keys that re-align the compare view: y (every column to another year), Y (one column), d (the changes).
for (const key of ['y', 'Y', 'd']) {
	const ms = await keypressLatency(national, {view: 'compare', keys: [key, key], presses: 60});
	console.log(`keypress → frame, compare, ${key}, ${national.length} reports, the peer group it opens on (80×24): ${fmt(ms, 2)} (goal < 16 ms)`);
}

// What the dashboard computes once a national corpus is loaded, before its first frame.
if (!quick) {
	const all = await nationalReports(30_000);
	const ms = await corpusDataTime(all, {view: 'compare', runs: 3});
	console.log(`the dashboard's data for ${all.length.toLocaleString('en')} reports, before its first frame (compare): ${fmt(ms, 0)}`);
}

// A report saved on one line, 10 MB: the whole CLI in fresh processes, for time and peak memory.
const oneLine = oneLineReport(10);
const oneLineLoad = loadOneLine(oneLine.file);
console.log(`rol-dash --json on one report of ${(oneLine.bytes / 1024 / 1024).toFixed(1)} MB on a single line (${oneLine.file}): ${(oneLineLoad.ms / 1000).toFixed(2)} s, peak ${(oneLineLoad.rss / 1024 / 1024).toFixed(0)} MB (median of 3 fresh processes; goal < 3 s, < 400 MB)`);

// 3 and 4. Parse throughput, load time and peak memory at national scale, in a process of their
// own: after the keypress runs this one holds an app and 3,000 reports, and parsing beside them
// measured 24 MB/s where a fresh process measures 38.
const scale = spawnSync(process.execPath, ['scripts/bench/scale.mjs', ...(quick ? ['--quick'] : [])], {stdio: 'inherit'});
// Each in a fresh process of its own, after the scale runs, which make the 30,000-report corpus.
const extras = [
	...(process.argv.includes('--cpu') && !quick ? [['scripts/bench/cpu.mjs', '.bench/corpus-30000', '3']] : []),
	...(process.argv.includes('--300k') ? [['scripts/bench/huge.mjs']] : []),
];
const failed = extras.map(args => spawnSync(process.execPath, args, {stdio: 'inherit'}).status).some(status => status !== 0);
process.exit(failed ? 1 : scale.status ?? 1);
