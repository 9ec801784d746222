import {describe, expect, test} from 'vitest';
import {parseColumns, pipeWidth, snapshotWidth} from '../../source/snapshot/width.js';

describe('the width a snapshot fits', () => {
	test('--width first, then the terminal, then $COLUMNS, then 100', () => {
		expect(snapshotWidth({flag: 60, terminal: 120, env: '90'})).toBe(60);
		expect(snapshotWidth({terminal: 120, env: '90'})).toBe(120);
		expect(snapshotWidth({env: '90'})).toBe(90);
		expect(snapshotWidth({})).toBe(pipeWidth);
		expect(pipeWidth).toBe(100);
	});

	test('a $COLUMNS that is no positive whole number is passed over, as is a terminal that reports no width', () => {
		for (const env of ['', '0', '-5', '80.5', 'wide', ' 80']) {
			expect(snapshotWidth({env}), env).toBe(100);
		}

		expect(snapshotWidth({terminal: 0, env: '90'})).toBe(90);
	});

	test('--width takes digits only', () => {
		expect(parseColumns('60')).toBe(60);
		for (const text of ['0', '-1', '1.5', '60px', '', '1e3', undefined]) {
			expect(parseColumns(text), String(text)).toBeNull();
		}
	});
});
