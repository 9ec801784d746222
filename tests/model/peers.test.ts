import {describe, expect, test} from 'vitest';
import {openingOf, peerGroups, shownGroups} from '../../source/model/peer-groups.js';
import {allPeers, inPeers, nextPeers, peerCycle, peersLabel, type Peers} from '../../source/model/peers.js';
import {reshape, yearsOf} from '../../source/model/reshape.js';
import {buildComparison} from '../../source/model/index.js';
import {beijing, national, places, reportsOf} from '../fixtures/national.js';

const shijiazhuang: Peers = {kind: 'city', province: '河北省', city: '石家庄市'};
const hebei: Peers = {kind: 'province', province: '河北省'};
const first = (name: string) => national.find(report => report.district.name === name)!;

describe('peer groups', () => {
	test('a city holds its districts, a province its cities, all everything', () => {
		const count = (peers: Peers) => national.filter(report => inPeers(report, peers)).length;
		expect([count(shijiazhuang), count(hebei), count({kind: 'province', province: '北京市'}), count(allPeers)]).toEqual([24, 40, 12, 60]);
		expect(count({kind: 'named', queries: ['石1区', '140105']})).toBe(4);
	});

	test('p steps from a district to its city, its province, all, and round again', () => {
		const report = first('石3区');
		expect(peerCycle(report).map(peers => peersLabel(peers, 'zh'))).toEqual(['河北省 石家庄市', '河北省', '全部地区']);
		expect(nextPeers(allPeers, report)).toEqual(shijiazhuang);
		expect(nextPeers(shijiazhuang, report)).toEqual(hebei);
		expect(nextPeers(hebei, report)).toEqual(allPeers);
		// From a group the district is not in (another province picked), the cycle starts over.
		expect(nextPeers({kind: 'province', province: '山西省'}, report)).toEqual(shijiazhuang);
	});

	test('a district directly under a province (北京市东城区) has no city step; named districts come first', () => {
		expect(peerCycle(first('京1区')).map(peers => peers.kind)).toEqual(['province', 'all']);
		expect(peerCycle(first('京1区'), ['京1区']).map(peers => peers.kind)).toEqual(['named', 'province', 'all']);
	});

	test('the picker lists all, the provinces in pinyin order with counts, and the cities of the open province only', () => {
		const groups = peerGroups(national);
		expect(groups.filter(group => group.depth < 2).map(group => [peersLabel(group.peers, 'zh'), group.reports, group.districts])).toEqual([
			['全部地区', 60, 30], ['北京市', 12, 6], ['河北省', 40, 20], ['山西省', 8, 4],
		]);
		const closed = shownGroups(groups, 'province:北京市').map(group => group.key);
		expect(closed).toEqual(['all', 'province:北京市', 'province:河北省', 'province:山西省']);
		const open = shownGroups(groups, 'city:河北省/唐山市').map(group => group.key);
		expect(open).toEqual(['all', 'province:北京市', 'province:河北省', 'city:河北省/石家庄市', 'city:河北省/唐山市', 'province:山西省']);
	});

	test('reshape keeps the group\'s columns; the years are the group\'s', () => {
		const comparison = buildComparison([...national, ...reportsOf(beijing.slice(0, 1), [2019])]);
		const shaped = reshape(comparison, {peers: shijiazhuang, year: 2024});
		expect(shaped.columns).toHaveLength(12);
		expect(shaped.columns.every(column => column.report.district.city === '石家庄市' && column.year === 2024)).toBe(true);
		expect(yearsOf(comparison, shijiazhuang)).toEqual([2024, 2023]);
		expect(yearsOf(comparison)).toEqual([2024, 2023, 2019]);
	});
});

describe('where the dashboard opens', () => {
	test('everything, when the districts fit', () => {
		expect(openingOf(national, {room: 30})).toEqual({peers: allPeers, year: null, column: null});
	});

	test('more districts than fit: the province and year with the most reports, the later year on a tie', () => {
		expect(openingOf(national, {room: 12})).toEqual({peers: hebei, year: 2024, column: null});
		// The most reports wins over the latest year.
		const busyOlderYear = [...national, ...reportsOf(places(25, '山西省', '太原市', 140_200, '晋'), [2022])];
		expect(openingOf(busyOlderYear, {room: 12})).toEqual({peers: {kind: 'province', province: '山西省'}, year: 2022, column: null});
	});

	test('a named district: its city (or province), the cursor on its latest report, the year when the group is crowded', () => {
		expect(openingOf(national, {room: 30, queries: ['石3区']})).toEqual({peers: shijiazhuang, year: null, column: '130104@2024'});
		expect(openingOf(national, {room: 5, queries: ['石3区']})).toMatchObject({peers: shijiazhuang, year: 2024});
		expect(openingOf(national, {room: 30, queries: ['京2区']}).peers).toEqual({kind: 'province', province: '北京市'});
		// Districts of two provinces: just those.
		expect(openingOf(national, {room: 30, queries: ['京2区', '晋1区']}).peers).toEqual({kind: 'named', queries: ['京2区', '晋1区']});
		expect(openingOf(national, {room: 30, queries: ['nowhere']})).toEqual({peers: {kind: 'named', queries: ['nowhere']}, year: null, column: null});
	});

	test('--peers: all, or the province or city of the pinned district, whatever group it would open on', () => {
		const pinned = (scope: 'all' | 'province' | 'city', room = 100) => openingOf(national, {room, pin: '石3区', scope});
		expect(pinned('all')).toMatchObject({peers: allPeers, year: null, column: '130104@2024', pinned: '130104'});
		expect(pinned('province').peers).toEqual(hebei);
		expect(pinned('city').peers).toEqual(shijiazhuang);
		// Crowded: aligned on the pin's latest year.
		expect(pinned('all', 12).year).toBe(2024);
		// A district directly under a province has no city: its province.
		expect(openingOf(national, {room: 100, pin: '京2区', scope: 'city'}).peers).toEqual({kind: 'province', province: '北京市'});
		// Nothing named: all, else as it would open.
		expect(openingOf(national, {room: 12, scope: 'all'}).peers).toEqual(allPeers);
		expect(openingOf(national, {room: 12, scope: 'city'}).peers).toEqual(hebei);
	});
});
