import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {wrapMarked} from '../../source/views/wrap.js';

const sentence = '全年共新收行政复议案件7152件,审结6929件,实行“审调结合”,全年纠错率为7.71%、调解率为39.95%,持续位居全市前列。';
const joined = (line: ReadonlyArray<{text: string}>) => line.map(segment => segment.text).join('');

describe('wrapping a sentence with its number marked', () => {
	test('lines are never wider than asked, Chinese counting two columns', () => {
		const lines = wrapMarked(sentence, 30, '7152件');
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) {
			expect(stringWidth(joined(line))).toBeLessThanOrEqual(30);
		}

		expect(lines.map(joined).join('')).toBe(sentence);
	});

	test('the match is marked, and only it', () => {
		const marked = wrapMarked(sentence, 200, '7152件')[0]!.filter(segment => segment.mark);
		expect(marked.map(segment => segment.text)).toEqual(['7152件']);
	});

	test('a mark split by a line break is marked on both lines', () => {
		// 11 characters then the number: a width of 24 breaks after 715.
		const lines = wrapMarked(sentence, 25, '7152件');
		expect(lines.flatMap(line => line.filter(segment => segment.mark).map(segment => segment.text)).join('')).toBe('7152件');
	});

	test('no line starts with closing punctuation', () => {
		for (let width = 10; width < 60; width++) {
			for (const line of wrapMarked(sentence, width)) {
				expect(joined(line)).not.toMatch(/^[,。、;:”]/);
			}
		}
	});

	test('cut to a number of lines, the last ending in …', () => {
		const lines = wrapMarked(sentence, 20, '', 2);
		expect(lines).toHaveLength(2);
		expect(joined(lines[1]!)).toMatch(/…$/);
		expect(stringWidth(joined(lines[1]!))).toBeLessThanOrEqual(20);
	});
});
