import {stripVTControlCharacters} from 'node:util';
import {renderToString} from 'ink';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {buildComparison} from '../../source/model/index.js';
import {reshape} from '../../source/model/reshape.js';
import {Lines} from '../../source/views/Lines.js';
import {tableLines} from '../../source/views/table-lines.js';
import {compareTable, type CompareTableProps} from '../../source/views/compare-table.js';
import {fact, report, reports} from '../fixtures/reports.js';
import {mixed} from '../fixtures/units.js';

// The compare view as the dashboard draws it: its table lines through Ink.
const CompareTable = (props: CompareTableProps) => <Lines lines={tableLines(compareTable(props))}/>;

// As the dashboard opens: one column per district, aligned on 2024 (three of the four districts report it).
const comparison = reshape(buildComparison(reports, {area: ['disputes']}), {year: null});

function draw(node: React.ReactNode): string[] {
	return stripVTControlCharacters(renderToString(node, {columns: 200})).split('\n');
}

const lineOf = (lines: string[], label: string) => lines.find(line => line.startsWith(label + ' '))!;

describe('CompareTable', () => {
	test('districts as columns labelled with their year, indicators as rows with their unit, the peers\' median and a spark-bar of the spread last', () => {
		const lines = draw(<CompareTable comparison={comparison}/>);
		// 门头沟区 reported 2020 only: its report stands in, its year marked, its value outside the spread.
		expect(lines[0]).toMatch(/^指标 +单位 +朝阳区 2024 +门头沟区 ←2020 +江北区 2024 +开封市示范区 2024 +同组 中位\[四分位\] +分布$/);
		expect(lines[2]).toMatch(/^── 矛盾纠纷预防化解 ─+$/);
		// 47 at the bottom, 7,152 at the top, not disclosed a dot (never a bar: it is not zero), 2020's 24 a dot too.
		// The median of 7,152 and 47 (2020's 24 left out): 3,599.5, shown whole; two disclose.
		expect(lineOf(lines, '行政复议收案')).toMatch(/^行政复议收案 +件 +7,152 \[\+12%\] +24 +— +47 +3,600 \[1,823–5,376\] n=2 +█··▁$/);
		expect(lineOf(lines, '行政诉讼败诉率')).toMatch(/^行政诉讼败诉率 +% +2\.7% +— +— +— +2\.7% n=1 +▄···$/);
	});

	test('without a spark column when asked', () => {
		const lines = draw(<CompareTable comparison={comparison} spark={false}/>);
		expect(lines[0]).toMatch(/开封市示范区 2024$/);
	});

	test('hedged values carry ≈, 万 above 100,000, and a derived value its *', () => {
		const lines = draw(<CompareTable comparison={comparison}/>);
		expect(lineOf(lines, '法律咨询')).toMatch(/^法律咨询 +人次 +≈11\.6万 +12,134件≠ +8,982 +— +.+ n=2 +\S{4}$/);
		expect(lineOf(draw(<CompareTable comparison={reshape(buildComparison(reports, {area: ['disputes']}), {year: 2023})}/>), '信访总量')).toMatch(/^信访总量 +件次 +≈24,055\* +— +.+ n=1 +\S{2}$/);
	});

	test('all lines are one width', () => {
		const lines = draw(<CompareTable comparison={comparison}/>);
		expect(new Set(lines.map(line => stringWidth(line))).size).toBe(1);
	});

	test('English labels', () => {
		const lines = draw(<CompareTable comparison={comparison} lang="en"/>);
		expect(lines[0]).toMatch(/^Indicator +Unit +朝阳区 2024/);
		expect(lines[2]).toMatch(/^── Resolving disputes ─+$/);
		expect(lineOf(lines, 'Lawsuit loss rate')).toMatch(/^Lawsuit loss rate +% +2\.7%/);
		// Full digits in English: 万 is a Chinese unit.
		expect(lineOf(lines, 'Legal consultations')).toContain('≈116,000');
	});

	test('a viewport shows a slice of rows and report columns, keeping the label and unit columns', () => {
		const lines = draw(<CompareTable comparison={comparison} viewport={{row: 6, rows: 2, column: 0, columns: 1}}/>);
		expect(lines).toEqual([
			expect.stringMatching(/^指标 +单位 +朝阳区 2024 +同组 中位\[四分位\] +分布$/),
			expect.stringMatching(/^─+$/),
			expect.stringMatching(/^── 矛盾纠纷预防化解 ─+$/),
			// The peer statistics are the whole group's, not only the columns in view (one value has no range).
			expect.stringMatching(/^行政诉讼败诉率 +% +2\.7% +2\.7% n=1 +▄$/),
			expect.stringMatching(/^负责人出庭应诉 +人次 +281 +.+ n=\d +▄$/),
		]);
	});

	test('the cursor names a comparison cell and lands on the matching table cell', () => {
		const row = comparison.rows.findIndex(each => each.indicator.id === 'litigation.loss_rate');
		const table = compareTable({comparison, cursor: {row, column: 0}});
		const target = table.rows[table.cursor!.row];
		expect(target?.kind === 'cells' && target.cells.map(cell => cell.text.trim())).toEqual(['行政诉讼败诉率', '%', '2.7%', '—', '—', '—', '2.7% n=1', '▄···']);
		expect(table.cursor!.column).toBe(2);
		expect(compareTable({comparison, cursor: {row, column: 1}, viewport: {column: 2}}).cursor).toBeNull();
	});
});

describe('another year\'s report beside the aligned ones', () => {
	// Loss rates (lower is better): two districts on 2024, one whose latest is 2020 with the lowest rate of all.
	const rate = (file: string, name: string, code: string, year: number, value: number) => report({
		file, year,
		district: {name, fullName: `北京市${name}`, province: '北京市', city: null, code},
		facts: [fact({indicator: 'litigation.loss_rate', value, unit: '%', line: 1, section: '', text: `一审败诉率${value}%。`})],
	});
	const aligned = reshape(buildComparison([
		rate('a.txt', '东城区', '110101', 2024, 2.7),
		rate('b.txt', '西城区', '110102', 2024, 5),
		rate('c.txt', '门头沟区', '110109', 2020, 0.5),
	], {indicator: ['litigation.loss_rate']}), {year: null});
	const table = compareTable({comparison: aligned});
	const cells = table.rows.find(row => row.kind === 'cells')!;

	test('its header is marked with its year and its own tone', () => {
		expect(table.columns.map(column => column.header)).toEqual(['指标', '单位', '东城区 2024', '门头沟区 ←2020', '西城区 2024', '同组 中位[四分位]', '分布']);
		expect(table.columns.map(column => column.tone)).toEqual([undefined, undefined, undefined, 'year.other', undefined, undefined, undefined]);
	});

	test('it is neither best nor worst, however it compares: 2024\'s 2.7% is the best, not 2020\'s 0.5%', () => {
		expect(cells.kind === 'cells' && cells.cells.map(cell => [cell.text.trim(), cell.tone])).toEqual([
			['行政诉讼败诉率', undefined],
			['%', 'text.muted'],
			['2.7%', 'rank.best'],
			['0.5%', 'text.primary'],
			['5%', 'rank.worst'],
			// Nor among the peers: the median of 2.7% and 5% over the two that disclose on 2024.
			['3.85% [3.28%–4.43%] n=2', 'text.primary'],
			// Nor in the spread: a dot, as if undisclosed.
			['▁·█', 'accent'],
		]);
	});
});

describe('a row that mixes measures', () => {
	// Columns: 东城区, 丰台区 (discloses none of these), 海淀区, 西城区.
	const units = buildComparison(mixed);
	const tones = (indicator: string) => {
		const table = compareTable({comparison: units});
		const label = units.rows.find(row => row.indicator.id === indicator)!.indicator.zh;
		const row = table.rows.find(each => each.kind === 'cells' && each.cells[0]?.text === label);
		return row?.kind === 'cells' ? row.cells.slice(2, -2).map(cell => cell.tone) : [];
	};

	test('756次 in a 条 row keeps its unit, is marked ≠ and is left out of the peers and the spark', () => {
		const lines = draw(<CompareTable comparison={units}/>);
		expect(lineOf(lines, '法律意见建议')).toMatch(/^法律意见建议 +条 +≈300 +— +197 +756次≠ +248.5 \[222.8–274.3\] n=2 +█·▁·$/);
	});

	test('3000人 in a 人次 row is neither best nor worst, though the largest: 2,570 is best, 1,140 worst', () => {
		const lines = draw(<CompareTable comparison={units}/>);
		expect(lineOf(lines, '干部法治培训')).toMatch(/^干部法治培训 +人次 +2,570 +— +1,140 +3,000人≠ +.+ n=2 +█·▁·$/);
		expect(tones('training.officials')).toEqual(['rank.best', 'text.muted', 'rank.worst', 'text.muted']);
	});

	test('112个 in a 项 row reads as 112 of the row\'s unit, and is ranked best and drawn in the spark', () => {
		const lines = draw(<CompareTable comparison={units}/>);
		expect(lineOf(lines, '“一件事”集成服务')).toMatch(/^“一件事”集成服务 +项 +80 +— +40 +112 +80 \[60–96\] n=3 +▅·▁█$/);
		expect(tones('services.one_thing')).toEqual(['text.primary', 'text.muted', 'rank.worst', 'rank.best']);
	});

	test('26项 in a 个 row reads as 26', () => {
		const lines = draw(<CompareTable comparison={units}/>);
		expect(lineOf(lines, '审计项目')).toMatch(/^审计项目 +个 +22 +— +— +26 +.+ n=2 +▁··█$/);
	});

	test('in English the other unit is a word, still marked', () => {
		const lines = draw(<CompareTable comparison={units} lang="en"/>);
		expect(lineOf(lines, 'Officials trained in law')).toMatch(/ 3,000 people≠ +.+ n=2 +█·▁·$/);
		expect(lineOf(lines, 'Integrated "one-thing" services')).toMatch(/ 80 +— +40 +112 +80 \[60–96\] n=3 +▅·▁█$/);
	});
});
