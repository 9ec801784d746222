import {mkdtempSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadSummaries} from '../../source/corpus/load.js';
import type {Store} from '../../source/corpus/store.js';
import {watchCorpus} from '../../source/corpus/watch.js';
import type {ReportSummary} from '../../source/parse/types.js';

const seed = readFileSync(new URL('../../seeds/000_9fca992f16ce8107.txt', import.meta.url), 'utf8');
const draft = (received: number) => `某某区人民政府2024年法治政府建设年度情况报告\n一、主要举措和成效\n全年共新收行政复议案件${received}件。\n`;
const received = (corpus: Store<ReportSummary>, file: string) => corpus.reports.find(report => report.file === file)?.facts.find(fact => fact.indicator === 'reconsideration.received')?.value;

let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** Resolves with the next reload; the test's own timeout bounds the wait, no sleeps. */
function nextReload(paths: string[], corpus: Store<ReportSummary>): {ready: Promise<void>; reloaded: Promise<Store<ReportSummary>>} {
	let resolveReload!: (corpus: Store<ReportSummary>) => void;
	const reloaded = new Promise<Store<ReportSummary>>(resolve => {
		resolveReload = resolve;
	});
	const ready = watchCorpus(paths, corpus, next => resolveReload(next)).then(unwatch => {
		stop = unwatch;
	});
	return {ready, reloaded};
}

describe('--watch', () => {
	it('reloads a report when its file is written, keeping the others', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-watch-'));
		const file = join(dir, 'draft.txt');
		writeFileSync(file, draft(100));
		writeFileSync(join(dir, 'chaoyang.txt'), seed);
		const corpus = await loadSummaries([dir]);
		expect(received(corpus, file)).toBe(100);

		const {ready, reloaded} = nextReload([dir], corpus);
		await ready;
		writeFileSync(file, draft(120));
		const next = await reloaded;
		expect(received(next, file)).toBe(120);
		expect(next.reports).toHaveLength(2);
		expect(next.reports.map(report => report.file)).toEqual(corpus.reports.map(report => report.file));
	});

	it('follows an editor that saves by renaming a new file over the old one', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rol-dash-watch-'));
		const file = join(dir, 'draft.txt');
		writeFileSync(file, draft(7));
		const corpus = await loadSummaries([file]);
		const {ready, reloaded} = nextReload([file], corpus);
		await ready;
		writeFileSync(join(dir, '.draft.txt.swp'), draft(8));
		renameSync(join(dir, '.draft.txt.swp'), file);
		expect(received(await reloaded, file)).toBe(8);
	});
});
