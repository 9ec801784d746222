/**
Where a district stands among its peers on one indicator: the peers' median and
interquartile range, and the pinned district's rank and percentile. Only values that
compare count: a value in another measure (`≠`) or a column of another year (`←2020`)
is left out, as it is of the best/worst marks, and the statistics say how many peers
disclose a comparable value so a rank of 2 among 3 is not read as one among 60.
*/
import type {Polarity} from '../catalog/indicators.js';
import {comparableValue} from './comparable.js';
import type {Column, Row} from './comparison.js';
import {districtId} from './identity.js';
import {ranksWith} from './years.js';

export type PeerStats = {
	/** Peers (the pinned district included) with a comparable value on the aligned year. */
	readonly disclosing: number;
	readonly median: number;
	/** The first and third quartiles (linear interpolation between the sorted values). */
	readonly q1: number;
	readonly q3: number;
	/** The pinned district's place, 1 the best (or the largest where the catalog has no better); null when it has no comparable value. */
	readonly rank: number | null;
	/** The share of the disclosing peers ranked after it, 0–100 (3rd of 16: P81); null without a rank or other peers. */
	readonly percentile: number | null;
	/** Whether rank means better: false where the catalog does not say which way is better. */
	readonly judged: boolean;
};

/** The value at fraction `at` (0–1) of ascending `sorted`, interpolated between neighbours. */
export function quantile(sorted: readonly number[], at: number): number {
	const position = (sorted.length - 1) * at;
	const below = Math.floor(position);
	const low = sorted[below]!;
	const high = sorted[Math.min(sorted.length - 1, below + 1)]!;
	return low + (high - low) * (position - below);
}

/** Whether `value` places ahead of `mine`: larger first, except where less is better (a loss rate). */
function ahead(polarity: Polarity, value: number, mine: number): boolean {
	return polarity === 'lower' ? value < mine : value > mine;
}

/**
The statistics of one row over the given columns (the peer group on its aligned year), or null when no peer
discloses a comparable value. Ties share the better rank (two firsts, then a third).
*/
export function peerStats(row: Row, columns: readonly Column[], pinned: string | null): PeerStats | null {
	const values: number[] = [];
	let own: number | null = null;
	row.cells.forEach((cell, index) => {
		const column = columns[index];
		if (column === undefined || !ranksWith(column)) {
			return;
		}

		const value = comparableValue(cell, row.indicator);
		if (value === null) {
			return;
		}

		values.push(value);
		if (pinned !== null && own === null && districtId(column.report) === pinned) {
			own = value;
		}
	});
	if (values.length === 0) {
		return null;
	}

	const sorted = [...values].sort((a, b) => a - b);
	const judged = row.indicator.polarity === 'higher' || row.indicator.polarity === 'lower';
	let rank: number | null = null;
	let percentile: number | null = null;
	if (own !== null) {
		const mine: number = own;
		rank = values.filter(value => ahead(row.indicator.polarity, value, mine)).length + 1;
		// Alone, a district is ahead of nobody and behind nobody: no percentile.
		percentile = values.length === 1 ? null : Math.round((100 * (values.length - rank)) / values.length);
	}

	return {disclosing: values.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), rank, percentile, judged};
}

/** Whether a table has peers to sum up: one district alone has none, and its column would only repeat itself. */
export const hasPeers = (comparison: {readonly columns: readonly Column[]}): boolean => comparison.columns.length > 1;

const memo = new WeakMap<Row, {columns: readonly Column[]; byPin: Map<string | null, PeerStats | null>}>();

/** peerStats, kept per row and columns (both new whenever the comparison is reshaped), so a keypress that moves the cursor recomputes none. */
export function peerStatsOf(row: Row, columns: readonly Column[], pinned: string | null): PeerStats | null {
	let kept = memo.get(row);
	if (kept?.columns !== columns) {
		kept = {columns, byPin: new Map()};
		memo.set(row, kept);
	}

	const {byPin} = kept;
	if (!byPin.has(pinned)) {
		byPin.set(pinned, peerStats(row, columns, pinned));
	}

	return byPin.get(pinned)!;
}
