import {describe, expect, it} from 'vitest';
import {progressLine} from '../../source/corpus/progress.js';

/** A progress line on a fake stderr, with a clock the test moves. */
function fakeStderr(isTTY = true) {
	const written: string[] = [];
	let clock = 0;
	const progress = progressLine({isTTY, write: (text: string) => written.push(text) > 0}, () => clock);
	return {progress, written, advance(ms: number) {
		clock += ms;
	}};
}

describe('the count of files read, on stderr while a load lasts', () => {
	it('says nothing for a load that ends within a moment', () => {
		const {progress, written, advance} = fakeStderr();
		for (let settled = 1; settled <= 50; settled++) {
			advance(5);
			progress.update(settled, 50);
		}

		progress.end();
		expect(written).toEqual([]);
	});

	it('rewrites one line at most every 100 ms, shows the last count, and erases the line at the end', () => {
		const {progress, written, advance} = fakeStderr();
		for (let settled = 1; settled <= 30_000; settled++) {
			advance(0.1);
			progress.update(settled, 30_000);
		}

		// 3 s in all, quiet for the first 0.3: some 27 redraws, not 30,000.
		expect(written.length).toBeGreaterThan(20);
		expect(written.length).toBeLessThan(30);
		expect(written.at(-1)).toBe('\r\u001B[2Krol-dash: reading reports 30,000 / 30,000');
		progress.end();
		expect(written.at(-1)).toBe('\r\u001B[2K');
	});

	it('writes nothing where stderr is not a terminal', () => {
		const {progress, written, advance} = fakeStderr(false);
		advance(5000);
		progress.update(10, 20);
		progress.end();
		expect(written).toEqual([]);
	});
});
