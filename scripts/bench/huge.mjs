/**
The streamed CSV export at ten times the national corpus: 300,000 reports, made on the fly
under .bench/ (some 2.8 GB), exported once by the whole CLI, then deleted. Too slow for the
default run: `npm run bench -- --300k`, or alone `node scripts/bench/huge.mjs [count] [cli.js]`.
Reported beside the 30,000-report export measured in the same run (the goal: within 11× its
time, peak under 300 MB).
*/
import {rmSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {scaleCorpusApart} from './corpus.mjs';
import {exportOnce} from './export.mjs';

const seconds = ms => `${(ms / 1000).toFixed(2)} s`;

export function hugeBench({count = 300_000, cli = 'dist/cli.js', log = console.log} = {}) {
	const large = scaleCorpusApart(30_000);
	const made = performance.now();
	if (count <= 30_000) {
		throw new Error(`${count} reports: the corpus is deleted after, so it must not be one the benchmark keeps`);
	}

	const huge = scaleCorpusApart(count);
	log(`\n${count.toLocaleString('en')} reports made in ${seconds(performance.now() - made)} (${(huge.bytes / 1e9).toFixed(2)} GB)`);
	try {
		const base = exportOnce(large.dir, 'csv', cli);
		const run = exportOnce(huge.dir, 'csv', cli);
		log(`rol-dash --format csv on ${count.toLocaleString('en')} reports, to a file (${(run.bytes / 1e6).toFixed(0)} MB): ${seconds(run.wall)}, peak ${(run.rss / 1e6).toFixed(0)} MB; 30,000 just before: ${seconds(base.wall)}, peak ${(base.rss / 1e6).toFixed(0)} MB: ${(run.wall / base.wall).toFixed(1)}× its time (goal ≤ 11×, < 300 MB)`);
	} finally {
		rmSync(huge.dir, {recursive: true, force: true});
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	hugeBench({count: Number(process.argv[2] ?? 300_000), cli: process.argv[3]});
}
