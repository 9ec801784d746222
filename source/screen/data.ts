/**
Everything the views need that depends on the corpus or on a filter, not on the
cursor: built once per change with useMemo, so a keypress that only moves the
cursor recomputes nothing but the visible window. The same pieces, unmemoized,
give a snapshot its data.
*/
import type {Indicator} from '../catalog/indicators.js';
import {buildComparison, coverage, districtComparison, districtId, districtOfKey, labelKey, ownDetails, ranking, reportKey, yearLines, type Comparison, type Coverage, type DetailsOf, type Filters, type Ranked, type YearLine} from '../model/index.js';
import {peerGroups, type PeerGroup} from '../model/peer-groups.js';
import {reshape, yearsOf, type Reshaped, type Shape} from '../model/reshape.js';
import type {ReportSummary} from '../parse/types.js';
import {rankedSummary, type RankedSummary} from '../views/indicator-frame.js';
import {activeQuery, type State} from './state.js';

export type ViewData = {
	readonly comparison: Comparison;
	readonly years: readonly number[];
	readonly shaped: Reshaped;
	readonly columnKeys: readonly string[];
	readonly rowKeys: readonly string[];
	/** The rest only for the view that needs it. */
	readonly coverage: Coverage | null;
	readonly district: Comparison | null;
	readonly indicator: Indicator | null;
	readonly ranked: readonly Ranked[];
	/** The ranked reports' keys, the order the indicator view's cursor walks. */
	readonly rankedKeys: readonly string[];
	readonly rankedSummary: RankedSummary;
	readonly lines: readonly YearLine[];
	/** Every peer group with its counts, while the picker is open. */
	readonly groups: readonly PeerGroup[] | null;
	/** Where the district view gets a report's details: the store's (its own, or read again from its file). */
	readonly details: DetailsOf;
};

/** What the state picks of a comparison: its group, year, query and sort. */
export const shapeOptions = (state: State): Shape => ({peers: state.peers, year: state.year, chosen: state.chosen, query: activeQuery(state), target: state.target, sort: state.sort, pinned: state.pinned});

export const shapeOf = (comparison: Comparison, state: State) => reshape(comparison, shapeOptions(state));

export const keysOfRanked = (ranked: readonly Ranked[]) => ranked.map(entry => reportKey(entry.column.report));

const groups = new WeakMap<Comparison, readonly PeerGroup[]>();

/** Every peer group of the comparison's reports, counted once per comparison (the picker opens and closes). */
export function peerGroupsOf(comparison: Comparison): readonly PeerGroup[] {
	let found = groups.get(comparison);
	if (found === undefined) {
		found = peerGroups(comparison.columns.map(column => column.report));
		groups.set(comparison, found);
	}

	return found;
}

/**
The filters the dashboard's comparison is built with. A --district names where the
dashboard opens (its peer group, its report under the cursor), not all it may show:
`p` widens to the district's city and province from there.
*/
export function corpusFilters(filters: Filters | undefined): Filters {
	return filters?.district === undefined ? filters ?? {} : {...filters, district: undefined};
}

/** The district the district view shows: the cursor's, else the first report's. */
export function districtKeyOf(districts: ReadonlySet<string>, shaped: Comparison, state: State): string | null {
	if (state.view !== 'district') {
		return null;
	}

	const column = state.cursor.column;
	const wanted = column === null || column === labelKey ? null : districtOfKey(column);
	if (wanted !== null && districts.has(wanted)) {
		return wanted;
	}

	const first = shaped.columns[0] ?? null;
	return first === null ? null : districtId(first.report);
}

/** The district over its years, its rows narrowed like the compare rows (by --indicator and by the query). */
export function districtOf(reports: readonly ReportSummary[], key: string | null, query: string, comparison: Comparison): Comparison | null {
	if (key === null) {
		return null;
	}

	// A district's years are not narrowed by the year picker or a column filter: only its rows are.
	const kept = new Set(comparison.rows.map(row => row.indicator.id));
	const all = districtComparison(reports, key);
	const groups = all.groups.map(group => ({...group, rows: group.rows.filter(row => kept.has(row.indicator.id))})).filter(group => group.rows.length > 0);
	return reshape({...all, groups, rows: groups.flatMap(group => group.rows)}, {query, target: 'rows'});
}

export function indicatorOf(shaped: Comparison, state: State): Indicator | null {
	return state.view === 'indicator' ? shaped.rows.find(row => row.indicator.id === state.cursor.row)?.indicator ?? shaped.rows[0]?.indicator ?? null : null;
}

/** Charts for the districts the columns show, across all their years (the year picker narrows the bars only). */
export function linesOf(reports: readonly ReportSummary[], shaped: Comparison, indicator: Indicator | null): YearLine[] {
	if (indicator === null) {
		return [];
	}

	const shown = new Set(shaped.columns.map(column => districtId(column.report)));
	return yearLines(reports, indicator.id).filter(line => shown.has(line.district));
}

export const keysOf = (shaped: Comparison) => ({columnKeys: [labelKey, ...shaped.columns.map(column => reportKey(column.report))], rowKeys: shaped.rows.map(row => row.indicator.id)});

/** All of it at once, for a snapshot. */
export function viewData(reports: readonly ReportSummary[], state: State, filters: Filters = {}, details: DetailsOf = ownDetails): ViewData {
	const comparison = buildComparison(reports, filters);
	const shaped = shapeOf(comparison, state);
	const indicator = indicatorOf(shaped, state);
	const ranked = indicator === null ? [] : ranking(shaped, indicator.id, state.sort?.direction);
	return {
		comparison,
		years: yearsOf(comparison, state.peers),
		shaped,
		...keysOf(shaped),
		coverage: state.view === 'coverage' ? coverage(shaped) : null,
		district: districtOf(reports, districtKeyOf(new Set(reports.map(districtId)), shaped, state), activeQuery(state), comparison),
		indicator,
		ranked,
		rankedKeys: keysOfRanked(ranked),
		rankedSummary: rankedSummary(ranked),
		lines: linesOf(reports, shaped, indicator),
		groups: state.overlay === 'peers' ? peerGroupsOf(comparison) : null,
		details,
	};
}
