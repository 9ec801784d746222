/**
Keypress to redrawn frame, in-process: the dashboard rendered by ink-testing-library
(Ink's own renderer, writing each frame to a fake stdout), a key written to its
stdin, the clock stopped when the next frame is written. Waiting turns the event
loop (Ink flushes a lone Esc on the next turn), never a timer.

	import {keypressLatency} from './bench/keypress.mjs';
	import {nationalReports} from './bench/national.mjs';
	const ms = await keypressLatency(await nationalReports(3000), {view: 'compare', presses: 200});

Run alone (node scripts/bench/keypress.mjs [count]) it prints the median per view for the
seeds, and for compare and indicator with `count` national reports (default 3000), both
on the peer group they open on and on all of them (`p`).
*/
import {pathToFileURL} from 'node:url';
import {loadApp} from './app.mjs';

export {loadApp} from './app.mjs';

const down = '\u001B[B';
const up = '\u001B[A';
export const arrows = {down, up, right: '\u001B[C', left: '\u001B[D'};
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
and up (or the two `keys` given: right and left walk the columns, and in the indicator
view the indicators), so every one changes the frame; the first few warm the JIT and
are not counted.
`before` is keys pressed first, untimed: `p` to leave the peer group a large corpus
opens on, `lll` to move the cursor off the first column. `details` is the store's
(summaries whose details are read again from their files).
*/
export async function keypressLatency(reports, {view = 'compare', presses = 200, size = {columns: 80, rows: 24}, warmup = 10, before = '', keys = [down, up], details} = {}) {
	const {App, loadPinyin, render, createElement} = await loadApp();
	await loadPinyin();
	const app = render(createElement(App, {store: {reports, details}, view, size}));
	try {
		// Ink listens to stdin from an effect after the first frame.
		while (app.frames.length === 0) {
			await turn();
		}

		await turn();
		for (const key of before) {
			await timePress(app, key);
		}

		const samples = [];
		for (let index = 0; index < warmup + presses; index++) {
			const ms = await timePress(app, keys[index % 2]);
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
	const {nationalReports, seedReports} = await import('./national.mjs');
	const seeds = await seedReports();
	for (const view of ['compare', 'district', 'indicator', 'coverage']) {
		const ms = await keypressLatency(seeds, {view});
		console.log(`keypress → frame, ${view}: ${ms.toFixed(2)} ms median (80×24, ${seeds.length} seeds; goal < 16 ms)`);
	}

	const count = Number(process.argv[2] ?? 3000);
	const national = await nationalReports(count);
	for (const view of ['compare', 'indicator']) {
		for (const [before, group] of [['', 'the group it opens on'], ['p', 'all districts']]) {
			const ms = await keypressLatency(national, {view, before});
			console.log(`keypress → frame, ${view}: ${ms.toFixed(2)} ms median (80×24, ${national.length} reports, ${group}; goal < 16 ms)`);
		}
	}

	// At 200×50 the peers' statistics stand beside the districts, computed over the whole group.
	for (const [before, group] of [['', 'the group it opens on'], ['p', 'all districts']]) {
		const ms = await keypressLatency(national, {view: 'compare', before, size: {columns: 200, rows: 50}});
		console.log(`keypress → frame, compare: ${ms.toFixed(2)} ms median (200×50, ${national.length} reports, ${group}; goal < 16 ms)`);
	}

	// A pinned district (m on the first column): its column frozen first, its rank among the peers beside it.
	for (const [before, group] of [['m', 'the group it opens on'], ['pm', 'all districts']]) {
		const ms = await keypressLatency(national, {view: 'compare', before});
		console.log(`keypress → frame, compare pinned: ${ms.toFixed(2)} ms median (80×24, ${national.length} reports, ${group}; goal < 16 ms)`);
	}

	for (const key of ['y', 'Y', 'd', 'm']) {
		const ms = await keypressLatency(national, {view: 'compare', keys: [key, key], presses: 60});
		console.log(`keypress → frame, compare, ${key}: ${ms.toFixed(2)} ms median (80×24, ${national.length} reports, the group it opens on; goal < 16 ms)`);
	}

	process.exit(0);
}
