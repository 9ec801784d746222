#!/usr/bin/env node
// npm run bench: every figure is a median over repeated runs, measured now, on this machine.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {bundle} from './bench/bundle.mjs';
import {fmt, timeIt} from './bench/measure.mjs';
import {scaleBench} from './bench/scale.mjs';

const seedsDir = 'seeds';
const seeds = readdirSync(seedsDir).sort().map(name => readFileSync(join(seedsDir, name), 'utf8'));
const seedBytes = seeds.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

const {parseReport} = await bundle('source/parse/index.ts', 'parse');

console.log('rol-dash benchmark (medians)\n');
const parseSeeds = timeIt(() => seeds.forEach(text => parseReport(text)), {runs: 50, warmup: 5});
console.log(`parse the ${seeds.length} seeds in-process: ${fmt(parseSeeds, 2)} (${(seedBytes / 1024).toFixed(1)} KB; goal < 20 ms)`);

// Loader throughput, load time and peak memory at national scale (--quick skips 30,000 reports).
await scaleBench({quick: process.argv.includes('--quick')});
