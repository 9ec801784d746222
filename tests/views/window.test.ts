import {describe, expect, test} from 'vitest';
import {fitColumns, follow} from '../../source/views/window.js';

describe('the visible window', () => {
	test('moves only as far as the cursor needs', () => {
		expect(follow(0, 5, 10, 40)).toBe(0);
		expect(follow(0, 12, 10, 40)).toBe(3);
		expect(follow(3, 8, 10, 40)).toBe(3);
		expect(follow(3, 1, 10, 40)).toBe(1);
		// The rule above a group's first row comes along.
		expect(follow(5, 5, 10, 40, 1)).toBe(4);
		// Never leaves the bottom of the screen empty while there is more above.
		expect(follow(35, 38, 10, 40)).toBe(30);
	});

	test('columns of different widths: as many as fit, the cursor always among them', () => {
		const widths = [11, 13, 11, 17, 11];
		const widthOf = (index: number) => widths[index] ?? 0;
		// Each column costs its width and the gap after it: 13 + 15 + 13 = 41.
		expect(fitColumns(widthOf, 5, 0, 41, 0)).toEqual({first: 0, shown: 3});
		expect(fitColumns(widthOf, 5, 0, 40, 0)).toEqual({first: 0, shown: 2});
		expect(fitColumns(widthOf, 5, 4, 40, 0)).toEqual({first: 3, shown: 2});
		// At the right end, earlier columns are pulled back in to fill the room.
		expect(fitColumns(widthOf, 5, 4, 50, 4)).toEqual({first: 2, shown: 3});
		expect(fitColumns(widthOf, 5, 2, 500, 0)).toEqual({first: 0, shown: 5});
	});
});
