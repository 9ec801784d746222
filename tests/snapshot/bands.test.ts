import {stripVTControlCharacters} from 'node:util';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus/load.js';
import {buildComparison} from '../../source/model/index.js';
import {reshape} from '../../source/model/reshape.js';
import {loadPinyin} from '../../source/model/search.js';
import type {Report} from '../../source/parse/types.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {columnLabel} from '../../source/views/compare-table.js';
import {places, reportsOf} from '../fixtures/national.js';
import {headerCellsAt, reportColumns} from '../helpers/table.js';
import {reports as handMade} from '../fixtures/reports.js';

const seedsFolder = new URL('../../seeds/', import.meta.url).pathname;
let seeds: readonly Report[] = [];
beforeAll(async () => {
	// English names in pinyin, as the command line loads them.
	await loadPinyin();
	({reports: seeds} = await loadCorpus([seedsFolder]));
});

/** 64 districts of one city, one report each: far wider than any terminal side by side. */
const sixtyFour = reportsOf(places(64, '河北省', '石家庄市', 130_102, '石'), [2024]);

const text = (reports: readonly Report[], options: Partial<Parameters<typeof renderSnapshot>[1]> = {}) =>
	stripVTControlCharacters(renderSnapshot(wholeStore(reports), {format: 'text', ...options})).replace(/\n$/, '').split('\n');

/** The report columns a compare snapshot shows: one per district, aligned on the year most of them report. */
const labels = (reports: readonly Report[]) => reshape(buildComparison(reports), {year: null}).columns.map(column => columnLabel(column, 'zh'));

/** A one-line header: 指标, 单位, then its report columns (a column's own label has single spaces only). */
const headerCells = (line: string) => line.trim().split(/ {2,}/);

type Band = {
	/** 指标, 单位, then its report columns, a header wrapped at its spaces read back whole. */
	readonly header: readonly string[];
	/** From the header's last line (the one starting 指标) to the blank line after it. */
	readonly lines: readonly string[];
};

/** The bands of a compare snapshot (`first`: the indicator column's heading). */
function bands(lines: readonly string[], first = '指标'): Band[] {
	return lines.flatMap((line, index) => {
		if (!line.startsWith(first + ' ')) {
			return [];
		}

		const end = lines.indexOf('', index);
		return [{header: headerCellsAt(lines, index), lines: lines.slice(index, end === -1 ? undefined : end)}];
	});
}

function expectFits(lines: readonly string[], width: number) {
	const over = lines.filter(line => stringWidth(line) > width);
	expect(over, `lines over ${width} columns`).toEqual([]);
}

/** Every report column once across the bands, in order, and every band with the same indicator rows. */
function expectEveryColumnOnce(lines: readonly string[], expected: readonly string[]) {
	const found = bands(lines);
	// The peers' statistics and the spread (分布) end a table that fits whole.
	expect(found.flatMap(band => reportColumns(band.header.join('  ')))).toEqual(expected);
	for (const band of found) {
		expect(band.header.slice(0, 2)).toEqual(['指标', '单位']);
	}

	// Area rules run as wide as their band: compare the indicator rows.
	const rowLabels = (band: Band) => band.lines.slice(2).filter(line => !line.startsWith('──')).map(line => line.split(/ {2,}/)[0]);
	for (const band of found.slice(1)) {
		expect(rowLabels(band)).toEqual(rowLabels(found[0]!));
	}
}

describe('text snapshots fit a width, in bands of report columns', () => {
	test.each([80, 100, 200])('the seeds at %i columns: every line fits, every report column once, the indicator column in each band', width => {
		const lines = text(seeds, {columns: width});
		expectFits(lines, width);
		expectEveryColumnOnce(lines, labels(seeds));
		expect(lines.some(line => line.startsWith('行政复议收案 '))).toBe(true);
	});

	test('the seeds at 80 columns take more than one band, each saying which reports it holds; at 200, one table with its spread column', () => {
		const narrow = text(seeds, {columns: 80});
		expect(bands(narrow).length).toBeGreaterThan(1);
		expect(narrow.filter(line => / 报告 [\d–]+ \/ 5 ──$/.test(line)).length).toBe(bands(narrow).length);
		const wide = text(seeds, {columns: 200});
		expect(bands(wide)).toHaveLength(1);
		expect(bands(wide)[0]!.header.slice(-2)).toEqual(['同组 中位[四分位]', '分布']);
	});

	test('in English at 80 columns, as the dashboard: three districts a band, headers wrapped, labels abbreviated only where a band needs the room', () => {
		const lines = text(seeds, {columns: 80, lang: 'en'});
		expectFits(lines, 80);
		const found = bands(lines, 'Indicator');
		expect(found.map(band => band.header.length - 2)).toEqual([3, 2]);
		expect(found[0]!.header.slice(2)).toEqual(['Chaoyang District 2024', 'Mentougou District ←2020', 'Jiangbei District 2024']);
		const label = (band: Band, starts: string) => band.lines.find(line => line.startsWith(starts))?.split(/ {2,}/)[0];
		expect(label(found[0]!, 'Reconsid')).toBe('Reconsid. received');
		expect(label(found[1]!, 'Reconsid')).toBe('Reconsideration cases received');
	});

	test('64 districts print in bands that all fit 80 columns, each district once', () => {
		const lines = text(sixtyFour, {columns: 80});
		expectFits(lines, 80);
		expectEveryColumnOnce(lines, labels(sixtyFour));
		expect(bands(lines).length).toBeGreaterThan(5);
		// The labels still read whole: one report column fits beside them.
		expect(lines.some(line => line.startsWith('行政复议调解和解率 '))).toBe(true);
	});

	test('a Chinese character is measured as two columns: a band is full in display width, not in characters', () => {
		const lines = text(sixtyFour, {columns: 80});
		const [first] = bands(lines);
		const header = first!.lines[0]!;
		// 石1区 2024 is 10 columns wide but 9 characters long; a band packed by length would run over.
		expect(stringWidth(header)).toBeGreaterThan(header.length);
		expect(stringWidth(header)).toBeLessThanOrEqual(80);
		expect(stringWidth(header) + 2 + stringWidth('石10区 2024')).toBeGreaterThan(80);
	});

	test('the legend wraps to the width instead of running over it', () => {
		const lines = text(handMade, {columns: 30});
		expectFits(lines, 30);
		expect(lines.slice(lines.lastIndexOf('') + 1).join(' ')).toMatch(/— 未披露 .*\* 由同比推算.*≠ 单位不同,不参与比较.*←2020 非对齐年份/);
	});

	test('without a width the table takes what it needs, in one piece', () => {
		expect(bands(text(sixtyFour))).toHaveLength(1);
	});
});

describe('the district, indicator and coverage views fit a width too', () => {
	test.each([['coverage', 60], ['district', 40], ['indicator', 50], ['coverage', 80], ['district', 80]] as const)('%s at %i columns', (view, width) => {
		for (const reports of [seeds, handMade]) {
			expectFits(text(reports, {view, columns: width}), width);
		}
	});

	test('coverage prints every report column once across its bands, headers wrapped where they must be', () => {
		const lines = text(sixtyFour, {view: 'coverage', columns: 80});
		expectFits(lines, 80);
		const headers = lines.flatMap((line, index) => (line.startsWith('指标 ') ? [headerCellsAt(lines, index)] : []));
		expect(headers.length).toBeGreaterThan(1);
		expect(headers.flatMap(cells => cells.slice(1, -1))).toEqual(labels(sixtyFour));
	});

	test('a district with more years than fit prints them in bands, then its report\'s own lines once', () => {
		const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
		const lines = text(reportsOf(places(1, '北京市', null, 110_105, '朝阳'), years), {view: 'district', columns: 50});
		expectFits(lines, 50);
		const headers = lines.filter(line => line.startsWith('指标 '));
		expect(headers.flatMap(line => headerCells(line).slice(2, -1)).filter(cell => /^\d{4}\*?$/.test(cell))).toEqual(expect.arrayContaining(years.map(String)));
	});
});

/** The Markdown tables of an output: runs of lines starting with a pipe. */
function tables(output: string): string[][] {
	const out: string[][] = [];
	let current: string[] | null = null;
	for (const line of output.split('\n')) {
		if (line.startsWith('|')) {
			current ??= [];
			current.push(line);
		} else if (current !== null) {
			out.push(current);
			current = null;
		}
	}

	return out;
}

const cells = (line: string) => line.slice(2, -2).split(/(?<!\\)\| /).map(cell => cell.trim());

describe('markdown in bands', () => {
	test.each([60, 80, 100])('at %i columns: separate valid tables, each repeating the indicator and unit columns, each within the width', width => {
		for (const reports of [seeds, handMade, sixtyFour]) {
			const found = tables(renderSnapshot(wholeStore(reports), {format: 'md', columns: width}));
			for (const table of found) {
				expect(new Set(table.map(line => cells(line).length)).size).toBe(1);
				expect(cells(table[0]!).slice(0, 2)).toEqual(['指标', '单位']);
				expect(cells(table[1]!).every(cell => /^:?---:?$/.test(cell))).toBe(true);
				expectFits(table, width);
			}

			// The peers' statistics end each table whose districts fit beside them.
			expect(found.flatMap(table => cells(table[0]!).slice(2).filter(cell => cell !== '同组 中位\\[四分位\\]'))).toEqual(labels(reports));
		}
	});

	test('when not even one report column fits beside the labels, its table runs wider: a table row cannot wrap', () => {
		const found = tables(renderSnapshot(wholeStore(handMade), {format: 'md', columns: 20}));
		expect(found).toHaveLength(labels(handMade).length);
		expect(found.every(table => cells(table[0]!).length === 3)).toBe(true);
	});

	test('one footnote per distinct sentence: two values read from one sentence share its number', () => {
		const output = renderSnapshot(wholeStore(handMade), {format: 'md', columns: 80});
		const row = (label: string) => output.split('\n').find(line => line.startsWith(`| ${label} |`) && line.includes('[^'))!;
		// 7,152 received and 6,929 concluded: both from line 23 of the 朝阳区 2024 report.
		// 7,152 carries its change on 2023 before the note: `7,152 \[+12%\][^1]`.
		const received = /7,152(?: \S+?)?\[\^(\d+)\]/.exec(row('行政复议收案'))?.[1];
		const closed = /6,929\[\^(\d+)\]/.exec(row('行政复议审结'))?.[1];
		expect(received).toBeDefined();
		expect(closed).toBe(received);
		const notes = output.split('\n').filter(line => /^\[\^\d+\]: /.test(line));
		const texts = notes.map(line => line.replace(/^\[\^\d+\]: /, ''));
		expect(new Set(texts).size).toBe(texts.length);
		// Numbered 1, 2, 3 … in the order they are first cited, each cited somewhere.
		expect(notes.map(line => /^\[\^(\d+)\]/.exec(line)![1])).toEqual(notes.map((_, index) => String(index + 1)));
		const cited = [...output.matchAll(/\[\^(\d+)\](?!:)/g)].map(match => Number(match[1]));
		expect([...new Set(cited)]).toEqual(notes.map((_, index) => index + 1));
		expect(cited.length).toBeGreaterThan(notes.length);
	});

	test('a value and the prior-year value derived from the same sentence are cited apart: the derived one says how', () => {
		const notes = (year: number[] | undefined) => renderSnapshot(wholeStore(handMade), {format: 'md', filters: {indicator: ['petitions.volume'], year}}).split('\n').filter(line => line.startsWith('[^'));
		// On 2024 (朝阳区 and 江北区 stated), no note speaks of a derivation; on 2023 the one value is derived and says how.
		expect(notes(undefined)).toHaveLength(2);
		expect(notes(undefined).filter(line => line.includes('推算'))).toHaveLength(0);
		expect(notes([2023])).toHaveLength(1);
		expect(notes([2023])[0]).toContain('000_9fca992f16ce8107.txt:27 — 推算 2023');
	});
});
