import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {fact, report} from '../fixtures/reports.js';
import {peerReports} from '../fixtures/peers.js';
import {keys, nextFrame, press, screen} from '../helpers/ink.js';
import {reportColumns, tableHeader} from '../helpers/table.js';

// Twelve more districts of the province, so at 80 columns the table scrolls sideways.
const more = Array.from({length: 12}, (_, index) => report({
	file: `peers/${index}.txt`,
	district: {name: `第${'一二三四五六七八九十'[index % 10]}${index >= 10 ? '十' : ''}区`, fullName: `测试省第${index}区`, province: '测试省', city: null, code: `9902${String(index).padStart(2, '0')}`},
	year: 2024,
	facts: [fact({indicator: 'litigation.lost', value: 10 + index, unit: '件', line: 3, section: '', text: `全年行政诉讼败诉${10 + index}件。`})],
}));

async function open(pin?: string) {
	const app = render(<App store={{reports: [...peerReports, ...more]}} size={{columns: 80, rows: 24}} {...(pin === undefined ? {} : {filters: {pin}})}/>);
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	return app;
}

afterEach(cleanup);

/** The districts in the table's header, in order. */
const districts = (lines: readonly string[]) => reportColumns(tableHeader(lines)).map(cell => cell.replace(/ 2024$/, ''));
const header = (lines: readonly string[]) => lines[0]!;
const row = (lines: readonly string[], label: string) => lines.find(line => line.startsWith(label + ' ')) ?? '';

/** Down to a row, as a person does: until the detail pane names it. */
async function downTo(app: Awaited<ReturnType<typeof open>>, label: string) {
	for (let step = 0; step < 40 && !screen(app).some(line => line.startsWith('── ') && line.includes(` · ${label} · `)); step++) {
		await press(app, keys.down);
	}
}

describe('a pinned district', () => {
	test('--pin: the header names it and its column comes first, before the districts in their order', async () => {
		const app = await open('乙区');
		expect(header(screen(app))).toContain('标杆 乙区');
		expect(districts(screen(app))[0]).toBe('乙区');
		// Unpinned, 乙区 is not first: the pin put it there.
		const plain = await open();
		expect(header(screen(plain))).not.toContain('标杆');
		expect(districts(screen(plain))[0]).not.toBe('乙区');
	});

	test('the pinned column stays first through a sort and a scroll to the right', async () => {
		const app = await open('丙区');
		await downTo(app, '行政诉讼败诉');
		await press(app, 'S');
		// Sorted by lawsuits lost, most first: 第二十区's 21, then 第一十区's 20, after the pinned 丙区's 8.
		expect(districts(screen(app)).slice(0, 3)).toEqual(['丙区', '第二十区', '第一十区']);
		await press(app, ...Array.from({length: 8}, () => keys.right));
		const scrolled = screen(app);
		expect(header(scrolled)).toMatch(/◀\d+/u);
		expect(districts(scrolled)[0]).toBe('丙区');
		expect(districts(scrolled)).not.toContain('第二十区');
	});

	test('the peer column: the median and quartiles of the sixteen comparable values, and the pin\'s rank among them', async () => {
		const app = await open('丙区');
		// 2 3 5 8 and 10…21 (东区's 4次 and 六区's 2023 value left out): median 13.5, Q1 9.5, Q3 17.25.
		// Fewer lawsuits lost is better: 2, 3 and 5 beat 8, so 丙区 is 4th of 16, ahead of 12 = P75.
		await downTo(app, '行政诉讼败诉');
		// In 100 columns the spread gives way to a third district beside the pin.
		expect(row(screen(app), '行政诉讼败诉')).toMatch(/ 13\.5 \[9\.5–17\.25\] 4\/16 P75$/u);
		expect(tableHeader(screen(app))).toContain('同组 中位[四分位] 名次');
	});

	test('m pins the district under the cursor, moves the pin, and on the pinned column unpins', async () => {
		const app = await open();
		await press(app, keys.right);
		const second = districts(screen(app))[1]!;
		await press(app, 'm');
		expect(header(screen(app))).toContain(`标杆 ${second}`);
		expect(districts(screen(app))[0]).toBe(second);
		// The cursor stays on its district, now in the first column: m again unpins.
		await press(app, 'm');
		expect(header(screen(app))).not.toContain('标杆');
		await press(app, keys.right, 'm');
		const moved = header(screen(app));
		expect(moved).toContain('标杆');
		expect(moved).not.toContain(`标杆 ${second}`);
	});
});
