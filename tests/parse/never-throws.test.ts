import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cleanLines} from '../../source/parse/clean.js';
import {parseReport} from '../../source/parse/index.js';

// Text built from the report's own vocabulary finds far more paths through the rules than random code points.
const vocabulary = ['行政复议', '受理', '审结', '件', '人次', '%', '万', '余', '近', '约', '同比下降', '分别', '、', ',', '。', '\n', '一、', '(一)', '1.', '一是', '2024年', '《', '》', '“', '”', '出庭应诉', '信访', '调解', '法律援助', '咨询', '十二', '两'];
const reportish = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.integer({min: 0, max: 99_999}).map(String), fc.string()), {maxLength: 80}).map(parts => parts.join(''));

describe('the parser on arbitrary text', () => {
	it('never throws, and every fact and figure quotes the cleaned report', () => {
		fc.assert(fc.property(fc.oneof(reportish, fc.string({unit: 'grapheme', maxLength: 400})), text => {
			const report = parseReport(text);
			const cleaned = cleanLines(text).map(line => line.text).join('\n');
			for (const item of [...report.facts, ...report.figures]) {
				expect(cleaned).toContain(item.text);
				expect(item.text).toContain(item.match);
			}
		}), {numRuns: 400});
	});
});
