// Chalk decides its color level when first imported, so force it before Ink loads.
process.env['FORCE_COLOR'] = '1';

import {describe, expect, test} from 'vitest';
import {buildComparison} from '../../source/model/index.js';
import {reports} from '../fixtures/reports.js';

const {renderToString} = await import('ink');
const {Lines} = await import('../../source/views/Lines.js');
const {compareTable} = await import('../../source/views/compare-table.js');
const {tableLines} = await import('../../source/views/table-lines.js');
const {printLines} = await import('../../source/views/ansi.js');
const {ThemeContext} = await import('../../source/views/theme-context.js');
const {plainTheme, themeFor, colorTheme} = await import('../../source/views/theme.js');
const {overlayLines} = await import('../../source/views/year-overlay.js');

type Props = Parameters<typeof compareTable>[0];
// The dashboard draws the table lines through Ink; a snapshot prints them itself.
const CompareTable = (props: Props) => <Lines lines={tableLines(compareTable(props))}/>;
const printed = (props: Props, theme: typeof plainTheme = colorTheme) => printLines(tableLines(compareTable(props)), theme, 200);

const comparison = buildComparison(reports, {indicator: ['litigation']});
const inverse = '\u001B[7m';
const anyColor = /\u001B\[(3[0-7]|9[0-7])m/;

describe('theme', () => {
	test('the cursor cell is drawn inverse, and only it', () => {
		const row = comparison.rows.findIndex(each => each.indicator.id === 'litigation.loss_rate');
		const output = renderToString(<CompareTable comparison={comparison} cursor={{row, column: 1}}/>, {columns: 200});
		expect(output.split(inverse)).toHaveLength(2);
		expect(output).toMatch(/\u001B\[7m +2\.7%/);
	});

	test('colors by default, none under NO_COLOR, where emphasis stays', () => {
		const colored = renderToString(<CompareTable comparison={comparison}/>, {columns: 200});
		expect(colored).toMatch(anyColor);
		const plain = renderToString(
			<ThemeContext.Provider value={plainTheme}>
				<CompareTable comparison={comparison} cursor={{row: 0, column: 0}}/>
			</ThemeContext.Provider>,
			{columns: 200},
		);
		expect(plain).not.toMatch(anyColor);
		expect(plain).toContain(inverse);
	});

	test('a snapshot prints the same styles Ink draws, without Ink', () => {
		const row = comparison.rows.findIndex(each => each.indicator.id === 'litigation.loss_rate');
		const cursor = {row, column: 1};
		expect(printed({comparison, cursor})).toBe(renderToString(<CompareTable comparison={comparison} cursor={cursor}/>, {columns: 200}));
		const plain = printed({comparison}, plainTheme);
		expect(plain).not.toMatch(anyColor);
		expect(plain).toContain('\u001B[1m');
	});

	test('NO_COLOR counts when set and not empty', () => {
		expect(themeFor({NO_COLOR: '1'})).toBe(plainTheme);
		expect(themeFor({NO_COLOR: ''})).toBe(colorTheme);
		expect(themeFor({})).toBe(colorTheme);
	});

	test('the districts on one chart: each its own colour, and without colour still its own mark', () => {
		const line = (district: string, name: string, values: number[]) => ({district, name: {zh: name, en: name}, apart: [], points: values.map((value, index) => ({year: 2022 + index, value, derived: false}))});
		const lines = [line('a', '朝阳区', [10, 20, 30]), line('b', '海淀区', [30, 25, 10])];
		const colored = printLines(overlayLines(lines, '件', 60, 6), colorTheme, 60);
		const colors = (mark: string) => new Set([...colored.matchAll(new RegExp(`\u001B\\[(\\d+)m${mark}`, 'g'))].map(match => match[1]));
		expect(colors('●').size).toBe(1);
		expect(colors('■').size).toBe(1);
		expect([...colors('●')]).not.toEqual([...colors('■')]);
		const plain = printLines(overlayLines(lines, '件', 60, 6), plainTheme, 60);
		expect(plain).not.toMatch(anyColor);
		expect(plain.match(/●/g)).toHaveLength(4);
		expect(plain.match(/■/g)).toHaveLength(4);
	});
});
