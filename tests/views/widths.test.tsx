import {stripVTControlCharacters} from 'node:util';
import {renderToString} from 'ink';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, test} from 'vitest';
import {viewData} from '../../source/screen/data.js';
import {buildFrame} from '../../source/screen/frame.js';
import {regions} from '../../source/screen/layout.js';
import {initialState, views, type State, type View} from '../../source/screen/state.js';
import {districtId, labelKey, type Lang} from '../../source/model/index.js';
import {loadPinyin} from '../../source/model/search.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {bodyLines} from '../../source/views/body-lines.js';
import {Lines} from '../../source/views/Lines.js';
import {headLines} from '../../source/views/table-lines.js';
import {detailLines} from '../../source/views/detail.js';
import {headerCellsAt, reportColumns as reportHeaders} from '../helpers/table.js';
import {reports} from '../fixtures/reports.js';

beforeAll(loadPinyin);

/** The lines of a view that belong to its table (or its bar chart), as drawn. */
function tableLines(view: View, lang: Lang, columns: number, rows: number, cursor: State['cursor']): string[] {
	const state: State = {...initialState(lang, view), cursor};
	const room = regions({columns, rows});
	const frame = buildFrame(state, viewData(reports, state), room);
	const drawn = stripVTControlCharacters(renderToString(<Lines lines={bodyLines(frame.body, room.body, columns)}/>, {columns})).split('\n');
	switch (frame.body.kind) {
		case 'table': {
			const {table} = frame.body;
			// Header, rule, then one line per row; a report's own sentences are text, not table. A header wrapped
			// onto more lines leaves the trailing columns' headers to its last line: the lines above it end early.
			const head = headLines(table.columns, table.widths).length + 1;
			return drawn.slice(head - 2, table.rows.length + head).filter((_, index) => index < 2 || table.rows[index - 2]?.kind !== 'text');
		}

		case 'indicator': {
			return drawn.slice(1, 1 + frame.body.chart.bars.length);
		}

		case 'empty': {
			return [];
		}
	}
}

const sizes = [{columns: 60, rows: 16}, {columns: 80, rows: 24}, {columns: 100, rows: 30}, {columns: 160, rows: 50}];
const cursors: Array<State['cursor']> = [
	{column: null, row: null},
	{column: '110105@2024', row: 'petitions.volume'},
	{column: labelKey, row: 'legal_services.consultations'},
	{column: '110109@2020', row: 'figure:0'},
];

describe('every table view is rectangular: each line one display width', () => {
	for (const view of views) {
		for (const lang of ['zh', 'en'] as const) {
			test(`${view} (${lang}), scrolled and not, at 60 to 160 columns`, () => {
				for (const size of sizes) {
					for (const cursor of cursors) {
						const lines = tableLines(view, lang, size.columns, size.rows, cursor);
						expect(lines.length, `${size.columns}×${size.rows}`).toBeGreaterThan(2);
						const widths = new Set(lines.map(line => stringWidth(line)));
						expect(widths.size, `${view} ${lang} ${size.columns}×${size.rows} ${JSON.stringify(cursor)}\n${lines.join('\n')}`).toBe(1);
						expect([...widths][0]).toBeLessThanOrEqual(size.columns);
					}
				}
			});
		}
	}

	test('the tables mix Chinese labels with values of different lengths', () => {
		const lines = tableLines('compare', 'zh', 160, 50, {column: null, row: null});
		const text = lines.join('\n');
		expect(text).toContain('行政争议实质性化解率');
		expect(text).toMatch(/≈11\.6万/);
		expect(text).toMatch(/ 24 /);
	});

	for (const view of views) {
		test(`the ${view} snapshot's table lines are one width too`, () => {
			const output = stripVTControlCharacters(renderSnapshot(wholeStore(reports), {format: 'text', view}));
			const lines = output.split('\n');
			// Tables and bars end where the legend's blank line begins; the district's own sentences are indented text.
			const body = lines.slice(0, lines.indexOf('')).filter(line => !line.startsWith('  ') && !/^\S+ · \S+ · \d{6}$/.test(line));
			// The indicator view: a title, then one bar per report, then the charts over the years.
			const table = view === 'indicator' ? body.slice(1, 1 + reports.length) : body;
			expect(new Set(table.map(line => stringWidth(line))).size, table.join('\n')).toBe(1);
		});
	}
});

/** Every line of a view's body as the dashboard draws it at this size, and the frame. */
function drawn(view: View, lang: Lang, columns: number, rows: number, cursor: State['cursor'] = {column: null, row: null}) {
	const state: State = {...initialState(lang, view), cursor};
	const room = regions({columns, rows});
	const frame = buildFrame(state, viewData(reports, state), room);
	const lines = stripVTControlCharacters(renderToString(<Lines lines={bodyLines(frame.body, room.body, columns)}/>, {columns})).split('\n');
	return {lines, frame, pane: detailLines(frame.target, lang, columns, room.pane).map(line => line.map(span => span.text).join(''))};
}

const first = {zh: '指标', en: 'Indicator'} as const;
const reportColumns = (lines: readonly string[], lang: Lang) => reportHeaders(headerCellsAt(lines, lines.findIndex(line => line.startsWith(first[lang]))).join('  '));

describe('tables use the width the terminal has', () => {
	for (const lang of ['zh', 'en'] as const) {
		test(`compare at 80×24 (${lang}): three report columns or more, every label whole or abbreviated by hand, never cut`, () => {
			const {lines} = drawn('compare', lang, 80, 24);
			const shown = reportColumns(lines, lang);
			expect(shown.length, lines.join('\n')).toBeGreaterThanOrEqual(3);
			// Each wrapped header still reads as the whole label: district, then year (←2020 for another year's report).
			expect(shown.every(cell => /\S [←→]?\d{4}\*?$/.test(cell)), shown.join(' | ')).toBe(true);
			expect(lines.filter(line => line.includes('…')), lines.join('\n')).toEqual([]);
		});

		test(`district at 120×34 (${lang}): labels whole, nothing cut where the screen has room`, () => {
			// The longest label whole: a quarter of the width would have cut it, or put its abbreviation.
			const [row, longest] = lang === 'en' ? ['reconsideration.mediation_rate', 'Reconsideration settled by mediation'] : ['disputes.resolution_rate', '行政争议实质性化解率'];
			for (const cursor of [{column: '110105@2024', row}, {column: '110109@2020', row: 'figure:0'}]) {
				const {lines} = drawn('district', lang, 120, 34, cursor);
				const table = lines.filter(line => !line.startsWith('  '));
				expect(table.filter(line => line.includes('…')), table.join('\n')).toEqual([]);
				if (cursor.row === row) {
					expect(table.some(line => line.startsWith(`${longest} `)), table.join('\n')).toBe(true);
				}
			}
		});

		test(`compare at 200×50 (${lang}): every district, each header on one line`, () => {
			const {lines} = drawn('compare', lang, 200, 50);
			const header = lines.find(line => line.startsWith(first[lang]))!;
			// One column per district: 朝阳区's two reports are one column, on 2024.
			expect(reportColumns(lines, lang)).toHaveLength(new Set(reports.map(districtId)).size);
			expect(header).toMatch(lang === 'en' ? /Chaoyang District 2024 +Mentougou District ←2020/ : /朝阳区 2024 +门头沟区 ←2020/);
			expect(lines.some(line => line.includes('…'))).toBe(false);
			// With room to spare, the peers' median and the spread both stay.
			expect(header).toMatch(lang === 'en' ? /Peers: median \[IQR\] +Spread$/ : /同组 中位\[四分位\] +分布$/);
		});
	}

	test('at 80×24 the English labels too long for the column are abbreviated by hand, the whole label in the detail pane', () => {
		const {lines, pane} = drawn('compare', 'en', 80, 24, {column: '110105@2024', row: 'services.one_thing'});
		expect(lines.some(line => line.startsWith('"One-thing" services '))).toBe(true);
		expect(pane[0]).toContain('Integrated "one-thing" services');
	});
});
