import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import type {Target} from '../../source/model/target.js';
import {parseReport} from '../../source/parse/index.js';
import {detailLines} from '../../source/views/detail.js';

const file = '000_9fca992f16ce8107.txt';
const report = parseReport(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'), {file});
const place = {district: report.district.name === null ? null : {zh: report.district.name, en: report.district.name}, year: report.year, file};
const shown = (target: Target, lang: 'zh' | 'en', height = 8) => detailLines(target, lang, 80, height).map(line => line.map(span => span.text).join(''));

function valueTarget(indicator: string, derived: boolean): Target {
	const fact = report.facts.find(candidate => candidate.indicator === indicator && (candidate.derived !== null) === derived)!;
	return {kind: 'value', place, indicator: indicatorById(indicator)!, fact, cite: null};
}

describe('the detail pane says why a value was read', () => {
	it('names the rule and the words it matched, in one line below the citation', () => {
		const lines = shown(valueTarget('reconsideration.received', false), 'en');
		const why = lines.findIndex(line => line.startsWith('why: rule reconsideration.received: '));
		expect(why).toBeGreaterThan(0);
		expect(lines[why - 1]).toContain(`${file}:23`);
		expect(shown(valueTarget('reconsideration.received', false), 'zh').some(line => line.startsWith('识别依据: rule reconsideration.received: '))).toBe(true);
	});

	it('for a derived value, names the figure it was computed from', () => {
		const lines = shown(valueTarget('petitions.volume', true), 'en', 9);
		expect(lines.some(line => /^why: rule petitions\.volume: prior year of \S+/u.test(line))).toBe(true);
		expect(lines.some(line => line.includes('÷'))).toBe(true);
	});

	it('keeps the pane to its height and width, the why line cut rather than wrapped', () => {
		const lines = detailLines(valueTarget('reconsideration.received', false), 'en', 40, 5);
		expect(lines).toHaveLength(5);
		expect(lines.at(-1)!.map(span => span.text).join('')).toMatch(/^why: /u);
	});

	it('for an unclassified figure, says where to find out why', () => {
		const lines = shown({kind: 'figure', place, figure: report.figures[0]!}, 'en');
		expect(lines.some(line => line.includes('rol-dash --explain'))).toBe(true);
	});
});

describe('the detail pane of a value in another measure', () => {
	it('writes the value in its own unit and says it is not compared', () => {
		const fact = {indicator: 'legal_services.consultations', value: 12_134, unit: '件', text: '全年接待咨询12134件。', match: '12134件', line: 30, section: '', approx: false, yoy: null, derived: null};
		const target: Target = {kind: 'value', place, indicator: indicatorById(fact.indicator)!, fact, cite: null};
		expect(shown(target, 'zh')[1]).toMatch(/^12,134 件 {2}报告所载 · ≠ 单位不同,不参与比较$/u);
		expect(shown(target, 'en')[1]).toMatch(/^12,134 items {2}reported · ≠ another measure, not compared$/u);
		const stated = valueTarget('reconsideration.received', false);
		expect(shown(stated, 'en').join('\n')).not.toContain('≠');
	});
});
