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
	])('%s takes %d columns', (text, width) => {
		expect(fastWidth(text)).toBe(width);
	});

	it('agrees with string-width on any text, emoji and combining marks included', () => {
		const pieces = fc.constantFrom('朝阳区', 'a', '7,152', '👍🏽', 'é', 'e\u0301', '—', '≈', '\u200B', '한국', 'ｶﾀｶﾅ', '…', '№', '\u3000', '─', '▁▂▃█', '·', '≈', '“', '”', '\u00AD', '±', '∑', '⌚', '☀', '✓');
		fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 8}).map(parts => parts.join('')), text => {
			expect(fastWidth(text)).toBe(stringWidth(text));
		}), {numRuns: 500});
	});
});
