import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {initialState, reduce, type State} from '../../source/screen/state.js';
import {peerGroups} from '../../source/model/peer-groups.js';
import {loadPinyin} from '../../source/model/search.js';
import {reportColumns, tableHeader} from '../helpers/table.js';
import {burst, keys, nextFrame, press, screen, text, type} from '../helpers/ink.js';
import {national} from '../fixtures/national.js';

// 100 columns show four districts side by side; thirty districts are more than a few screens of them.
const size = {columns: 100, rows: 30};

async function open(props: Partial<Parameters<typeof App>[0]> = {}) {
	const app = render(<App store={{reports: national}} size={size} {...props}/>);
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	return app;
}

/** The report columns on screen, from the table's header. */
const columns = (lines: string[]) => reportColumns(tableHeader(lines));
/** All the report columns of the view: those on screen and those the header says are off to either side. */
const total = (lines: string[]) => columns(lines).length + Number(/◀(\d+)/.exec(lines[0]!)?.[1] ?? 0) + Number(/▶(\d+)列/.exec(lines[0]!)?.[1] ?? 0);

beforeAll(loadPinyin);
afterEach(cleanup);

describe('peer groups in the dashboard', () => {
	test('a corpus of more districts than fit opens on the province and year with the most reports, named in the header', async () => {
		const app = await open();
		const lines = screen(app);
		expect(lines[0]).toMatch(/^rol-dash +比较 +地区 +指标 +覆盖 +河北省 · 2024/);
		expect(columns(lines).every(column => /^[石唐]\d+区 2024$/.test(column))).toBe(true);
		// 河北省 has twenty districts: the ones on screen and the rest to the right.
		expect(total(lines)).toBe(20);
	});

	test('p steps from the province to all, then to the cursor district\'s city, then back to its province', async () => {
		const app = await open();
		await press(app, 'p');
		let lines = screen(app);
		expect(lines[0]).not.toContain('河北省');
		expect(total(lines)).toBe(30);
		// y aligns on 2023: still one column per district, never every report side by side.
		await press(app, 'y');
		expect(screen(app)[0]).toMatch(/ 2023 /);
		expect(total(screen(app))).toBe(30);
		expect(columns(screen(app)).every(column => / 2023$/.test(column))).toBe(true);
		await press(app, 'p');
		lines = screen(app);
		expect(lines[0]).toMatch(/ 河北省 石家庄市 · 2023 +▼/);
		expect(total(lines)).toBe(12);
		await press(app, 'p');
		expect(screen(app)[0]).toMatch(/ 河北省 · 2023 +▼/);
		expect(total(screen(app))).toBe(20);
	});

	test('P lists the provinces with their counts; Enter compares the one picked, the cursor keeps its row', async () => {
		const app = await open();
		await press(app, 'j', 'j', 'P');
		let shownText = text(app);
		expect(shownText).toMatch(/比较范围/);
		expect(shownText).toMatch(/全部地区 +60份 · 30个地区/);
		expect(shownText).toMatch(/北京市 +12份 · 6个地区/);
		// The picker opens on the group compared, its cities listed under it.
		expect(shownText).toMatch(/● 河北省 +40份 · 20个地区\n +石家庄市 +24份 · 12个地区\n +唐山市 +16份 · 8个地区\n +山西省/);
		await press(app, 'j', 'j', 'j');
		shownText = text(app);
		// Past 河北省's cities the cursor is on 山西省, whose city opens under it instead.
		expect(shownText).not.toContain('石家庄市');
		expect(shownText).toMatch(/山西省 +8份 · 4个地区\n +太原市/);
		await press(app, keys.enter);
		const lines = screen(app);
		expect(lines[0]).toMatch(/ 山西省 · 2024/);
		expect(columns(lines)).toEqual(['晋1区 2024', '晋2区 2024', '晋3区 2024', '晋4区 2024']);
		expect(lines.find(line => line.startsWith('── 晋1区 2024 · '))).toMatch(/“双随机”抽查批次/);
	});

	test('Esc closes the picker without changing the group', async () => {
		const app = await open();
		await press(app, 'P', 'k', keys.escape);
		expect(screen(app)[0]).toMatch(/ 河北省 · 2024/);
	});

	test('/ in the picker searches it: pinyin or Chinese narrows the list, Enter compares the group found', async () => {
		const app = await open();
		await press(app, 'P');
		// The picker's keys are on the status line, from the keymap.
		expect(screen(app).at(-1)).toMatch(/^ *↑\/↓ 移动  Enter 选定  Esc 关闭  \/ 搜索 +\? 帮助  q 退出$/);
		await press(app, '/', 't', 'y');
		let shownText = text(app);
		expect(shownText).toMatch(/比较范围 +\/ty · 1个匹配/);
		expect(shownText).toMatch(/太原市 · 山西省 +8份 · 4个地区/);
		expect(shownText).not.toMatch(/河北省 +40份|北京市 +12份|唐山市/);
		expect(screen(app).at(-1)).toMatch(/^\/ty▏ +↑\/↓ 移动  Enter 选定  Esc 清除$/);
		await press(app, keys.backspace, keys.backspace);
		await type(app, '唐山');
		shownText = text(app);
		expect(shownText).toMatch(/唐山市 · 河北省 +16份 · 8个地区/);
		expect(shownText).not.toMatch(/太原市/);
		await press(app, keys.enter);
		const lines = screen(app);
		expect(lines[0]).toMatch(/ 河北省 唐山市 · 2024/);
		expect(columns(lines)[0]).toMatch(/^唐1区 2024$/);
	});

	test('Esc in a search clears it, the whole list back; Esc again closes the picker', async () => {
		const app = await open();
		await press(app, 'P', '/');
		await type(app, 'bj');
		expect(text(app)).not.toMatch(/山西省/);
		await press(app, keys.escape);
		expect(text(app)).toMatch(/比较范围/);
		expect(text(app)).toMatch(/山西省 +8份/);
		// Letters are keys again: j moves the cursor instead of searching.
		await press(app, 'j', keys.escape);
		expect(text(app)).not.toMatch(/比较范围/);
		expect(screen(app)[0]).toMatch(/ 河北省 · 2024/);
	});

	test('keys in one burst: P, a move and Enter each act in turn', async () => {
		const app = await open();
		await burst(app, 'Pk\r');
		expect(screen(app)[0]).toMatch(/ 北京市 · 2024/);
	});

	test('--district opens on the district\'s city with the cursor on its latest report', async () => {
		const app = await open({filters: {district: ['唐3区']}});
		const lines = screen(app);
		expect(lines[0]).toMatch(/ 河北省 唐山市/);
		expect(lines.find(line => line.startsWith('── 唐3区 2024 · '))).toBeDefined();
		// Eight districts, one column each; p goes back to just the one named, whose other year is one key (Y) away.
		expect(total(lines)).toBe(8);
		await press(app, 'p', 'p', 'p');
		expect(screen(app)[0]).toMatch(/指定地区: 唐3区/);
		expect(columns(screen(app))).toEqual(['唐3区 2024']);
		await press(app, 'Y');
		expect(columns(screen(app))).toEqual(['唐3区 ←2023']);
	});

	test('the other views compare the group too: the indicator view ranks its districts', async () => {
		const app = await open();
		await press(app, keys.tab, keys.tab);
		const lines = screen(app);
		expect(lines[0]).toMatch(/ 河北省 · 2024/);
		expect(lines[1]).toMatch(/ 0\/20$|\/20$/);
	});
});

describe('peer groups in the reducer', () => {
	const groups = peerGroups(national);
	const run = (state: State, ...actions: Parameters<typeof reduce>[1][]) => actions.reduce(reduce, state);

	test('the picker opens on the group compared and walks the groups it shows', () => {
		const start = initialState('zh', 'compare', {peers: {kind: 'province', province: '河北省'}, year: 2024, column: null});
		const opened = run(start, {type: 'overlay', overlay: 'peers'});
		expect(opened).toMatchObject({overlay: 'peers', pick: 'province:河北省'});
		expect(run(opened, {type: 'pick-move', by: 1, groups}).pick).toBe('city:河北省/石家庄市');
		expect(run(opened, {type: 'pick-move', by: -10, groups}).pick).toBe('all');
		const picked = run(opened, {type: 'pick-move', by: -1, groups}, {type: 'pick', groups});
		expect(picked).toMatchObject({peers: {kind: 'province', province: '北京市'}, overlay: null, pick: null, year: 2024});
	});

	test('Esc closes the picker; a group picked by p leaves other overlays alone', () => {
		const opened = run(initialState(), {type: 'overlay', overlay: 'peers'});
		expect(run(opened, {type: 'back'})).toMatchObject({overlay: null, pick: null});
		const help = run(initialState(), {type: 'overlay', overlay: 'help'}, {type: 'peers', peers: {kind: 'province', province: '北京市'}});
		expect(help.overlay).toBe('help');
	});
});
