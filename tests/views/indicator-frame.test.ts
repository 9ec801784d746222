import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import {buildComparison, ranking, yearLines} from '../../source/model/index.js';
import {indicatorFrame} from '../../source/views/indicator-frame.js';
import type {Line} from '../../source/views/line.js';
import {yearChart} from '../../source/views/year-chart.js';
import {mixed, years} from '../fixtures/units.js';

const text = (line: Line) => line.map(span => span.text).join('').trimEnd();
const trained = indicatorById('training.officials')!;

function frame(lang: 'zh' | 'en' = 'zh') {
	const ranked = ranking(buildComparison(mixed), trained.id);
	return indicatorFrame({indicator: trained, ranked, lines: [], lang, cursor: 0, width: 60, height: 12, previous: 0});
}

describe('the indicator view with a value in another measure', () => {
	test('the ranked bars measure only the comparable values; 3000人 comes after them, marked, without a bar', () => {
		const bars = frame().bars.map(text);
		expect(bars).toHaveLength(4);
		// 2,570 fills the bar: the 3,000人 beside it is not in the race (against 3,000 it would stop short, and the value column is 3,000人≠ wide).
		expect(bars[0]).toMatch(/^东城区 2024  █{30,} {5}2,570$/);
		expect(bars[1]).toMatch(/^海淀区 2024 +█+[▏▎▍▌▋▊▉]? +1,140$/);
		expect(bars[2]).toMatch(/^西城区 2024 +3,000人≠$/);
		expect(bars[3]).toMatch(/^丰台区 2024 +—$/);
	});

	test('the year chart plots the years of the row\'s measure and lists the other one, marked', () => {
		const [line] = yearLines(years, trained.id);
		const chart = yearChart(line!, trained.unit, 60, 3).map(text);
		expect(chart[0]).toBe('东城区  2023 2,000 → 2024 2,570   2022 1,800人≠');
		expect(yearChart(line!, trained.unit, 60, 3, 'en').map(text)[0]).toMatch(/2022 1,800 people≠$/);
		// The plot's ticks span 2,000 to 2,570 only.
		expect(chart.slice(1, 5).join('\n')).not.toMatch(/1,8\d\d/);
	});
});

describe('the indicator view with a pinned district', () => {
	test('its name and bar are drawn in the pin\'s tone, the others as before', () => {
		const ranked = ranking(buildComparison(mixed), trained.id);
		const pinned = ranked[1]!.column.report.district.code!;
		const bars = indicatorFrame({indicator: trained, ranked, lines: [], lang: 'zh', cursor: 0, width: 60, height: 12, previous: 0, pinned}).bars;
		expect(bars[1]!.filter(span => span.tone === 'pinned').map(span => span.text.trim())).toEqual(['海淀区 2024', expect.stringMatching(/^█+/u)]);
		expect(bars[0]!.some(span => span.tone === 'pinned')).toBe(false);
	});
});

describe('the year chart with a pinned district', () => {
	test('its line is charted first and its legend entry says it is the pin, keeping its series colour', () => {
		const ranked = ranking(buildComparison(years), trained.id);
		const lines = yearLines(years, trained.id);
		const pinned = lines.at(-1)!.district;
		const {charts} = indicatorFrame({indicator: trained, ranked, lines, lang: 'zh', cursor: 0, width: 70, height: 20, previous: 0, pinned});
		const legend = charts.find(line => line.some(span => span.tone === 'pinned'))!;
		expect(text(legend)).toMatch(/^● \S+ 标杆 /u);
		expect(legend[0]!.tone).toBe('series.1');
		const unpinned = indicatorFrame({indicator: trained, ranked, lines, lang: 'zh', cursor: 0, width: 70, height: 20, previous: 0});
		expect(unpinned.charts.map(text).join('\n')).not.toContain('标杆');
	});
});
