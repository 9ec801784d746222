import {describe, expect, test} from 'vitest';
import {bindings, hintsFor, type Binding} from '../../source/keys/index.js';
import {labelOf} from '../../source/model/index.js';
import {hintSpans, statusLine} from '../../source/views/chrome.js';

const text = (spans: ReadonlyArray<{text: string}>) => spans.map(span => span.text).join('');
const shown = (view: Parameters<typeof hintsFor>[0]) => hintsFor(view).map(hint => `${hint.keys} ${labelOf(hint.label, 'zh')}`);

describe('status-line hints drawn from the keymap', () => {
	test('each view lists the keys that do something there, in the keymap order, ending with help and quit', () => {
		// y aligns every column on a year, Y steps the cursor's district through its own: one hint for both.
		expect(shown('compare')).toEqual(['Tab 视图', 'Enter 打开', '/ 筛选', 's/S 排序', 'y/Y 年份', 'd 同比', 'p 范围', 'P 选范围', 'm 标杆', 'c/x/= 核对', 'R 逐条核对', 'w 写入', 'o/O 原文', '? 帮助', 'q 退出']);
		expect(shown('district')).toEqual(['Tab 视图', 'Esc 返回', '/ 筛选', 'c/x/= 核对', 'i 归类', 'w 写入', 'o/O 原文', '? 帮助', 'q 退出']);
		// The review queue: skip, decide, undo, open the report, close.
		expect(shown('queue')).toEqual(['↑/↓ 跳过', 'Esc 关闭', 'c/x/= 核对', 'u 撤销', 'o/O 原文', '? 帮助', 'q 退出']);
		expect(shown('coverage')).toContain('w 写入');
		expect(shown('coverage')).not.toContain('o/O 原文');
		expect(shown('district')).not.toContain('s/S 排序');
	});

	test('the peer picker lists its own keys, and others while a search is typed', () => {
		expect(shown('peers')).toEqual(['↑/↓ 移动', 'Enter 选定', 'Esc 关闭', '/ 搜索', '? 帮助', 'q 退出']);
		expect(hintsFor('peers', 'search').map(hint => `${hint.keys} ${labelOf(hint.label, 'en')}`)).toEqual(['↑/↓ move', 'Enter pick', 'Esc clear']);
		// The views' own words are not the picker's: Enter opens there.
		expect(shown('compare')).toContain('Enter 打开');
	});

	test('a key rebound in the table is rebound on the status line', () => {
		const rebound = bindings.map((binding): Binding => (binding.command === 'year' ? {...binding, keys: [{input: 'n'}]} : binding));
		expect(hintsFor('compare', 'browse', rebound).map(hint => hint.keys)).toContain('n/Y');
		expect(hintsFor('compare', 'browse', rebound).map(hint => hint.keys)).not.toContain('y/Y');
	});

	test('the compare view explains its marks: best and worst in their colours, and —, ≈, *', () => {
		const line = hintSpans('compare', 'zh', 200);
		expect(text(line)).toContain('最好 最差');
		expect(line.find(span => span.text === '最好')?.tone).toBe('rank.best');
		expect(line.find(span => span.text === '最差')?.tone).toBe('rank.worst');
		expect(text(line)).toMatch(/≈ 约数  \* 推算  — 未披露/u);
		expect(text(hintSpans('coverage', 'zh', 200))).not.toContain('最好');
		// Another year's report is marked in the header in its own colour; the status line says what the arrow means.
		expect(line.find(span => span.text === '←年')?.tone).toBe('year.other');
		expect(text(hintSpans('compare', 'en', 200))).toContain('←yr other year');
	});

	test('in English every word is English', () => {
		const line = text(hintSpans('compare', 'en', 300));
		expect(line).toContain('s/S sort');
		expect(line).toContain('? help  q quit');
		expect(line).not.toMatch(/\p{Script=Han}/u);
	});

	test('a narrow line keeps the years, help and quit, then what the marks mean, then the keys in order', () => {
		const status = (width: number) => text(statusLine({view: 'compare', draft: null, target: 'auto', matched: {rows: null, columns: null}, errors: 0}, 'zh', width));
		expect(status(200)).toMatch(/^ *Tab 视图  Enter 打开 .* q 退出$/u);
		expect(status(100)).toMatch(/最好 最差  ←年 其他年份  ≈ 约数  \* 推算  — 未披露  y\/Y 年份  \? 帮助  q 退出$/u);
		// ≠ is on few screens: it gives way to the view's keys, and shows when they all fit.
		expect(status(240)).toMatch(/ p 范围 .*— 未披露  ≠ 单位不同  y\/Y 年份  \? 帮助  q 退出$/u);
		expect(status(40)).toMatch(/^ *最好 最差  y\/Y 年份  \? 帮助  q 退出$/u);
		for (const width of [240, 200, 100, 40, 20]) {
			expect(status(width).length).toBeLessThanOrEqual(width);
		}
	});

	test('while a filter is typed the line shows the filter keys from the keymap', () => {
		const typing = (lang: 'zh' | 'en') => text(statusLine({view: 'compare', draft: 'fy', target: 'auto', matched: {rows: 3, columns: null}, errors: 0}, lang, 100));
		expect(typing('zh')).toMatch(/^\/fy▏ .*Enter 应用  Esc 取消  Tab 对象$/u);
		expect(typing('en')).toMatch(/Enter apply  Esc cancel  Tab what$/u);
		const rebound = bindings.map((binding): Binding => (binding.command === 'filter.target' ? {...binding, keys: [{input: 'i', ctrl: true}]} : binding));
		expect(hintsFor('compare', 'filter', rebound).map(hint => hint.keys)).toEqual(['Enter', 'Esc', 'Ctrl-I']);
	});
});
