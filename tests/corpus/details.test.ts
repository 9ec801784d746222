import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {detailsFromFiles} from '../../source/corpus/details.js';
import {loadCorpus, loadSummaries} from '../../source/corpus/load.js';
import {isWhole} from '../../source/model/index.js';
import type {ReportSummary} from '../../source/parse/types.js';
import {renderViewText} from '../../source/snapshot/views.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
let folder = '';

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'rol-dash-details-'));
	cpSync(seeds, folder, {recursive: true});
});

afterEach(() => {
	rmSync(folder, {recursive: true, force: true});
});

const chaoyang = (reports: readonly ReportSummary[]) => reports.find(report => report.district.name === '朝阳区' && report.year === 2024)!;

describe('a report\'s details, read again from its file', () => {
	test('are the details the whole report has', async () => {
		const summaries = await loadSummaries([folder]);
		const whole = await loadCorpus([folder]);
		const details = detailsFromFiles();
		expect(summaries.reports).toHaveLength(readdirSync(seeds).length);
		for (const [index, summary] of summaries.reports.entries()) {
			expect(isWhole(summary)).toBe(false);
			const {figures, outline, shortcomings, plans} = whole.reports[index]!;
			expect(details(summary)).toEqual({details: expect.objectContaining({figures, outline, shortcomings, plans}), changed: false});
		}
	});

	test('the district view prints the same from summaries and their files as from whole reports', async () => {
		const summaries = await loadSummaries([folder]);
		const whole = await loadCorpus([folder]);
		for (const district of ['朝阳区', '江北区']) {
			const expected = renderViewText(whole.reports, {view: 'district', filters: {district: [district]}});
			expect(expected).toContain('未归类数字');
			expect(renderViewText(summaries.reports, {view: 'district', filters: {district: [district]}, details: detailsFromFiles()})).toBe(expected);
		}
	});

	test('a file whose facts changed since loading gives what it says now, and the view says so', async () => {
		const summaries = await loadSummaries([folder]);
		const summary = chaoyang(summaries.reports);
		const text = readFileSync(summary.file, 'utf8');
		expect(text).toContain('新收行政复议案件7152件');
		writeFileSync(summary.file, text.replace('新收行政复议案件7152件', '新收行政复议案件7153件'));
		const found = detailsFromFiles()(summary);
		expect(found).toMatchObject({changed: true});
		const view = renderViewText(summaries.reports, {view: 'district', filters: {district: ['朝阳区']}, details: detailsFromFiles(), lang: 'en'});
		expect(view).toContain('The file changed after loading: below is what it says now; the indicators above are as loaded.');
	});

	test('a file gone since loading names itself and the reason; one read before is kept', async () => {
		const summaries = await loadSummaries([folder]);
		const summary = chaoyang(summaries.reports);
		const kept = detailsFromFiles();
		const before = kept(summary);
		rmSync(summary.file);
		// Stepping back to a report just seen reads nothing again.
		expect(kept(summary)).toBe(before);
		expect(detailsFromFiles()(summary)).toEqual({problem: 'not found'});
		const view = renderViewText(summaries.reports, {view: 'district', filters: {district: ['朝阳区']}, details: detailsFromFiles()});
		expect(view).toContain('无法读取详情');
		expect(view).toContain(`${summary.file}: not found`);
	});
});
