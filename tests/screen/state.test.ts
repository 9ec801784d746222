import {beforeAll, describe, expect, test} from 'vitest';
import {initialState, modeOf, reduce, type Action, type State} from '../../source/screen/state.js';
import {labelKey} from '../../source/model/index.js';
import {peerGroups, shownGroups} from '../../source/model/peer-groups.js';
import {loadPinyin} from '../../source/model/search.js';
import {national} from '../fixtures/national.js';
import {report} from '../fixtures/reports.js';

const columns = [labelKey, '110105@2023', '110105@2024', '110109@2020', '500105@2024'];
const rows = ['reconsideration.received', 'reconsideration.closed', 'litigation.loss_rate'];

function run(state: State, ...actions: Action[]): State {
	return actions.reduce(reduce, state);
}

const down = (by = 1): Action => ({type: 'move', axis: 'row', by, order: rows});
const right = (by = 1): Action => ({type: 'move', axis: 'column', by, order: columns});

describe('dashboard state', () => {
	test('starts on compare, cursor on "the first report", nothing filtered', () => {
		expect(initialState()).toMatchObject({view: 'compare', cursor: {column: null, row: null}, lang: 'zh', year: null, chosen: {}, query: '', draft: null, sort: null, overlay: null});
	});

	test('moves hold keys, and clamp at the ends', () => {
		const state = run(initialState(), right(), down(2), down(5));
		expect(state.cursor).toEqual({column: '110105@2024', row: 'litigation.loss_rate'});
		expect(run(state, right(-10)).cursor.column).toBe(labelKey);
		expect(run(state, down(Number.NEGATIVE_INFINITY)).cursor.row).toBe('reconsideration.received');
	});

	test('a move walks the order it is given: after a sort, right goes to the new neighbour', () => {
		const state = run(initialState(), right());
		const sorted = [labelKey, '110109@2020', '110105@2024', '500105@2024', '110105@2023'];
		expect(run(state, {type: 'move', axis: 'column', by: 1, order: sorted}).cursor.column).toBe('500105@2024');
	});

	test('a key gone from the order falls back to the same district in another year', () => {
		const state: State = {...initialState(), cursor: {column: '110105@2023', row: null}};
		const without2023 = [labelKey, '110105@2024', '500105@2024'];
		expect(run(state, {type: 'move', axis: 'column', by: 1, order: without2023}).cursor.column).toBe('500105@2024');
	});

	test('pin fixes only what is still unset', () => {
		const state = run(initialState(), down());
		expect(run(state, {type: 'pin', cursor: {column: '110105@2023', row: 'x'}}).cursor).toEqual({column: '110105@2023', row: 'reconsideration.closed'});
	});

	test('open pushes where it came from; back pops it, then closes overlays and clears the filter first', () => {
		const start = run(initialState(), right(2));
		const opened = run(start, {type: 'open', view: 'district', cursor: {column: '110105@2024', row: 'petitions.volume'}});
		expect(opened.view).toBe('district');
		expect(run(opened, {type: 'back'})).toMatchObject({view: 'compare', cursor: start.cursor, history: []});

		const withHelp = run(opened, {type: 'overlay', overlay: 'help'});
		expect(run(withHelp, {type: 'back'})).toMatchObject({view: 'district', overlay: null});

		const filtered = run(initialState(), {type: 'filter-start'}, {type: 'filter-type', text: 'fy'}, {type: 'filter-commit'});
		expect(filtered.query).toBe('fy');
		expect(run(filtered, {type: 'back'}).query).toBe('');
	});

	test('tab cycles the views both ways and forgets the drill history', () => {
		const opened = run(initialState(), {type: 'open', view: 'district', cursor: {column: null, row: null}});
		expect(run(opened, {type: 'cycle-view', by: 1})).toMatchObject({view: 'indicator', history: []});
		expect(run(initialState(), {type: 'cycle-view', by: -1}).view).toBe('coverage');
	});

	test('typing a filter edits a draft; cancel keeps the old query, erase takes a whole character', () => {
		const state = run(initialState(), {type: 'filter-start'}, {type: 'filter-type', text: '朝阳'}, {type: 'filter-erase'});
		expect(state.draft).toBe('朝');
		expect(run(state, {type: 'filter-cancel'})).toMatchObject({draft: null, query: ''});
		expect(run(state, {type: 'filter-target'}, {type: 'filter-target'}).target).toBe('columns');
	});

	test('the same sort twice undoes it', () => {
		const sorted = run(initialState(), {type: 'sort', indicator: 'petitions.volume', direction: 'descending'});
		expect(sorted.sort).toEqual({indicator: 'petitions.volume', direction: 'descending'});
		expect(run(sorted, {type: 'sort', indicator: 'petitions.volume', direction: 'ascending'}).sort?.direction).toBe('ascending');
		expect(run(sorted, {type: 'sort', indicator: 'petitions.volume', direction: 'descending'}).sort).toBeNull();
	});

	test('y moves the aligned year to the next earlier one, wrapping round; there is no "all years"', () => {
		const years = [2024, 2023, 2020];
		const year = (from: number | null): Action => ({type: 'year', years, from});
		// From the year aligned on automatically (2024 here), the first y goes a year back.
		const once = run(initialState(), year(2024));
		expect(once.year).toBe(2023);
		expect(run(once, year(once.year)).year).toBe(2020);
		expect(run(initialState(), year(2020)).year).toBe(2024);
		expect(run(initialState(), {type: 'year', years: [], from: null})).toEqual(initialState());
	});

	test('Y steps one district to its next earlier year, wrapping, and back into line when it reaches the aligned year', () => {
		const step = (from: number): Action => ({type: 'column-year', district: '110105', years: [2024, 2023], from, aligned: 2024});
		const stepped = run(initialState(), step(2024));
		expect(stepped.chosen).toEqual({'110105': 2023});
		expect(run(stepped, step(2023)).chosen).toEqual({});
		// y brings every column back to the year it aligns on.
		expect(run(stepped, {type: 'year', years: [2024, 2023], from: 2024}).chosen).toEqual({});
	});

	test('d turns the changes beside the values over from what the screen shows', () => {
		expect(initialState().changes).toBeNull();
		expect(run(initialState(), {type: 'changes', shown: true}).changes).toBe(false);
		expect(run(initialState(), {type: 'changes', shown: false}).changes).toBe(true);
	});

	test('L flips the label language; an overlay toggles', () => {
		expect(run(initialState(), {type: 'lang'}).lang).toBe('en');
		expect(run(initialState(), {type: 'overlay', overlay: 'errors'}, {type: 'overlay', overlay: 'errors'}).overlay).toBeNull();
	});
});

describe('searching the peer picker', () => {
	const groups = peerGroups(national);
	const hebei = initialState('zh', 'compare', {peers: {kind: 'province', province: '河北省'}, year: 2024, column: null});
	const typed = (text: string): Action[] => [...text].map(character => ({type: 'pick-type', text: character, groups}));
	const opened = run(hebei, {type: 'overlay', overlay: 'peers'}, {type: 'pick-search'});
	/** The names the picker lists after these actions. */
	const listed = (state: State) => shownGroups(groups, state.pick, state.pickQuery ?? '').map(group => group.key);

	beforeAll(loadPinyin);

	test('/ in the picker starts a search, in which letters are text', () => {
		expect(run(hebei, {type: 'overlay', overlay: 'peers'}).pickQuery).toBeNull();
		expect(opened).toMatchObject({pickQuery: '', overlay: 'peers'});
		expect(modeOf(opened)).toBe('search');
		expect(modeOf(run(hebei, {type: 'overlay', overlay: 'peers'}))).toBe('browse');
		// Without the picker open there is nothing to search.
		expect(run(hebei, {type: 'pick-search'}).pickQuery).toBeNull();
	});

	test('pinyin initials, whole pinyin and Chinese narrow the list to the provinces and cities they match', () => {
		expect(listed(run(opened, ...typed('ts')))).toEqual(['city:河北省/唐山市']);
		expect(listed(run(opened, ...typed('taiyuan')))).toEqual(['city:山西省/太原市']);
		expect(listed(run(opened, ...typed('山西')))).toEqual(['province:山西省']);
		expect(listed(run(opened, ...typed('sjz')))).toEqual(['city:河北省/石家庄市']);
		expect(listed(run(opened, ...typed('all')))).toEqual(['all']);
		expect(listed(run(opened, ...typed('xyz')))).toEqual([]);
		// Unsearched, the list is every province and the open one's cities.
		expect(listed(opened)).toHaveLength(1 + 3 + 2);
	});

	test('a province is found by its English name too', () => {
		const hohhot = report({file: 'r.txt', district: {name: '新城区', fullName: '内蒙古自治区呼和浩特市新城区', province: '内蒙古自治区', city: '呼和浩特市', code: '150102'}, year: 2024});
		const withInnerMongolia = peerGroups([...national, hohhot]);
		expect(shownGroups(withInnerMongolia, null, 'Inner Mong').map(group => group.key)).toEqual(['province:内蒙古自治区']);
		expect(shownGroups(withInnerMongolia, null, 'nmg').map(group => group.key)).toEqual(['province:内蒙古自治区']);
	});

	test('the cursor goes to the first match when its group no longer matches, and erase widens the list again', () => {
		// 河北省 matches h, so the cursor stays; hb… still does; then only 唐山市 matches ts.
		expect(run(opened, ...typed('hb')).pick).toBe('province:河北省');
		const ts = run(opened, ...typed('ts'));
		expect(ts.pick).toBe('city:河北省/唐山市');
		// Past every match the cursor stays where it was, on a group no longer listed (Enter picks nothing).
		expect(run(ts, ...typed('x')).pick).toBe('city:河北省/唐山市');
		expect(run(ts, {type: 'pick-erase', groups}, {type: 'pick-erase', groups}).pickQuery).toBe('');
		// The arrows walk the matches only: 唐山市 (tangshan), then 山西省 (shanxi).
		const shan = run(opened, ...typed('shan'));
		expect(listed(shan)).toEqual(['city:河北省/唐山市', 'province:山西省']);
		expect(shan.pick).toBe('city:河北省/唐山市');
		expect(run(shan, {type: 'pick-move', by: 1, groups}).pick).toBe('province:山西省');
		expect(run(shan, {type: 'pick-move', by: 5, groups}).pick).toBe('province:山西省');
	});

	test('Enter compares the group found; a search that matches nothing picks nothing', () => {
		const picked = run(opened, ...typed('taiyuan'), {type: 'pick', groups});
		expect(picked).toMatchObject({peers: {kind: 'city', province: '山西省', city: '太原市'}, overlay: null, pick: null, pickQuery: null, year: 2024});
		const nothing = run(opened, ...typed('xyz'), {type: 'pick', groups});
		expect(nothing).toMatchObject({peers: {kind: 'province', province: '河北省'}, overlay: 'peers'});
	});

	test('Esc clears the search first, the cursor staying on its group, then closes the picker', () => {
		const cleared = run(opened, ...typed('ts'), {type: 'pick-clear'});
		expect(cleared).toMatchObject({overlay: 'peers', pickQuery: null, pick: 'city:河北省/唐山市'});
		expect(modeOf(cleared)).toBe('browse');
		expect(run(cleared, {type: 'back'})).toMatchObject({overlay: null, pick: null, pickQuery: null, peers: {kind: 'province', province: '河北省'}});
	});
});

describe('the pinned district', () => {
	test('m pins a district, on another moves the pin, on the pinned one unpins', () => {
		const pinned = run(initialState(), {type: 'pin-district', district: '110105'});
		expect(pinned.pinned).toBe('110105');
		expect(run(pinned, {type: 'pin-district', district: '500105'}).pinned).toBe('500105');
		expect(run(pinned, {type: 'pin-district', district: '110105'}).pinned).toBeNull();
	});

	test('a sort, a year or another group leave the pin where it is', () => {
		const pinned = run(initialState(), {type: 'pin-district', district: '110105'}, {type: 'sort', indicator: 'litigation.loss_rate', direction: 'descending'}, {type: 'year', years: [2024, 2023], from: 2024});
		expect(pinned.pinned).toBe('110105');
		expect(initialState('zh', 'compare', {peers: {kind: 'all'}, year: null, column: null, pinned: '500105'}).pinned).toBe('500105');
	});
});
