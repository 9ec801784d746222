import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {regions} from '../../source/screen/layout.js';
import {keys, nextFrame, press, screen} from '../helpers/ink.js';
import {received, reports} from '../fixtures/reports.js';


async function open(size: {columns: number; rows: number}, corpus = reports) {
	const app = render(<App store={{reports: corpus}} size={size} view="indicator" filters={{indicator: ['reconsideration.received']}}/>);
	await nextFrame(app, 0);
	return app;
}

afterEach(cleanup);

describe('the indicator view\'s chart in the dashboard', () => {
	test('at 200×50 the chart over the years takes every line the bars leave', async () => {
		const size = {columns: 200, rows: 50};
		const lines = screen(await open(size));
		const {body} = regions(size);
		const shown = lines.slice(1, 1 + body);
		// The title, four bars (one per district, on 2024), the legend, the plot and the year axis as the body's last line: no line left empty.
		expect(shown.filter(line => line.trim() === '')).toEqual([]);
		expect(shown[5]).toMatch(/^● 朝阳区 +2023 6,413 → 2024 7,152/);
		expect(shown.at(-1)).toMatch(/^ +2023 +2024 *$/);
		expect(shown.filter(line => / ┤/.test(line)).length).toBe(body - 1 - 4 - 2);
		expect(lines[1 + body]).toMatch(/^── /);
	});

	test('at 80×24 the chart is smaller but whole: legend, plot and years', async () => {
		const size = {columns: 80, rows: 24};
		const lines = screen(await open(size));
		const {body} = regions(size);
		const shown = lines.slice(1, 1 + body);
		expect(shown).toContainEqual(expect.stringMatching(/^● 朝阳区 +2023 6,413 → 2024 7,152/));
		expect(shown.at(-1)).toMatch(/^ +2023 +2024 *$/);
		expect(shown.filter(line => / ┤/.test(line)).length).toBeGreaterThanOrEqual(4);
	});

	test('the district under the cursor is drawn first, on top, with the first mark', async () => {
		const corpus = [...reports, received('海淀区', '110108', 2023, 5200), received('海淀区', '110108', 2024, 6900)];
		const app = await open({columns: 100, rows: 40}, corpus);
		const legend = () => screen(app).filter(line => /^[●■] /.test(line)).map(line => line.split('  ')[0]);
		expect(legend()).toEqual(['● 朝阳区', '■ 海淀区']);
		// The bars rank 朝阳区 2024 first, 海淀区 2024 second.
		await press(app, keys.down);
		expect(legend()).toEqual(['● 海淀区', '■ 朝阳区']);
	});
});
