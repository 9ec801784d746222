/**
The parser against another build of it, taking turns in one process: `node scripts/bench/parser-pair.mjs
OTHER [ROUNDS]`, where OTHER is another checkout of rol-dash (`git worktree add --detach /tmp/base aa49b60`;
its imports resolve from this checkout's node_modules). On a shared machine whose speed moves by half between
hours only such pairs compare two parsers; the ratio is the median over rounds of CPU time, other / this
(above 1: this parser is faster). Needs `.bench/corpus-3000`, which `npm run bench` makes.
*/
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const [other, roundsArg] = process.argv.slice(2);
if (!other) {
	console.error('usage: node scripts/bench/parser-pair.mjs OTHER_CHECKOUT [ROUNDS]');
	process.exit(2);
}

const rounds = Number(roundsArg ?? 10);
const corpus = resolve('.bench/corpus-3000');
const files = [];
const walk = folder => {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (/\.(txt|md)$/u.test(name)) files.push(path);
	}
};

walk(corpus);
const texts = files.map(file => readFileSync(file, 'utf8'));
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

async function parserOf(tree, name) {
	const outfile = resolve('.bench', `pair-${name}.mjs`);
	await build({entryPoints: [join(tree, 'source/parse/index.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', nodePaths: [resolve('node_modules')], define: {'process.env.NODE_ENV': '"production"'}});
	return (await import(pathToFileURL(outfile).href)).parseReport;
}

const parsers = [await parserOf(resolve(other), 'other'), await parserOf(resolve('.'), 'this')];
const cpu = [[], []];
for (let round = 0; round < rounds; round++) {
	parsers.forEach((parse, i) => {
		const start = process.cpuUsage();
		for (const text of texts) parse(text);
		const used = process.cpuUsage(start);
		cpu[i].push((used.user + used.system) / 1000);
	});
}

// The first round warms both up.
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [otherMs, thisMs] = cpu.map(times => median(times.slice(1)));
const ratios = cpu[0].slice(1).map((time, round) => time / cpu[1][round + 1]);
console.log(`${texts.length} texts, ${megabytes.toFixed(1)} MB, ${rounds} rounds taking turns (CPU time, medians)`);
console.log(`other (${other}): ${(megabytes / (otherMs / 1000)).toFixed(1)} MB/s`);
console.log(`this: ${(megabytes / (thisMs / 1000)).toFixed(1)} MB/s`);
console.log(`speed of this parser relative to the other, median of rounds: ${median(ratios).toFixed(3)}`);
