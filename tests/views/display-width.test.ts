import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {fastWidth} from '../../source/views/display-width.js';

describe('display width', () => {
	it.each([
		['7,152', 5],
		['朝阳区 2024', 11],
		['“一件事”集成服务', 16],
		['≈11.6万', 7],
		['行政复议收案 —', 14],
		['，（）％', 8],
		['\u001B[1m\u001B[36m朝阳区\u001B[39m\u001B[22m 7,152', 12],
		['↑↓ 移动  → 详情  ▼', 18],
	])('%s takes %d columns', (text, width) => {
		expect(fastWidth(text)).toBe(width);
	});

	it('agrees with string-width on any text, emoji and combining marks included', () => {
		const pieces = fc.constantFrom('朝阳区', 'a', '7,152', '👍🏽', 'é', 'e\u0301', '—', '≈', '\u200B', '한국', 'ｶﾀｶﾅ', '…', '№', '\u3000', '─', '▁▂▃█', '·', '≈', '“', '”', '\u00AD', '±', '∑', '⌚', '☀', '✓', 'か\u3099', 'が', '\u302A', '〜', '↑↓←→', '▼', '◽', '\u001B[36m', '\u001B[1m', '\u001B[39m', '\u001B[22;39m', '\u001B[m', '\u001B[;m', '\u001B[12345m', '\u001B[', '\u001B', '\u0007', '\u001B]8;;http://a\u0007', '\u009B36m', 'm', '[', ';');
		fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 8}).map(parts => parts.join('')), text => {
			expect(fastWidth(text)).toBe(stringWidth(text));
		}), {numRuns: 2000});
	});

	it('agrees with string-width on every code point it answers alone', () => {
		const disagree: string[] = [];
		for (let code = 0x20; code <= 0xFFFF; code++) {
			const char = String.fromCharCode(code);
			if (code >= 0xD800 && code <= 0xDFFF) {
				continue;
			}

			if (fastWidth(char) !== stringWidth(char)) {
				disagree.push(code.toString(16));
			}
		}

		expect(disagree).toEqual([]);
	});
});
