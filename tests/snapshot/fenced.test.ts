import {describe, expect, test} from 'vitest';
import {fencedText} from '../../source/snapshot/fenced.js';

describe('a view as a fenced Markdown block', () => {
	test('the frame inside a text fence, colour escapes dropped', () => {
		expect(fencedText('\u001B[1m甲区\u001B[22m · 2024\n信访总量  12\n')).toBe('```text\n甲区 · 2024\n信访总量  12\n```\n');
	});

	test('a report\'s own backticks cannot close the fence early', () => {
		const fenced = fencedText('引用 ```` 四个\n');
		expect(fenced.startsWith('`````text\n')).toBe(true);
		expect(fenced.endsWith('\n`````\n')).toBe(true);
	});
});
