import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {renderCard} from '../../source/snapshot/card.js';
import {peerReports} from '../fixtures/peers.js';

const card = (format: 'md' | 'text', pin: string, columns?: number) => renderCard(peerReports, {format, filters: {pin}, lang: 'zh', ...(columns === undefined ? {} : {columns})});

describe('a district\'s report card', () => {
	test('each indicator with its value, the peers\' median and quartiles and its rank, worked out by hand', () => {
		const text = card('md', '甲区');
		expect(text).toMatch(/^# 甲区 2024 · 标杆报告$/mu);
		// Lawsuits lost: 5, 2, 8 and 3起 compare (4次 and 六区's 2023 report do not): median 4, Q1 2.75, Q3 5.75; 甲区's 5 is third.
		expect(text).toContain('- **行政诉讼败诉**: 5 件[^2] · 同组中位 4 \\[2.75–5.75\\] 3/4 P25 (越低越好)');
		// Legal opinions: no better way, ranked by value with no judgement said.
		expect(text).toContain('- **法律意见建议**: 10 条[^1] · 同组中位 20 \\[15–25\\] 3/3 P0\n');
	});

	test('a pinned value in another measure keeps its unit and has no rank; the peers who disclose are counted', () => {
		expect(card('text', '东区')).toContain('  行政诉讼败诉: 4次≠[1] · 同组中位 4 [2.75–5.75] —/4');
	});

	test('every value cites its sentence as a footnote, file:line — sentence', () => {
		const text = card('md', '甲区');
		const cited = [...text.matchAll(/\[\^(\d+)\](?!:)/gu)].map(match => match[1]);
		expect(cited).toEqual(['1', '2']);
		expect(text).toContain('[^1]: peers/甲区2024.txt:5 — 提出法律意见建议10条。');
		expect(text).toContain('[^2]: peers/甲区2024.txt:3 — 全年行政诉讼败诉5件。');
	});

	test('every line fits the width, in Markdown and in text', () => {
		for (const format of ['md', 'text'] as const) {
			const lines = card(format, '甲区', 40).trimEnd().split('\n');
			expect(lines.filter(line => stringWidth(line) > 40)).toEqual([]);
			// Wrapped, not cut: the rank is still there.
			expect(lines.join(' ')).toMatch(/3\/4\s+P25/u);
		}
	});
});
