import {describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus/load.js';
import {firstInResults, summaryOf} from '../../source/model/index.js';
import type {Report, Section} from '../../source/parse/types.js';
import {renderText} from '../../source/snapshot/text.js';
import {renderViewText} from '../../source/snapshot/views.js';
import {beijing, hebeiShijiazhuang, reportsOf} from '../fixtures/national.js';
import {fact, report, reports as handMade} from '../fixtures/reports.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const sectionCount = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + 1 + sectionCount(section.children), 0);

describe('a report summary', () => {
	test('keeps the facts and metadata, drops the details, and keeps the kind of each section its facts sit in', async () => {
		const {reports} = await loadCorpus([seeds]);
		for (const whole of reports) {
			const summary = summaryOf(whole);
			for (const dropped of ['figures', 'shortcomings', 'plans', 'outline']) {
				expect(summary).not.toHaveProperty(dropped);
			}

			expect(summary.facts).toEqual(whole.facts);
			const {sectionKinds, ...rest} = summary;
			expect({...rest, facts: []}).toEqual({...whole, facts: [], outline: undefined, figures: undefined, shortcomings: undefined, plans: undefined});
			// One entry per distinct section of the facts, in order of first use.
			expect(sectionKinds?.paths).toEqual([...new Set(whole.facts.map(each => each.section))]);
			expect(sectionKinds?.kinds.filter(kind => kind === 'results').length).toBeGreaterThan(0);
			expect(sectionCount(whole.outline)).toBeGreaterThan(sectionKinds!.paths.length);
		}
	});

	test('every view prints the same from summaries as from whole reports', async () => {
		const {reports} = await loadCorpus([seeds]);
		const corpora: Array<readonly Report[]> = [reports, handMade, reportsOf([...hebeiShijiazhuang, ...beijing], [2023, 2024])];
		for (const corpus of corpora) {
			const summaries = corpus.map(summaryOf);
			expect(renderText(summaries, {columns: 200})).toBe(renderText(corpus, {columns: 200}));
			for (const view of ['indicator', 'coverage'] as const) {
				expect(renderViewText(summaries, {view})).toBe(renderViewText(corpus, {view}));
			}
		}
	});

	test('the headline stays the same when two headings are titled alike', () => {
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
		expect(summary.sectionKinds).toEqual({paths: ['二、不足', '一、成效 > (一)复议', '三、计划 > (一)复议'], kinds: ['results', 'results', 'plans']});
	});
});
