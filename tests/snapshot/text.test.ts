import {stripVTControlCharacters} from 'node:util';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {reports} from '../fixtures/reports.js';
import {headerCellsAt} from '../helpers/table.js';

function snapshot(options: Partial<Parameters<typeof renderSnapshot>[1]> = {}) {
	const output = stripVTControlCharacters(renderSnapshot(wholeStore(reports), {format: 'text', ...options}));
	const lines = output.split('\n');
	// The table runs up to the blank line before the legend.
	return {output, lines, table: lines.slice(0, lines.indexOf(''))};
}

describe('text snapshot', () => {
	test('every line of the table has the same display width, whatever mix of Chinese and digits it holds', () => {
		const {table} = snapshot();
		// Header, rule, six area rules and 34 indicators.
		expect(table).toHaveLength(42);
		const widths = new Set(table.map(line => stringWidth(line)));
		expect(widths.size).toBe(1);
		expect(table.some(line => line.includes('行政争议实质性化解率'))).toBe(true);
	});

	test('shows the values a reader needs: separators, %, 万, ≈, — and the derived *', () => {
		const {table} = snapshot();
		const line = (label: string) => table.find(each => each.startsWith(label + ' '));
		expect(line('行政复议收案')).toMatch(/ 7,152 /);
		expect(line('行政诉讼败诉率')).toMatch(/ 2\.7% /);
		expect(line('法律咨询')).toMatch(/ ≈11\.6万 /);
		// Aligned on 2024, one column per district: each value with its change on 2023 as the report states it.
		expect(line('信访总量')).toMatch(/^信访总量 +件次 +18,426 −23% +— +4,480 −28% +— +/);
		// Nobody discloses it: no peers' median either.
		expect(line('行政诉讼败诉')).toMatch(/^行政诉讼败诉 +件( +—){5} +····$/);
		const derived = snapshot({filters: {year: [2023]}}).table.find(each => each.startsWith('信访总量 '));
		expect(derived).toMatch(/^信访总量 +件次 +≈24,055\* /);
	});

	test('a legend explains the marks, and the output ends with a newline', () => {
		const {output} = snapshot();
		expect(output).toMatch(/\n— 未披露 {3}≈ 约数.* {3}\* 由同比推算,非报告所载 {3}≠ 单位不同,不参与比较 {3}←2020 非对齐年份的报告,不参与最好\/最差 {3}\+3% 同比,报告所述 {3}\[\+3%\] 同比,据上年报告计算 {3}\+3%\* 同比,含推算值\n同组 中位\[四分位\] n=16:16 个同组地区披露可比数值;名次 4\/16 P75:标杆排第 4,领先 75%\n$/);
		// A table of one district has no peers' column, and its legend says nothing of one.
		expect(snapshot({filters: {district: ['110105']}}).output).not.toContain('同组');
	});

	test('filters narrow columns and rows', () => {
		const {table} = snapshot({filters: {district: ['110105'], indicator: ['litigation']}});
		// One district, one column: its latest year; its other year is named with --year.
		expect(table[0]).toMatch(/^指标 +单位 +朝阳区 2024 +分布$/);
		expect(snapshot({filters: {district: ['110105'], year: [2023]}}).table[0]).toMatch(/^指标 +单位 +朝阳区 2023 +分布$/);
		expect(table.filter(line => line.startsWith('行政诉讼') || line.startsWith('负责人'))).toHaveLength(5);
	});

	test('a width narrower than the table wraps its headers at their spaces first, as the dashboard does: every district, the spread column and whole labels stay', () => {
		const full = snapshot().table[0]!;
		const width = stringWidth(full) - 6;
		const {lines} = snapshot({columns: width});
		const last = lines.findIndex(line => line.startsWith('指标 '));
		expect(last).toBeGreaterThan(0);
		expect(headerCellsAt(lines, last)).toEqual(full.trim().split(/ {2,}/));
		expect(Math.max(...lines.map(line => stringWidth(line)))).toBeLessThanOrEqual(width);
		expect(lines.some(line => line.startsWith('行政争议实质性化解率 '))).toBe(true);
	});

	test('in bands, labels are cut with … only as far as the band\'s districts need: the rest of the width is theirs', () => {
		const {lines} = snapshot({columns: 40});
		expect(lines.every(line => stringWidth(line) <= 40)).toBe(true);
		// One district a band at 40 columns. 朝阳区's values with their changes leave its labels too little room,
		// so they take all there is: that band is 40 wide. The narrower districts leave enough for whole labels.
		const rules = lines.filter(line => / 报告 \d \/ 4 ──$/.test(line));
		expect(rules).toHaveLength(4);
		expect(stringWidth(rules[0]!)).toBe(40);
		const labels = lines.filter(line => line.startsWith('行政争议实质性'));
		expect(labels.map(line => line.split(/ {2,}/)[0])).toEqual(['行政争议实质性化…', '行政争议实质性化解率', '行政争议实质性化解率', '行政争议实质性化解率']);
	});

	test('English', () => {
		const {table} = snapshot({lang: 'en', filters: {indicator: ['petitions']}});
		expect(table[0]).toMatch(/^Indicator +Unit +朝阳区 2024/);
		expect(table[3]).toMatch(/^Petitions received +item-times +18,426 −23% /);
	});

	test('no report left after the filters says so', () => {
		expect(renderSnapshot(wholeStore(reports), {format: 'text', filters: {year: [1999]}})).toBe('没有符合条件的报告。\n');
	});
});
