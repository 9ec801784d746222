/**
The compare view cut to the screen: which reports and indicators fit around the
cursor, measured in display columns, and what is left off to either side.
*/
import {labelOf, unitLabel, words, type Column, type Comparison, type Lang} from '../model/index.js';
import {columnTexts} from './compare-cells.js';
import {columnLabel, compareTable, spreadWord, type CursorCell} from './compare-table.js';
import {columnGap, displayWidth, headerWidth} from './table-layout.js';
import {districtId} from '../model/identity.js';
import {hasPeers, peerStatsOf} from '../model/peer-stats.js';
import {peerHeader, peerText} from './peer-cell.js';
import {frozenWidth, windowTable, type Scroll, type TableFrame, type TableSpec} from './table-window.js';

export type CompareFrameInput = {
	readonly comparison: Comparison;
	readonly lang: Lang;
	readonly cursor: CursorCell;
	readonly width: number;
	readonly height: number;
	readonly previous: Scroll;
	readonly header?: (column: Column) => string;
	/** Each value's change beside it: true or false as asked, null (or absent) when it leaves room for enough districts. */
	readonly changes?: boolean | null;
	/** The first column is the pinned district's: frozen after the label and unit, the peer statistics at the end. */
	readonly pinned?: boolean;
};

/** Districts side by side that the changes beside their values may not crowd out (fewer when fewer are compared). */
export const fewestDistricts = 3;

/** Labels take up to a quarter of the width, never under 12 columns (行政复议收案 and 行政复议审结 must stay apart). */
export function labelRoom(width: number): number {
	return Math.max(12, Math.floor(width / 4));
}

export type CompareSpecInput = Omit<CompareFrameInput, 'height' | 'previous' | 'changes'> & {
	readonly changes?: boolean;
	/** The spread column at the end (default on); a printed band leaves it off, see snapshot/text.ts. */
	readonly spark?: boolean;
	/** The peer statistics column before it (default: as the spark, where there are peers to sum up). */
	readonly peers?: boolean;
};

export function compareSpec({comparison, lang, cursor, width, header = column => columnLabel(column, lang), changes = true, spark = true, peers: askedPeers = spark, pinned: asked = false}: CompareSpecInput): TableSpec {
	const withPeers = askedPeers && hasPeers(comparison);
	const pinned = asked && comparison.columns.length > 0;
	const wan = lang === 'zh';
	const labels = comparison.rows.map(row => displayWidth(labelOf(row.indicator, lang)));
	const labelWidth = Math.min(labelRoom(width), Math.max(displayWidth(labelOf(words.indicator, lang)), ...labels));
	const unitWidth = Math.max(displayWidth(labelOf(words.unit, lang)), ...comparison.rows.map(row => displayWidth(unitLabel(row.indicator.unit, lang))));
	const widths = new Map<number, number>();
	const columnWidth = (index: number) => {
		let size = widths.get(index);
		if (size === undefined) {
			const column = comparison.columns[index];
			size = column === undefined ? 0 : headerWidth({header: header(column), wrap: true});
			for (const text of columnTexts(comparison, index, {wan, lang, changes})) {
				size = Math.max(size, displayWidth(text));
			}

			widths.set(index, size);
		}

		return size;
	};

	// The peer statistics cover the whole group, whatever is scrolled into view; the spark, only the shown columns.
	const peers = withPeers ? peerColumnWidth(comparison, lang, wan, pinned) : 0;
	const sparkWidth = (shown: number) => (spark ? Math.max(displayWidth(labelOf(spreadWord, lang)), shown) : 0);
	const trailing = (shown: number) => peers + (withPeers && spark ? columnGap : 0) + sparkWidth(shown);
	if (pinned) {
		// The pinned column is frozen: the window scrolls the others, counted from the second.
		return {
			count: comparison.columns.length - 1,
			frozen: frozenWidth([labelWidth, unitWidth, columnWidth(0)]),
			trailing: shown => trailing(shown + 1),
			columnWidth: index => columnWidth(index + 1),
			build: (first, shown) => compareTable({comparison, lang, cursor, viewport: {column: first + 1, columns: shown}, maxLabelWidth: labelWidth, wan, header, changes, spark, peers: withPeers, pinned}),
		};
	}

	return {
		count: comparison.columns.length,
		frozen: frozenWidth([labelWidth, unitWidth]),
		trailing,
		columnWidth,
		build: (first, shown) => compareTable({comparison, lang, cursor, viewport: {column: first, columns: shown}, maxLabelWidth: labelWidth, wan, header, changes, spark, peers: withPeers}),
	};
}

/** The peer statistics column: as wide as its widest row, its header wrapped at the spaces. */
function peerColumnWidth(comparison: Comparison, lang: Lang, wan: boolean, pinned: boolean): number {
	const pin = pinned ? districtId(comparison.columns[0]!.report) : null;
	const texts = comparison.rows.map(row => {
		const stats = peerStatsOf(row, comparison.columns, pin);
		return stats === null ? 1 : displayWidth(peerText(stats, row.indicator.unit, {wan, lang}, pinned));
	});
	return Math.max(headerWidth({header: labelOf(peerHeader(pinned), lang), wrap: true}), ...texts);
}

/**
The frame, and whether it shows the changes beside the values (what `d` turns the other way). Where not enough
districts fit, the peer statistics give way first, then the changes (unless `d` asked for them); with a pin the
spread gives way instead, since the peer statistics are what pinning is for.
*/
export function compareFrame(input: CompareFrameInput): TableFrame & {readonly changes: boolean} {
	// With a pin the window scrolls the columns after it; the pinned one, like the label, needs no scrolling to.
	const column = input.pinned === true ? input.cursor.column - 1 : input.cursor.column;
	const frame = (changes: boolean, trailing: {peers: boolean; spark: boolean}) => ({...windowTable(compareSpec({...input, changes, ...trailing}), {column, width: input.width, height: input.height, previous: input.previous}), changes});
	const count = input.comparison.columns.length;
	const enough = ({offscreen: {left, right}}: TableFrame) => count - left - right >= Math.min(fewestDistricts, count);
	const changeChoices = typeof input.changes === 'boolean' ? [input.changes] : [true, false];
	const trailingChoices = [{peers: true, spark: true}, input.pinned === true ? {peers: true, spark: false} : {peers: false, spark: true}];
	let last: ReturnType<typeof frame> | null = null;
	for (const changes of changeChoices) {
		for (const trailing of trailingChoices) {
			last = frame(changes, trailing);
			if (enough(last)) {
				return last;
			}
		}
	}

	return last!;
}
