import {describe, expect, test} from 'vitest';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {escapeMarkdown} from '../../source/snapshot/markdown.js';
import {report, reports} from '../fixtures/reports.js';

const markdown = (filters = {}) => renderSnapshot(wholeStore(reports), {format: 'md', filters});

/** Cells of a table line, splitting on pipes that are not escaped. */
function cells(line: string): string[] {
	return line.slice(2, -2).split(/(?<!\\)\| /).map(cell => cell.trim());
}

function footnote(output: string, cell: string): string | undefined {
	const marker = /\[\^(\d+)\]$/.exec(cell)?.[1];
	return output.split('\n').find(line => line.startsWith(`[^${marker}]: `));
}

describe('markdown snapshot', () => {
	test('a GitHub table: header, alignment row, an area row, then indicators', () => {
		const lines = markdown({indicator: ['reconsideration.received']}).split('\n');
		// One column per district, aligned on 2024 as the dashboard; 门头沟区's 2020 marked, 朝阳区's change on 2023 computed.
		// Last, the peers' median [IQR] over the comparable 2024 values (门头沟区's 2020 is left out), as in the dashboard.
		expect(lines[0]).toBe('| 指标 | 单位 | 朝阳区 2024 | 门头沟区 ←2020 | 江北区 2024 | 开封市示范区 2024 | 同组 中位\\[四分位\\] |');
		expect(lines[1]).toBe('| :--- | :--- | ---: | ---: | ---: | ---: | ---: |');
		expect(lines[2]).toBe('| **矛盾纠纷预防化解** |  |  |  |  |  |  |');
		expect(cells(lines[3]!)).toEqual(['行政复议收案', '件', '7,152 \\[+12%\\][^1]', '24[^2]', '—', '47[^3]', '3,600 \\[1,823–5,376\\] n=2']);
	});

	test('each value cites file (the path as every format writes it) and line with its sentence', () => {
		const output = markdown({indicator: ['reconsideration.received']});
		const row = output.split('\n').find(line => line.startsWith('| 行政复议收案'))!;
		expect(footnote(output, cells(row)[2]!)).toBe('[^1]: seeds/000_9fca992f16ce8107.txt:23 — 全年共新收行政复议案件7152件,审结6929件,实行“审调结合”,全年纠错率为7.71%、调解率为39.95%,持续位居全市前列。');
		expect(footnote(output, cells(row)[3]!)).toBe('[^2]: seeds/003_6fb21ec396b5b360.txt:20 — 全区共收到行政复议申请24件,受理24件,年内审结22件。');
	});

	test('a derived value is marked and cited to the report that stated the change, with the arithmetic', () => {
		const output = markdown({indicator: ['petitions.volume'], year: [2023]});
		const row = cells(output.split('\n').find(line => line.startsWith('| 信访总量'))!);
		expect(row[2]).toMatch(/^≈24,055\\\*\[\^1\]$/);
		expect(footnote(output, row[2]!)).toBe('[^1]: seeds/000_9fca992f16ce8107.txt:27 — 推算 2023: 18426 ÷ (1 − 23.4%) ≈ 24055 — 全区全年信访总量18426件次、23667人次,分别同比下降23.4%、28.3%。');
	});

	test('full digits (no 万) and — for not disclosed, without a footnote', () => {
		const output = markdown({indicator: ['legal_services']});
		const row = cells(output.split('\n').find(line => line.startsWith('| 法律咨询'))!);
		// The peers' median of ≈116,000 and 8,982: 12,134件 is in another measure, left out.
		expect(row).toEqual(['法律咨询', '人次', '≈116,000[^1]', '12,134件≠[^2]', '8,982[^3]', '—', '62,491 \\[35,737–89,246\\] n=2']);
	});

	test('a pipe in a cell is escaped, so every row keeps its columns', () => {
		expect(escapeMarkdown('A|B')).toBe('A\\|B');
		const odd = report({file: 'x.txt', district: {name: '甲|乙区', fullName: null, province: null, city: null, code: null}, year: 2024});
		const lines = renderSnapshot(wholeStore([odd]), {format: 'md'}).split('\n').filter(line => line.startsWith('|'));
		expect(lines[0]).toBe('| 指标 | 单位 | 甲\\|乙区 2024 |');
		expect(new Set(lines.map(line => cells(line).length))).toEqual(new Set([3]));
	});
});
