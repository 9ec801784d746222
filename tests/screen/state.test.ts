import {describe, expect, test} from 'vitest';
import {initialState, reduce, type Action, type State} from '../../source/screen/state.js';
import {labelKey} from '../../source/model/index.js';

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
