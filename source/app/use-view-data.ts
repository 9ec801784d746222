/** The dashboard's per-corpus data as a hook: each piece of viewData, memoised on what it depends on. */
import {useMemo} from 'react';
import {buildComparison, coverage, districtId, ranking, type DetailsOf, type Filters} from '../model/index.js';
import {yearsOf} from '../model/reshape.js';
import type {ReportSummary} from '../parse/types.js';
import {rankedSummary} from '../views/indicator-frame.js';
import {corpusFilters, districtKeyOf, districtOf, indicatorOf, keysOf, keysOfRanked, linesOf, peerGroupsOf, shapeOf, type ViewData} from '../screen/data.js';
import {activeQuery, type State} from '../screen/state.js';
import {usePinyin} from './use-pinyin.js';

/** The dashboard's data, each piece rebuilt only when what it depends on changes. */
export function useViewData(reports: readonly ReportSummary[], state: State, filters: Filters | undefined, details: DetailsOf): ViewData {
	const pinyin = usePinyin();
	const comparison = useMemo(() => buildComparison(reports, corpusFilters(filters)), [reports, filters]);
	const years = useMemo(() => yearsOf(comparison, state.peers), [comparison, state.peers]);
	const query = activeQuery(state);
	// Keyed on the parts of the state that shape the columns, not the cursor: moving must not rebuild them.
	// And on the pinyin dictionary: a query typed before it loaded matches more once it has.
	const shaped = useMemo(() => shapeOf(comparison, state), [comparison, state.peers, state.year, state.chosen, query, state.target, state.sort, state.pinned, pinyin]);
	const keys = useMemo(() => keysOf(shaped), [shaped]);
	const counts = useMemo(() => (state.view === 'coverage' ? coverage(shaped) : null), [state.view, shaped]);
	// Asked on every frame of the district view: a set, not a scan of the reports.
	const districts = useMemo(() => new Set(reports.map(districtId)), [reports]);
	const districtKey = districtKeyOf(districts, shaped, state);
	const district = useMemo(() => districtOf(reports, districtKey, query, comparison), [reports, districtKey, query, comparison]);
	const indicator = indicatorOf(shaped, state);
	const direction = state.sort?.direction;
	const ranked = useMemo(() => (indicator === null ? [] : ranking(shaped, indicator.id, direction)), [shaped, indicator, direction]);
	const rankedKeys = useMemo(() => keysOfRanked(ranked), [ranked]);
	const summary = useMemo(() => rankedSummary(ranked), [ranked]);
	const lines = useMemo(() => linesOf(reports, shaped, indicator), [reports, shaped, indicator]);
	return {comparison, years, shaped, ...keys, coverage: counts, district, indicator, ranked, rankedKeys, rankedSummary: summary, lines, groups: state.overlay === 'peers' ? peerGroupsOf(comparison) : null, details};
}
