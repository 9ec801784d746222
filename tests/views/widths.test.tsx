import {stripVTControlCharacters} from 'node:util';
import {renderToString} from 'ink';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, test} from 'vitest';
import {viewData} from '../../source/screen/data.js';
import {buildFrame} from '../../source/screen/frame.js';
import {regions} from '../../source/screen/layout.js';
import {initialState, views, type State, type View} from '../../source/screen/state.js';
import {labelKey, type Lang} from '../../source/model/index.js';
import {loadPinyin} from '../../source/model/search.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {bodyLines} from '../../source/views/body-lines.js';
import {Lines} from '../../source/views/Lines.js';
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
			// Header, rule, then one line per row; a report's own sentences are text, not table.
			return drawn.slice(0, table.rows.length + 2).filter((_, index) => index < 2 || table.rows[index - 2]?.kind !== 'text');
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
