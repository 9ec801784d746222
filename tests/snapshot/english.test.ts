/**
English output has no Chinese left in it but what the reports say: their sentences (the
Markdown footnotes, the district view's own figures and text) and their file names.
*/
import {stripVTControlCharacters} from 'node:util';
import {beforeAll, describe, expect, test} from 'vitest';
import {wholeStore} from '../../source/corpus/store.js';
import {loadPinyin} from '../../source/model/pinyin.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {changchunChaoyang2024, reports} from '../fixtures/reports.js';

beforeAll(loadPinyin);

const han = /\p{Script=Han}/u;
const loaded = wholeStore([...reports, changchunChaoyang2024]);
const text = (view: 'compare' | 'district' | 'indicator' | 'coverage', columns?: number) =>
	stripVTControlCharacters(renderSnapshot(loaded, {format: 'text', lang: 'en', view, columns})).split('\n');

describe('English snapshots speak English', () => {
	for (const view of ['compare', 'indicator', 'coverage'] as const) {
		for (const columns of [undefined, 80]) {
			test(`the ${view} view as text${columns === undefined ? '' : ` in ${columns} columns`}: no Chinese at all`, () => {
				const lines = text(view, columns);
				expect(lines.filter(line => han.test(line))).toEqual([]);
				// Wrapped or not, the homonyms carry their city.
				expect(lines.join('\n')).toMatch(/\(Changchun\)/);
			});
		}
	}

	test('the district view: its title and indicators in English, the report\'s own words below them as written', () => {
		const lines = text('district');
		expect(lines[0]).toBe('Chaoyang (Beijing) · Beijing Chaoyang District · 110105');
		// The indicators end where the report's own lines begin, under a rule naming the district.
		const own = lines.findIndex(line => /^── Chaoyang \(Beijing\) \d{4} · /.test(line));
		expect(own).toBeGreaterThan(1);
		expect(lines.slice(0, own).filter(line => han.test(line))).toEqual([]);
		expect(lines.slice(lines.lastIndexOf('')).filter(line => han.test(line))).toEqual([]);
	});

	test('Markdown: the table and legend in English, the footnotes quoting the reports', () => {
		const lines = renderSnapshot(loaded, {format: 'md', lang: 'en'}).split('\n');
		const chinese = lines.filter(line => han.test(line));
		expect(chinese.length).toBeGreaterThan(0);
		expect(chinese.filter(line => !/^\[\^\d+\]: /.test(line) && !/^- .*: reports\//.test(line))).toEqual([]);
	});
});
