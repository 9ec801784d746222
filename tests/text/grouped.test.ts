import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {formatGrouped} from '../../source/text/grouped.js';

const intl = (value: number, digits: number) => new Intl.NumberFormat('en-US', {maximumFractionDigits: digits}).format(value);

describe('formatGrouped', () => {
	test('writes what a reader of a report expects', () => {
		expect(formatGrouped(7152, 2)).toBe('7,152');
		expect(formatGrouped(2.7, 2)).toBe('2.7');
		expect(formatGrouped(115_600 / 1e4, 1)).toBe('11.6');
		expect(formatGrouped(1_234_567.891, 2)).toBe('1,234,567.89');
		expect(formatGrouped(99.995, 2)).toBe('100');
		expect(formatGrouped(0.5, 0)).toBe('1');
	});

	test('is the string Intl.NumberFormat gives, edge cases included', () => {
		const edges = [0, -0, 1.005, 2.675, 0.125, -0.001, -2.5, 999.995, 1e20, 1e21, 1.5e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 0.1 + 0.2];
		for (const value of edges) {
			for (const digits of [0, 1, 2]) {
				expect(formatGrouped(value, digits), `${value} with ${digits}`).toBe(intl(value, digits));
			}
		}
	});

	test('agrees with Intl.NumberFormat on any number', () => {
		fc.assert(fc.property(fc.oneof(fc.double(), fc.integer({min: -1e9, max: 1e9}).map(n => n / 100), fc.integer().map(n => n / 1000)), fc.integer({min: 0, max: 3}), (value, digits) => {
			expect(formatGrouped(value, digits)).toBe(intl(value, digits));
		}), {numRuns: 5000});
	});
});
