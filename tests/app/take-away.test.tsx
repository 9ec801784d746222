import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {TakeAway} from '../../source/app/use-dashboard.js';
import {wholeStore} from '../../source/corpus/store.js';
import {loadPinyin} from '../../source/model/search.js';
import type {SnapshotFile} from '../../source/save/snapshot-file.js';
import type {OpenRequest} from '../../source/screen/take-away.js';
import {renderTable} from '../../source/snapshot/index.js';
import {parseCsvRecords} from '../helpers/csv.js';
import {keys, nextFrame, press, screen, type} from '../helpers/ink.js';
import {reports} from '../fixtures/reports.js';

const size = {columns: 100, rows: 30};
const store = wholeStore(reports);

/** The dashboard with a shell that keeps what it is asked to write and open. */
async function open() {
	const written: SnapshotFile[] = [];
	const opened: OpenRequest[] = [];
	const takeAway: TakeAway = {
		cwd: '/work',
		write(file, lang) {
			written.push(file);
			return `${lang === 'zh' ? '已写入' : 'written to'} ${file.name ?? 'rol-dash-view.txt'}`;
		},
		open(request) {
			opened.push(request);
			return 'less closed';
		},
	};
	const app = render(<App store={store} size={size} takeAway={takeAway}/>);
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	return {app, written, opened};
}

const status = (app: ReturnType<typeof render>) => screen(app).at(-1)!;

beforeAll(loadPinyin);
afterEach(cleanup);

describe('taking the view away', () => {
	test('w and Enter write the compare view as `--format text` prints it at this width, and the status line says where', async () => {
		const {app, written} = await open();
		await press(app, 'w');
		expect(status(app)).toMatch(/^写入 t 文本 · m Markdown · c CSV \[文件名\]: ▏/u);
		await press(app, keys.enter);
		expect(written).toHaveLength(1);
		expect(written[0]!.view).toBe('compare');
		expect(written[0]!.format).toBe('text');
		expect(written[0]!.text).toBe(stripVTControlCharacters(renderTable(store, {format: 'text', columns: size.columns})));
		expect(written[0]!.text).toMatch(/^指标 +单位 +朝阳区 /mu);
		expect(status(app)).toBe('已写入 rol-dash-view.txt');
		// The notice lasts until the next key.
		await press(app, 'j');
		expect(status(app)).not.toContain('已写入');
	});

	test('the file follows the screen: the district view as --view district prints it, Markdown of the year aligned on', async () => {
		const {app, written} = await open();
		await press(app, keys.tab, 'w', keys.enter);
		expect(written[0]!.view).toBe('district');
		// The district and year under the cursor: --view district opens on the first report instead.
		const district = written[0]!.text;
		expect(district.split('\n')[0]).toBe('朝阳区 · 北京市朝阳区 · 110105');
		expect(district).toContain('── 朝阳区 2024 · 提纲');
		expect(district).toContain('健全政府信息公开制度');
		expect(renderTable(store, {format: 'text', view: 'district', columns: size.columns})).toContain('── 朝阳区 2023 · 提纲');

		// y aligns the columns on the next year: the Markdown written is of that year, not the one the dashboard opened on.
		await press(app, keys.shiftTab, 'y');
		const year = /(\d{4})/u.exec(screen(app)[0]!)![1];
		await type(app, 'wm');
		await press(app, keys.enter);
		const markdown = written[1]!.text;
		expect(written[1]!.format).toBe('md');
		expect(markdown).not.toBe(renderTable(store, {format: 'md', columns: size.columns, cwd: '/work'}));
		expect(markdown).toMatch(new RegExp(`^\\| 指标 \\| 单位 \\| .*${year}`, 'mu'));
	});

	test('CSV is the rows of the reports in view: a filter on a district keeps its rows only', async () => {
		const {app, written} = await open();
		await press(app, '/');
		await type(app, '朝阳');
		await press(app, keys.enter);
		await type(app, 'wc 朝阳');
		await press(app, keys.enter);
		expect(written[0]).toMatchObject({format: 'csv', name: '朝阳.csv'});
		const [header = [], ...rows] = parseCsvRecords(written[0]!.text);
		expect(rows.length).toBeGreaterThan(0);
		expect(new Set(rows.map(row => row[header.indexOf('district')]))).toEqual(new Set(['朝阳区']));
	});

	test('o asks the shell for the report under the cursor at its line, and says how it went', async () => {
		const {app, opened} = await open();
		await press(app, 'o');
		expect(opened).toHaveLength(1);
		expect(opened[0]!.program).toBe('pager');
		expect(opened[0]!.file).toMatch(/\.txt$/u);
		// The first cell of 朝阳区 is empty: its report opens at the top.
		expect(opened[0]!.line).toBeNull();
		// Down to a value 朝阳区 states: its line in its report.
		while (opened.at(-1)!.line === null) {
			expect(opened.length).toBeLessThan(20);
			await press(app, 'j', 'o');
		}

		const line = opened.at(-1)!.line!;
		expect(screen(app).join('\n')).toContain(`${opened.at(-1)!.file}:${line}`);
		expect(status(app)).toBe('less closed');
	});
});
