import {describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus.js';
import {firstInResults, summaryOf} from '../../source/model/index.js';
import type {Report, Section} from '../../source/parse/types.js';
import {renderText} from '../../source/snapshot/text.js';
import {renderViewText} from '../../source/snapshot/views.js';
import {beijing, hebeiShijiazhuang, reportsOf} from '../fixtures/national.js';
import {fact, report, reports as handMade} from '../fixtures/reports.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const sectionCount = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + 1 + sectionCount(section.children), 0);

describe('a report summary', () => {
	test('keeps the facts and metadata, drops the details, and cuts the outline to the facts\' sections', async () => {
		const {reports} = await loadCorpus([seeds]);
		for (const whole of reports) {
			const summary = summaryOf(whole);
			expect(summary).not.toHaveProperty('figures');
			expect(summary).not.toHaveProperty('shortcomings');
			expect(summary).not.toHaveProperty('plans');
			expect(summary.facts).toEqual(whole.facts);
			expect({...summary, facts: [], outline: []}).toEqual({...whole, facts: [], outline: [], figures: undefined, shortcomings: undefined, plans: undefined});
			// Every section kept is on a fact's path: its title starts one, or continues it below its parent.
			expect(sectionCount(summary.outline)).toBeLessThan(sectionCount(whole.outline));
		}
	});

	test('every view prints the same from summaries as from whole reports', async () => {
		const {reports} = await loadCorpus([seeds]);
		const corpora: Report[][] = [reports, handMade, reportsOf([...hebeiShijiazhuang, ...beijing], [2023, 2024])];
		for (const corpus of corpora) {
			const summaries = corpus.map(summaryOf);
			expect(renderText(summaries, {columns: 200})).toBe(renderText(corpus, {columns: 200}));
			for (const view of ['indicator', 'coverage'] as const) {
				expect(renderViewText(summaries, {view})).toBe(renderViewText(corpus, {view}));
			}
		}
	});

	test('the headline stays the same when one of two equal headings is cut away', () => {
		// Two sections titled alike: a fact's path picks the last of them, here a results section.
		const heading = (title: string, kind: Section['kind'], line: number, children: Section[] = []): Section => ({title, style: 'chinese', depth: 1, line, kind, children});
		const outline = [
			heading('一、成效', 'results', 1, [heading('(一)复议', 'other', 3)]),
			heading('二、不足', 'shortcomings', 5),
			heading('二、不足', 'results', 6),
			heading('三、计划', 'plans', 9, [heading('(一)复议', 'other', 10)]),
		];
		const received = (value: number, line: number, section: string) => fact({indicator: 'reconsideration.received', value, unit: '件', text: `收到${value}件`, line, section});
		const whole = report({
			file: 'x.txt', district: {name: '某区', fullName: null, province: null, city: null, code: null}, year: 2024, outline,
			facts: [received(10, 2, '二、不足'), received(20, 4, '一、成效 > (一)复议'), received(40, 11, '三、计划 > (一)复议')],
		});
		const summary = summaryOf(whole);
		expect(firstInResults(whole, () => true)?.value).toBe(10);
		expect(firstInResults(summary, () => true)?.value).toBe(10);
		expect(summary.outline.map(section => [section.title, section.kind, section.children.length])).toEqual([['一、成效', 'results', 1], ['二、不足', 'results', 0], ['三、计划', 'plans', 1]]);
	});
});
