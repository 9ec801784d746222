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
});
