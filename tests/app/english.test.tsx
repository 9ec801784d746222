import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import {App} from '../../source/app.js';
import {pinyinLoaded} from '../../source/model/pinyin.js';
import {nextFrame, press, screen} from '../helpers/ink.js';
import {tableHeader} from '../helpers/table.js';
import {reports} from '../fixtures/reports.js';

afterEach(cleanup);

test('L switches the names to English: in pinyin once the dictionary is there, which the dashboard loads as it opens', async () => {
	const app = render(<App store={{reports}} size={{columns: 100, rows: 30}}/>);
	// This file never loads pinyin itself: the dashboard does.
	expect(pinyinLoaded()).toBe(false);
	await nextFrame(app, 0);
	await press(app, 'L');
	await vi.waitFor(() => {
		expect(pinyinLoaded()).toBe(true);
		const header = tableHeader(screen(app), 'Indicator');
		expect(header).toMatch(/Chaoyang District 2024 +Mentougou District ←2020/);
		expect(header).not.toMatch(/\p{Script=Han}/u);
	}, {timeout: 5000, interval: 20});
	await press(app, 'L');
	expect(tableHeader(screen(app))).toMatch(/朝阳区 2024 +门头沟区 ←2020/);
});
