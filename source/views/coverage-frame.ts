/**
The coverage view: which catalog indicators each report discloses, as a matrix of
marks (● stated, ○ only derived from a later report, · not disclosed), with each
report's disclosure rate on top and each indicator's count of reports at the end.
*/
import {coverage, labelOf, percent, type Comparison, type Coverage, type Lang} from '../model/index.js';
import {columnLabel, type CursorCell} from './compare-table.js';
import {labelRoom} from './compare-frame.js';
import {displayWidth, headerWidth, indicatorCell, type TableCell, type TableColumn, type TableRow} from './table-layout.js';
import {frozenWidth, windowTable, type BuiltTable, type Scroll, type TableFrame, type TableSpec} from './table-window.js';
import type {Token} from './theme.js';

export const coverageMarks = {stated: '●', derived: '○', missing: '·'} as const;

export const coverageWords = {
	indicator: {zh: '指标', en: 'Indicator'},
	rate: {zh: '披露率', en: 'Disclosed'},
	count: {zh: '披露数', en: 'Reports'},
} as const;

function mark(cell: Comparison['rows'][number]['cells'][number] | undefined): TableCell {
	if (cell?.fact) {
		return {text: coverageMarks.stated, tone: 'status.good'};
	}

	return cell?.derived ? {text: coverageMarks.derived, tone: 'derived'} : {text: coverageMarks.missing, tone: 'text.muted'};
}

function rateTone(rate: number): Token {
	return rate >= 50 ? 'status.good' : rate >= 25 ? 'text.primary' : 'status.bad';
}

export function coverageTable(comparison: Comparison, counts: Coverage, lang: Lang, cursor: CursorCell | null, first = 0, shown = comparison.columns.length, maxLabelWidth?: number): BuiltTable {
	const indexes = Array.from({length: Math.max(0, Math.min(shown, comparison.columns.length - first))}, (_, index) => first + index);
	const total = comparison.columns.length;
	const columns: TableColumn[] = [
		{header: labelOf(coverageWords.indicator, lang), maxWidth: maxLabelWidth},
		...indexes.map(index => ({header: columnLabel(comparison.columns[index]!, lang), align: 'right' as const, wrap: true})),
		{header: labelOf(coverageWords.count, lang), align: 'right'},
	];
	const rows: TableRow[] = [{
		kind: 'cells',
		cells: [
			{text: `${labelOf(coverageWords.rate, lang)} (${counts.rows})`, tone: 'heading'},
			...indexes.map(index => {
				const rate = percent(counts.disclosed[index] ?? 0, counts.rows);
				return {text: `${counts.disclosed[index] ?? 0} · ${rate}%`, tone: rateTone(rate)};
			}),
			{text: String(total), tone: 'heading'},
		],
	}];
	let tableCursor: {row: number; column: number} | null = null;
	for (const group of comparison.groups) {
		rows.push({kind: 'rule', title: labelOf(group.area, lang)});
		for (const row of group.rows) {
			const rowIndex = comparison.rows.indexOf(row);
			if (cursor !== null && cursor.row === rowIndex) {
				const column = cursor.column === -1 ? 0 : indexes.indexOf(cursor.column) + 1;
				tableCursor = column === 0 && cursor.column !== -1 ? null : {row: rows.length, column};
			}

			rows.push({kind: 'cells', cells: [
				indicatorCell(row.indicator, lang),
				...indexes.map(index => mark(row.cells[index])),
				{text: `${counts.byRow[rowIndex] ?? 0}/${total}`, tone: 'text.muted'},
			]});
		}
	}

	return {columns, rows, cursor: tableCursor};
}

export function coverageSpec(comparison: Comparison, counts: Coverage, lang: Lang, cursor: CursorCell, width: number): TableSpec {
	const labelWidth = Math.min(labelRoom(width), Math.max(
		displayWidth(`${labelOf(coverageWords.rate, lang)} (${counts.rows})`),
		...comparison.rows.map(row => displayWidth(labelOf(row.indicator, lang))),
	));
	const countWidth = Math.max(displayWidth(labelOf(coverageWords.count, lang)), displayWidth(`${comparison.columns.length}/${comparison.columns.length}`));
	return {
		count: comparison.columns.length,
		frozen: frozenWidth([labelWidth]),
		trailing: () => countWidth,
		columnWidth: index => Math.max(headerWidth({header: columnLabel(comparison.columns[index]!, lang), wrap: true}), displayWidth(`${counts.disclosed[index] ?? 0} · 100%`)),
		build: (first, shown) => coverageTable(comparison, counts, lang, cursor, first, shown, labelWidth),
	};
}

export function coverageFrame(input: {comparison: Comparison; counts?: Coverage; lang: Lang; cursor: CursorCell; width: number; height: number; previous: Scroll}): TableFrame {
	const counts = input.counts ?? coverage(input.comparison);
	return windowTable(coverageSpec(input.comparison, counts, input.lang, input.cursor, input.width), {column: input.cursor.column, width: input.width, height: input.height, previous: input.previous});
}
