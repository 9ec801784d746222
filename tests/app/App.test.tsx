import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {bindings} from '../../source/keys/index.js';
import {keyLabel} from '../../source/keys/match.js';
import {labelOf} from '../../source/model/index.js';
import {loadPinyin} from '../../source/model/search.js';
import {reportColumns, tableHeader} from '../helpers/table.js';
import {burst, keys, nextFrame, press, screen, text, type} from '../helpers/ink.js';
import {reports} from '../fixtures/reports.js';

const size = {columns: 100, rows: 30};

async function open({errors, ...props}: Partial<Parameters<typeof App>[0]> & {errors?: Array<{file: string; reason: string}>} = {}) {
	const app = render(<App store={{reports, errors}} size={size} {...props}/>);
	// Ink subscribes to stdin in an effect, after the first frame.
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	return app;
}

/** The header line of the compare table: the report columns in order. */
/** A row of the compare table. */
const lineOf = (lines: string[], label: string) => lines.find(line => line.startsWith(label + ' '))!;
/** The detail pane: from its rule (── place · indicator …) to the status line. */
const pane = (lines: string[]) => lines.slice(lines.findIndex(line => line.startsWith('── ') && line.includes(' · ') && /\d{4} · /.test(line)));

beforeAll(loadPinyin);
afterEach(cleanup);

describe('the dashboard, driven by keys', () => {
	test('the status line shows the keys that matter in each view and what the marks mean', async () => {
		const app = await open();
		const status = () => screen(app).at(-1)!;
		// The year keys stay however narrow the line, beside help and quit; the arrow of another year's report is explained.
		expect(status()).toMatch(/Tab 视图 .*最好 最差  ←年 其他年份  ≈ 约数.*y\/Y 年份  \? 帮助  q 退出$/u);
		await press(app, keys.tab);
		expect(screen(app)[0]).toMatch(/ 地区 /u);
		expect(status()).not.toContain('排序');
		expect(status()).toMatch(/Esc 返回.*\? 帮助  q 退出$/u);
		await press(app, 'L');
		expect(status()).toMatch(/Esc back.*\? help  q quit$/u);
	});

	test('opens on the compare view with the cursor on the first report and the detail pane under it', async () => {
		const app = await open();
		const lines = screen(app);
		expect(lines[0]).toMatch(/^rol-dash +比较 +地区 +指标 +覆盖/);
		// Aligned on 2024, the year three of the four districts report: one column per district, 门头沟区's 2020 marked.
		// In 100 columns three districts with their changes, then the peers' median and the spread; 开封 is to the right.
		expect(tableHeader(lines)).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020 +江北区 2024 +同组 中位\[四分位\] +分布$/);
		expect(lines[0]).toMatch(/覆盖 +2024\b/);
		expect(pane(lines)[0]).toMatch(/^── 朝阳区 2024 · “一件事”集成服务/);
		expect(lines.length).toBe(size.rows - 1);
	});

	test('moving the cursor updates the detail pane to the sentence the value came from', async () => {
		const app = await open();
		await press(app, ...Array.from({length: 15}, () => 'j'));
		let detail = pane(screen(app)).join('\n');
		expect(detail).toMatch(/^── 朝阳区 2024 · 行政复议收案 · Reconsideration cases received/);
		expect(detail).toContain('7,152 件');
		// Its change on 2023, computed from 朝阳区's 2023 report (6,413), says so.
		expect(detail).toContain('[+12%] 同比,据上年报告计算');
		expect(detail).toContain('全年共新收行政复议案件7152件,审结6929件');
		expect(detail).toContain('000_9fca992f16ce8107.txt:23');
		expect(detail).toContain('健全矛盾纠纷预防化解体系');

		await press(app, keys.down, keys.right);
		detail = pane(screen(app)).join('\n');
		expect(detail).toMatch(/^── 门头沟区 2020 · 行政复议审结/);
		expect(detail).toContain('未披露');
		await press(app, keys.up);
		expect(pane(screen(app)).join('\n')).toContain('全区共收到行政复议申请24件,受理24件,年内审结22件。');
	});

	test('Y steps the cursor\'s district to its other year; a derived value shows the statement and the arithmetic, cited in the later report', async () => {
		const app = await open();
		const petitions = 27;
		await press(app, ...Array.from({length: petitions}, () => 'j'));
		// The peers' median over the two 2024 values: (18,426 + 4,480) / 2.
		expect(lineOf(screen(app), '信访总量')).toMatch(/^信访总量 +件次 +18,426 −23% +— +4,480 −28% +11,453 \[7,967–14,940\] n=2 +/);
		await press(app, 'Y');
		// 朝阳区's 2023 in place of its 2024, marked; the others stay on 2024.
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +朝阳区 ←2023 +门头沟区 ←2020 +江北区 2024 +同组 中位\[四分位\] +分布$/);
		// Another year's value, derived or not, is out of the peers: 江北区's 4,480 alone.
		expect(lineOf(screen(app), '信访总量')).toMatch(/^信访总量 +件次 +≈24,055\* +— +4,480 −28% +4,480 n=1 +/);
		const detail = pane(screen(app)).join('\n');
		expect(detail).toMatch(/^── 朝阳区 2023 · 信访总量/);
		expect(detail).toContain('≈24,055 件次');
		expect(detail).toContain('由同比推算');
		expect(detail).toContain('18426 ÷ (1 − 23.4%) ≈ 24055');
		expect(detail).toContain('000_9fca992f16ce8107.txt:27');
		// Its other year again is 2024, the year the columns align on: back in line.
		await press(app, 'Y');
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020/);
	});

	test('Enter opens the district under the cursor, Esc comes back to the same cell', async () => {
		const app = await open();
		await press(app, ...Array.from({length: 15}, () => 'j'), keys.enter);
		let lines = screen(app);
		expect(lines[0]).toMatch(/ 地区 .*朝阳区 · 北京市朝阳区 · 110105/);
		expect(tableHeader(lines)).toMatch(/^指标 +单位 +2023 +2024 +分布$/);
		expect(pane(lines)[0]).toMatch(/^── 朝阳区 2024 · 行政复议收案/);

		// From the district, Enter opens the indicator under the cursor: the districts ranked on 2024, one bar each;
		// 门头沟区's 2020 value is shown with its year, after the ranked ones and without a bar.
		await press(app, keys.enter);
		lines = screen(app);
		expect(lines[1]).toMatch(/^行政复议收案 · Reconsideration cases received · 件/);
		const bars = lines.filter(line => /^\S+ (←)?\d{4} /.test(line));
		expect(bars.map(line => line.split(/ {2,}/)[0])).toEqual(['朝阳区 2024', '开封市示范区 2024', '门头沟区 ←2020', '江北区 2024']);
		expect(bars[0]).toMatch(/█ +7,152$/);
		expect(bars[2]).toMatch(/^门头沟区 ←2020 +24$/);

		await press(app, keys.escape);
		expect(screen(app)[0]).toMatch(/ 地区 /);
		await press(app, keys.escape);
		lines = screen(app);
		expect(tableHeader(lines)).toMatch(/^指标 +单位 +朝阳区 2024/);
		expect(pane(lines)[0]).toMatch(/^── 朝阳区 2024 · 行政复议收案/);
	});

	test('Enter on the label column opens the indicator', async () => {
		const app = await open();
		await press(app, 'h', 'j', keys.enter);
		expect(screen(app)[1]).toMatch(/^全程网办率 · Services fully online/);
	});

	test('/ filters rows by pinyin initials (fy finds 复议) and columns by a district (cy finds 朝阳区)', async () => {
		const app = await open();
		await press(app, '/');
		await type(app, 'fy');
		let lines = screen(app);
		expect(lines.at(-1)).toMatch(/^\/fy▏ +\[自动\] 4行/);
		await press(app, keys.enter);
		lines = screen(app);
		const rows = lines.filter(line => /^\p{Script=Han}\S* +(件|%) /u.test(line));
		expect(rows.map(line => line.split(/ +/)[0])).toEqual(['行政复议收案', '行政复议审结', '行政复议纠错率', '行政复议调解和解率']);
		expect(lines[0]).toContain('/fy');

		// Esc clears a committed filter.
		await press(app, keys.escape, '/');
		await type(app, 'cy');
		await press(app, keys.enter);
		// One column for 朝阳区: its 2023 is one key (Y) away.
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +朝阳区 2024 +分布$/);
	});

	test('s and S sort the districts by the current row, another year\'s report after the ranked ones', async () => {
		const app = await open();
		const order = () => tableHeader(screen(app)).split(/ {2,}/).slice(2, -2);
		await press(app, ...Array.from({length: 15}, () => 'j'));
		// One column per district; in 100 columns, beside the peers' median, three fit (the model's tests put the undisclosed last).
		expect(order()).toEqual(['朝阳区 2024', '门头沟区 ←2020', '江北区 2024']);
		// The header says one more is to the right.
		expect(screen(app)[0]).toMatch(/▶1列$/);
		await press(app, 's');
		// 47 < 7,152 among 2024's; 门头沟区's 24 is 2020's, not ranked against them; not disclosed last.
		expect(order()).toEqual(['开封市示范区 2024', '朝阳区 2024', '门头沟区 ←2020']);
		expect(screen(app)[0]).toContain('↑行政复议收案');
		await press(app, 'S');
		expect(order()).toEqual(['朝阳区 2024', '开封市示范区 2024', '门头沟区 ←2020']);
		// The cursor stays on its report wherever the sort moved it.
		expect(pane(screen(app))[0]).toMatch(/^── 朝阳区 2024 · 行政复议收案/);
	});

	test('y moves the year the columns align on, L switches the labels to English', async () => {
		const app = await open();
		await press(app, 'y');
		// 2023: 朝阳区's own; 门头沟区's nearest earlier (2020), marked; 江北区 and 开封 reported only later, so are left out.
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +朝阳区 2023 +门头沟区 ←2020 +同组 中位\[四分位\] +分布$/);
		expect(screen(app)[0]).toMatch(/覆盖 +2023\b/);
		await press(app, 'y');
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +门头沟区 2020 +分布$/);
		await press(app, 'y');
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020 +江北区 2024 +同组 中位\[四分位\] +分布$/);
		await press(app, 'L');
		const lines = screen(app);
		expect(lines[0]).toMatch(/^rol-dash +Compare +District +Indicator +Coverage +2024/);
		expect(lines.some(line => line.startsWith('Integrated "one-thing"'))).toBe(true);
	});

	test('Tab cycles the views, the cursor staying on its report and indicator', async () => {
		const app = await open();
		await press(app, 'l', keys.tab);
		expect(screen(app)[0]).toMatch(/门头沟区 · 北京市门头沟区/);
		await press(app, keys.tab);
		expect(screen(app)[1]).toMatch(/^“一件事”集成服务 ·/);
		await press(app, keys.tab);
		expect(screen(app).some(line => /^披露率 \(34\)/.test(line))).toBe(true);
		await press(app, keys.tab);
		expect(tableHeader(screen(app))).toMatch(/^指标 +单位 +朝阳区 2024/);
		expect(pane(screen(app))[0]).toMatch(/^── 门头沟区 2020 · “一件事”集成服务/);
	});

	test('? lists every binding with its description', async () => {
		const app = await open();
		await press(app, '?');
		const shown = text(app);
		for (const binding of bindings) {
			expect(shown, binding.command).toContain(labelOf(binding.description, 'zh'));
			for (const key of binding.keys) {
				expect(shown, binding.command).toContain(keyLabel(key));
			}
		}

		await press(app, keys.escape);
		expect(tableHeader(screen(app))).toBeDefined();
	});

	test('load errors show in the status line, e lists them', async () => {
		const app = await open({errors: [{file: 'a.txt', reason: 'not found'}, {file: 'b.pdf', reason: 'not a text file'}]});
		expect(screen(app).at(-1)).toMatch(/^2个文件未载入 — 按 e 查看/);
		await press(app, 'e');
		expect(text(app)).toContain('b.pdf — not a text file');
	});

	test('q quits: Ink unmounts and lets go of the keyboard', async () => {
		const app = await open();
		expect(app.stdin.listenerCount('readable')).toBe(1);
		await press(app, 'q');
		expect(app.stdin.listenerCount('readable')).toBe(0);
		const frames = app.frames.length;
		await press(app, 'j');
		expect(app.frames.length).toBe(frames);
	});

	test('Ctrl-C quits too', async () => {
		const app = await open();
		await press(app, keys.ctrlC);
		expect(app.stdin.listenerCount('readable')).toBe(0);
	});

	test('keys typed faster than a frame arrive together and each still counts', async () => {
		const app = await open();
		await burst(app, 'jjl');
		expect(pane(screen(app))[0]).toMatch(/^── 门头沟区 2020 · “双随机”抽查批次/);
		await burst(app, '/fy');
		expect(screen(app).at(-1)).toMatch(/^\/fy▏/);
		await burst(app, '\r\t');
		const lines = screen(app);
		expect(lines[0]).toMatch(/门头沟区 · 北京市门头沟区 · 110109 +\/fy/);
		expect(tableHeader(lines)).toMatch(/^指标 +单位 +2020 +分布$/);
	});

	test('a command in a burst acts on the frame the keys before it left: l l m pins the district two columns right', async () => {
		const app = await open();
		await burst(app, 'llm');
		expect(screen(app)[0]).toMatch(/标杆 江北区/);
		// And Enter after a move opens the district moved to.
		const other = await open();
		await burst(other, 'l\r');
		expect(screen(other)[0]).toMatch(/门头沟区 · 北京市门头沟区 · 110109/);
	});

	test('at 80 columns three districts still fit beside the labels, each value with its change', async () => {
		const app = render(<App store={{reports}} size={{columns: 80, rows: 24}}/>);
		await nextFrame(app, 0);
		await nextFrame(app, app.frames.length, 2);
		const lines = screen(app);
		expect(tableHeader(lines)).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020 +江北区 2024 +分布$/);
		expect(lines.every(line => stringWidth(line) <= 80)).toBe(true);
		await press(app, ...Array.from({length: 15}, () => 'j'));
		expect(lineOf(screen(app), '行政复议收案')).toMatch(/ 7,152 \[\+12%\] /);
	});

	test('d hides the changes beside the values and shows them again; where they would crowd districts out they start hidden', async () => {
		const app = await open();
		const received = () => lineOf(screen(app), '行政复议收案');
		await press(app, ...Array.from({length: 15}, () => 'j'));
		expect(received()).toMatch(/ 7,152 \[\+12%\] /);
		await press(app, 'd');
		expect(received()).toMatch(/ 7,152 +24 /);
		await press(app, 'd');
		expect(received()).toMatch(/ 7,152 \[\+12%\] /);

		// In English at 80 columns the values are wider (116,000, not 11.6万): with their changes two districts would fit.
		const narrow = render(<App store={{reports}} size={{columns: 80, rows: 24}} lang="en"/>);
		await nextFrame(narrow, 0);
		await nextFrame(narrow, narrow.frames.length, 2);
		expect(reportColumns(tableHeader(screen(narrow), 'Indicator'))).toHaveLength(3);
		await press(narrow, ...Array.from({length: 15}, () => 'j'));
		expect(screen(narrow).join('\n')).toMatch(/ 7,152 +24 /);
		await press(narrow, 'd');
		expect(screen(narrow).join('\n')).toContain('7,152 [+12%]');
	});

	test('a terminal below 60×16 is told so instead of drawn', async () => {
		const app = render(<App store={{reports}} size={{columns: 50, rows: 14}}/>);
		expect(text(app)).toBe('终端太小 (50×14) — 至少需要 60×16');
	});

	test('new reports keep the cursor on the same district, year and indicator', async () => {
		const app = await open();
		await press(app, ...Array.from({length: 15}, () => 'j'));
		const [first, ...rest] = reports;
		// A reload that drops a report and reorders the rest.
		app.rerender(<App store={{reports: [...rest.slice(1).reverse(), first!]}} size={size}/>);
		await nextFrame(app);
		const lines = screen(app);
		expect(tableHeader(lines)).not.toContain('江北区');
		expect(pane(lines)[0]).toMatch(/^── 朝阳区 2024 · 行政复议收案/);
	});
});
