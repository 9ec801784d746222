import {stripVTControlCharacters} from 'node:util';
import {renderToString} from 'ink';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {Lines} from '../../source/views/Lines.js';
import {tableLines} from '../../source/views/table-lines.js';
import type {TableColumn, TableRow} from '../../source/views/table-layout.js';

const columns: TableColumn[] = [
	{header: '指标'},
	{header: '朝阳区 2024', align: 'right'},
	{header: 'Jiangbei 2024', align: 'right'},
];
const rows: TableRow[] = [
	{kind: 'rule', title: '矛盾纠纷预防化解'},
	{kind: 'cells', cells: [{text: '行政复议收案'}, {text: '7,152'}, {text: '—'}]},
	{kind: 'cells', cells: [{text: '行政争议实质性化解率'}, {text: '—'}, {text: '92.6%'}]},
	{kind: 'cells', cells: [{text: '法律咨询'}, {text: '≈11.6万'}, {text: '8,982'}]},
];

function draw(node: React.ReactNode, width = 120): string[] {
	return stripVTControlCharacters(renderToString(node, {columns: width})).split('\n');
}

// A table as the dashboard draws it: its lines through Ink.
describe('table lines', () => {
	test('every line has the same display width, Chinese characters counting two', () => {
		const lines = draw(<Lines lines={tableLines({columns: columns, rows: rows})}/>);
		expect(lines).toHaveLength(6);
		const widths = new Set(lines.map(line => stringWidth(line)));
		expect(widths.size).toBe(1);
		// 行政争议实质性化解率 is 10 characters, 20 columns: String.length padding would be off by 10.
		expect([...widths][0]).toBe(20 + 2 + 11 + 2 + 13);
	});

	test('numbers are right-aligned under a right-aligned header', () => {
		const lines = draw(<Lines lines={tableLines({columns: columns, rows: rows})}/>);
		const [header] = lines;
		const rightEdge = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text) + text.length));
		const column = rightEdge(header!, '朝阳区 2024');
		expect(rightEdge(lines.find(line => line.includes('7,152'))!, '7,152')).toBe(column);
		expect(rightEdge(lines.find(line => line.includes('≈11.6万'))!, '≈11.6万')).toBe(column);
	});

	test('an area rule spans the table', () => {
		const lines = draw(<Lines lines={tableLines({columns: columns, rows: rows})}/>);
		expect(lines[2]).toMatch(/^── 矛盾纠纷预防化解 ─+$/);
	});

	test('a column with a max width cuts by display width, with an ellipsis', () => {
		const narrow = [{header: '指标', maxWidth: 10}, ...columns.slice(1)];
		const lines = draw(<Lines lines={tableLines({columns: narrow, rows: rows})}/>);
		const line = lines.find(each => each.includes('92.6%'))!;
		expect(line.startsWith('行政争议… ')).toBe(true);
		expect(line).not.toContain('实质性');
		expect(new Set(lines.map(each => stringWidth(each))).size).toBe(1);
	});
});
