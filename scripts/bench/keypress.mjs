/**
Keypress to redrawn frame, in-process: the dashboard rendered by ink-testing-library
(Ink's own renderer, writing each frame to a fake stdout), a key written to its
stdin, the clock stopped when the next frame is written. Waiting turns the event
loop (Ink flushes a lone Esc on the next turn), never a timer.

	import {keypressLatency} from './bench/keypress.mjs';
	const ms = await keypressLatency(reports, {view: 'compare', presses: 200});

Run alone (node scripts/bench/keypress.mjs) it parses the seeds and prints the median per view.
*/
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

let loaded;

/** The app, the test renderer and the parser, bundled once from source. */
async function load() {
	if (loaded === undefined) {
		const outfile = join(root, '.bench', 'keypress-app.mjs');
		await build({
			stdin: {
				contents: [
					"export {App} from './source/app.tsx';",
					"export {loadPinyin} from './source/model/search.ts';",
					"export {parseReport} from './source/parse/index.ts';",
					"export {render} from 'ink-testing-library';",
					"export {createElement} from 'react';",
				].join('\n'),
				resolveDir: root,
				loader: 'ts',
			},
			outfile,
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			jsx: 'automatic',
			logLevel: 'warning',
			define: {'process.env.NODE_ENV': '"production"'},
			plugins: [{
				name: 'no-devtools',
				setup(builder) {
					builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty'}));
					builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
				},
			}],
			banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"},
		});
		loaded = await import(pathToFileURL(outfile).href);
	}

	return loaded;
}

const down = '\u001B[B';
const up = '\u001B[A';
const turn = () => new Promise(resolve => {
	setImmediate(resolve);
});

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Writes a key and resolves with the milliseconds until Ink wrote the next frame. */
async function timePress(app, key) {
	const before = app.frames.length;
	const start = performance.now();
	app.stdin.write(key);
	for (let turns = 0; app.frames.length === before; turns++) {
		if (turns > 1000) {
			throw new Error(`no frame after ${JSON.stringify(key)}`);
		}

		await turn();
	}

	return performance.now() - start;
}

/**
The median time from a keypress to the redrawn frame, in ms. Presses alternate down
and up, so every one changes the frame; the first few warm the JIT and are not counted.
*/
export async function keypressLatency(reports, {view = 'compare', presses = 200, size = {columns: 80, rows: 24}, warmup = 10} = {}) {
	const {App, loadPinyin, render, createElement} = await load();
	await loadPinyin();
	const app = render(createElement(App, {reports, view, size}));
	try {
		// Ink listens to stdin from an effect after the first frame.
		while (app.frames.length === 0) {
			await turn();
		}

		await turn();
		const samples = [];
		for (let index = 0; index < warmup + presses; index++) {
			const ms = await timePress(app, index % 2 === 0 ? down : up);
			if (index >= warmup) {
				samples.push(ms);
			}
		}

		return median(samples);
	} finally {
		app.unmount();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const {parseReport} = await load();
	const seeds = join(root, 'seeds');
	const reports = readdirSync(seeds).sort().map(name => parseReport(readFileSync(join(seeds, name), 'utf8'), {file: join('seeds', name)}));
	for (const view of ['compare', 'district', 'indicator', 'coverage']) {
		const ms = await keypressLatency(reports, {view});
		console.log(`keypress → frame, ${view}: ${ms.toFixed(2)} ms median (80×24, ${reports.length} seeds; goal < 16 ms)`);
	}

	process.exit(0);
}
