import {describe, expect, test} from 'vitest';
import {bar, spark} from '../../source/views/spark.js';

describe('spark-bars', () => {
	test('each value a bar between the smallest and the largest; a gap is a dot', () => {
		expect(spark([7152, 6413, 24, null, 47])).toBe('█▇▁·▁');
		expect(spark([null, null])).toBe('··');
		expect(spark([5, 5])).toBe('▄▄');
	});

	test('horizontal bars in eighths of a column; any value above zero shows', () => {
		expect(bar(10, 10, 4)).toBe('████');
		expect(bar(5, 10, 4)).toBe('██');
		expect(bar(1, 16, 2)).toBe('▏');
		expect(bar(0.01, 1000, 4)).toBe('▏');
		expect(bar(0, 10, 4)).toBe('');
	});
});
