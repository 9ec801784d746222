/**
A table's header as drawn, read back whole: a report column's header may wrap onto
lines above the header's last (Chaoyang / (Beijing) 2024). Every such header is
right-aligned, so each word above a cell ends where the cell's last line ends.
*/
import stringWidth from 'string-width';

type Cell = {readonly text: string; readonly end: number};

const cellsOf = (line: string): Cell[] => [...line.matchAll(/\S+(?: \S+)*/g)].map(match => ({text: match[0], end: stringWidth(line.slice(0, match.index + match[0].length))}));

/** The header's cells, each wrapped header joined with spaces; `index` is the header's last line. */
export function headerCellsAt(lines: readonly string[], index: number): string[] {
	const last = cellsOf(lines[index] ?? '');
	const ends = new Set(last.map(cell => cell.end));
	let top = index;
	while (top > 0 && lines[top - 1]!.trim() !== '' && cellsOf(lines[top - 1]!).every(cell => ends.has(cell.end))) {
		top--;
	}

	const above = lines.slice(top, index).map(cellsOf);
	return last.map(cell => [...above.map(line => line.find(each => each.end === cell.end)?.text ?? ''), cell.text].filter(Boolean).join(' '));
}

/** The header whose last line starts with `first` (指标, Indicator), as one line: cells two spaces apart. */
export function tableHeader(lines: readonly string[], first = '指标'): string {
	const index = lines.findIndex(line => line.startsWith(first));
	return index === -1 ? '' : headerCellsAt(lines, index).join('  ');
}

/** The columns after the label and unit that are not a report's: the peers' statistics and the spread. */
const summaryColumn = /^(同组 |Peers: |分布$|Spread$)/u;

/** The report columns of a compare header as `tableHeader` reads it, in order. */
export function reportColumns(header: string): string[] {
	return header.split(/ {2,}/).slice(2).filter(cell => !summaryColumn.test(cell));
}
