import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

import {sanitize} from '../../source/text/sanitize.js';
import {unsafeCharacters} from '../fixtures/load/unsafe-characters.js';

const fixture = readFileSync(new URL('../fixtures/load/escapes.txt', import.meta.url), 'utf8');

describe('sanitize', () => {
	it('removes every escape sequence in the fixture and keeps the words', () => {
		expect(fixture).toContain('\u001B]8;;https://evil.example/');
		expect(sanitize(fixture)).toBe([
			'朝阳区2023年法治政府建设年度报告',
			'清屏之后的正文。',
			'设置标题。',
			'ST结束的标题。',
			'点击链接 超链接。',
			'光标移动隐藏光标。',
			'DCS 查询。',
			' 保存恢复重置。',
			'颜色红色。',
			'响铃退格回车',
			'覆盖。',
			'C1:和和。',
			'双向覆盖与隔离。',
			'零宽不换行。',
			'未结束的标题',
			'下一行还在。',
			'',
		].join('\n'));
	});

	it('leaves no control character, ESC, C1 or bidi override in the fixture', () => {
		const clean = sanitize(fixture);
		expect(unsafeCharacters(clean)).toEqual([]);
		expect(clean).not.toContain('恶意标题');
		expect(clean).not.toContain('evil.example');
		expect(clean).not.toContain('title');
	});

	it('normalises line ends and keeps tabs', () => {
		expect(sanitize('a\r\nb\rc\nd\te')).toBe('a\nb\nc\nd\te');
		expect(sanitize('第一页\f第二页')).toBe('第一页\n第二页');
	});

	it('returns clean text unchanged (same string)', () => {
		const text = '朝阳区2023年法治政府建设年度报告\n\t一、主要举措';
		expect(sanitize(text)).toBe(text);
	});

	it('strips U+FEFF anywhere, not only at the start', () => {
		expect(sanitize('\uFEFF甲\uFEFF乙')).toBe('甲乙');
	});
});
