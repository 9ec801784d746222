import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import {App} from '../../source/app.js';
import {pinyinLoaded} from '../../source/model/search.js';
import {nextFrame, press, screen, type} from '../helpers/ink.js';
import {reports} from '../fixtures/reports.js';

afterEach(cleanup);

test('the first frame does not wait for the pinyin dictionary; a filter typed before it loads matches pinyin once it has', async () => {
	const app = render(<App store={{reports}} size={{columns: 100, rows: 30}}/>);
	// This file never loads pinyin itself: the first frame is drawn without it.
	expect(pinyinLoaded()).toBe(false);
	expect(screen(app)[0]).toMatch(/^rol-dash +比较/);
	await nextFrame(app, 0);
	await press(app, '/');
	await type(app, 'fy');
	await vi.waitFor(() => {
		expect(pinyinLoaded()).toBe(true);
		expect(screen(app).at(-1)).toMatch(/^\/fy▏ +\[自动\] 4行/);
	}, {timeout: 5000, interval: 20});
});
