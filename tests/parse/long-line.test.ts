import {readdirSync, readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {cleanLines, longLine, longSentence} from '../../source/parse/clean.js';
import {parseReport} from '../../source/parse/index.js';
import type {Fact, Report} from '../../source/parse/types.js';

const seeds = new URL('../../seeds/', import.meta.url);
const seedTexts = readdirSync(seeds).sort().map(name => readFileSync(new URL(name, seeds), 'utf8'));

/** The seeds over and over, as reports pasted one after another, to about `chars` characters. */
function repeatedSeeds(chars: number): string {
	const parts: string[] = [];
	for (let size = 0, k = 0; size < chars; k++) {
		parts.push(seedTexts[k % seedTexts.length]!);
		size += parts.at(-1)!.length;
	}

	return parts.join('\n');
}

/** What a fact says, wherever it stands: its line, section and sentence depend on the line breaks. */
const said = (fact: Fact) => [fact.indicator, fact.derived, fact.value, fact.unit, fact.approx, fact.yoy, fact.match];

describe('a report on one line', () => {
	// About 2 MB of UTF-8 (a report saved without its line breaks): every step stays linear in it.
	const withBreaks = repeatedSeeds(760_000);
	const oneLine = withBreaks.replaceAll('\n', '');
	let lines: Report;
	let single: Report;
	beforeAll(() => {
		lines = parseReport(withBreaks);
		single = parseReport(oneLine);
	});

	it('parses to the facts of the same text with its line breaks', () => {
		expect(Buffer.byteLength(oneLine)).toBeGreaterThan(2_000_000);
		expect(single.district).toEqual(lines.district);
		expect(single.year).toBe(lines.year);
		expect(lines.facts.length).toBeGreaterThan(1000);
		expect(single.facts.map(said)).toEqual(lines.facts.map(said));
		expect(single.figures.map(figure => [figure.value, figure.unit, figure.match])).toEqual(lines.figures.map(figure => [figure.value, figure.unit, figure.match]));
		expect(new Set(single.facts.map(fact => fact.line))).toEqual(new Set([1]));
	});

	it('opens the sections whose headings follow a full stop', () => {
		// Each seed's plans (下一步工作…) are set apart as they are with the line breaks, not read as results.
		expect(single.plans.length).toBeGreaterThan(1000);
		expect(single.shortcomings.length).toBeGreaterThan(500);
		expect(single.outline.length).toBeGreaterThan(lines.outline.length / 2);
	});
});

describe('cleanLines on over-long lines', () => {
	it('keeps every line up to longLine as it is', () => {
		const line = '受理行政复议申请12件,'.repeat(longLine / 12).slice(0, longLine);
		expect(cleanLines(`标题\n${line}`)).toEqual([{text: '标题', line: 1}, {text: line, line: 2}]);
	});

	it('reads a longer line as its sentences, each with the line number', () => {
		const sentence = '全年受理行政复议申请12件,审结10件。';
		const line = sentence.repeat(Math.ceil((longLine + 1) / sentence.length));
		const parts = cleanLines(`标题\n${line}\n落款`);
		expect(parts.at(0)).toEqual({text: '标题', line: 1});
		expect(parts.at(-1)).toEqual({text: '落款', line: 3});
		const middle = parts.slice(1, -1);
		expect(middle.every(part => part.text === sentence && part.line === 2)).toBe(true);
		expect(middle.map(part => part.text).join('')).toBe(line);
	});

	it('cuts a sentence longer than longSentence at a clause break, never inside a number', () => {
		// No full stop in 30,000 characters; the figures (12,134件, 240 余人次) must all survive the cuts.
		const clause = '审结12,134件,培训240 余人次,调解1.3 万件;';
		const line = clause.repeat(Math.ceil(30_000 / clause.length));
		const parts = cleanLines(line);
		expect(parts.length).toBeGreaterThan(line.length / longSentence);
		expect(parts.every(part => part.text.length <= longSentence && part.line === 1)).toBe(true);
		expect(parts.map(part => part.text).join('')).toBe(line.trim());
		const report = parseReport(line);
		const repeats = line.length / clause.length;
		const values = [...report.facts.filter(fact => !fact.derived), ...report.figures].map(item => item.match);
		expect(values.filter(match => match === '12,134件')).toHaveLength(repeats);
		expect(values.filter(match => match === '240 余人次')).toHaveLength(repeats);
		expect(values.filter(match => match === '1.3 万件')).toHaveLength(repeats);
	});

	it('cuts at the length a sentence with no clause break, between whole characters', () => {
		// 𠀀 is two UTF-16 units: no cut falls between them.
		const line = '法治𠀀'.repeat(20_000);
		const parts = cleanLines(line);
		expect(parts.every(part => part.text.length <= longSentence && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u.test(part.text))).toBe(true);
		expect(parts.map(part => part.text).join('')).toBe(line);
	});
});
