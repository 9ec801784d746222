/**
Every peer group of a corpus with its counts, for the picker, and the group the
dashboard opens on: when more districts are loaded than the screen shows side by
side, the province and year with the most reports, or the group of the district
the person named.
*/
import type {ReportSummary} from '../parse/types.js';
import {chineseCollator} from '../text/intl.js';
import {matchesDistrict} from './filters.js';
import {districtId, reportKey} from './identity.js';
import {allPeers, commonPeers, districtCount, inPeers, peersKey, peerWords, scopedPeers, type PeerScope, type Peers} from './peers.js';
import {matchesQuery} from './search.js';
import {placeLabel} from './english-names.js';

export type PeerGroup = {
	readonly peers: Peers;
	readonly key: string;
	/** 0 all, 1 a province, 2 a city. */
	readonly depth: 0 | 1 | 2;
	/** The province a city belongs to (and a province's own name): the picker opens one province at a time. */
	readonly province: string | null;
	readonly reports: number;
	readonly districts: number;
};

type Tally = {reports: number; districts: Set<string>};


function count(map: Map<string, Tally>, key: string, report: ReportSummary): void {
	let tally = map.get(key);
	if (tally === undefined) {
		tally = {reports: 0, districts: new Set()};
		map.set(key, tally);
	}

	tally.reports++;
	tally.districts.add(districtId(report));
}

/** All, then each province in pinyin order followed by its cities; reports without a province count in all only. */
export function peerGroups(reports: readonly ReportSummary[]): PeerGroup[] {
	const provinces = new Map<string, Tally>();
	const cities = new Map<string, Map<string, Tally>>();
	for (const report of reports) {
		const {province, city} = report.district;
		if (province === null) {
			continue;
		}

		count(provinces, province, report);
		if (city !== null) {
			const own = cities.get(province) ?? new Map<string, Tally>();
			cities.set(province, own);
			count(own, city, report);
		}
	}

	const entry = (peers: Peers, depth: 0 | 1 | 2, province: string | null, tally: {reports: number; districts: number}): PeerGroup => ({peers, key: peersKey(peers), depth, province, ...tally});
	const groups = [entry(allPeers, 0, null, {reports: reports.length, districts: districtCount(reports)})];
	for (const province of [...provinces.keys()].sort(chineseCollator().compare)) {
		const tally = provinces.get(province)!;
		groups.push(entry({kind: 'province', province}, 1, province, {reports: tally.reports, districts: tally.districts.size}));
		const own = cities.get(province) ?? new Map<string, Tally>();
		for (const city of [...own.keys()].sort(chineseCollator().compare)) {
			const cityTally = own.get(city)!;
			groups.push(entry({kind: 'city', province, city}, 2, province, {reports: cityTally.reports, districts: cityTally.districts.size}));
		}
	}

	return groups;
}

/** What a group is found by: its own name, in Chinese (and so in pinyin) and in English (Inner Mongolia, Shaanxi). */
function groupLabels(group: PeerGroup): string[] {
	switch (group.peers.kind) {
		case 'province': return [group.peers.province, placeLabel(group.peers.province, 'en')];
		case 'city': return [group.peers.city, placeLabel(group.peers.city, 'en')];
		default: return [peerWords.all.zh, peerWords.all.en];
	}
}

/**
The groups the picker lists with `pick` under its cursor: all and every province,
and the cities of the province the cursor is in (thirty-odd lines to walk, not 360).
With a search, only the groups it matches, provinces and cities alike.
*/
export function shownGroups(groups: readonly PeerGroup[], pick: string | null, query = ''): PeerGroup[] {
	if (query.trim() !== '') {
		return groups.filter(group => matchesQuery(groupLabels(group), query));
	}

	const open = groups.find(group => group.key === pick)?.province ?? null;
	return groups.filter(group => group.depth < 2 || group.province === open);
}

export type Opening = {
	readonly peers: Peers;
	readonly year: number | null;
	/** A report key for the cursor, or null for the first report. */
	readonly column: string | null;
	/** The district benchmarked (--pin), a district id; absent or null: none. */
	readonly pinned?: string | null;
};

const latest = (reports: readonly ReportSummary[]) => reports.reduce((best, report) => ((report.year ?? -1) > (best.year ?? -1) ? report : best));

function named(reports: readonly ReportSummary[], queries: readonly string[], room: number): Opening {
	const peers: Peers = {kind: 'named', queries};
	const matched = reports.filter(report => queries.some(query => matchesDistrict(report, query)));
	const first = queries.map(query => matched.filter(report => matchesDistrict(report, query))).find(list => list.length > 0);
	if (first === undefined) {
		return {peers, year: null, column: null};
	}

	const common = commonPeers(matched);
	const group = common.kind === 'all' ? peers : common;
	const shown = latest(first);
	const crowded = districtCount(reports.filter(report => inPeers(report, group))) > room;
	return {peers: group, year: crowded ? shown.year : null, column: reportKey(shown)};
}

/** The province and year with the most reports; ties go to the later year, then to the province first in pinyin. */
function busiest(reports: readonly ReportSummary[]): Opening {
	const counts = new Map<string, {province: string; year: number | null; reports: number}>();
	for (const {district: {province}, year} of reports) {
		if (province !== null) {
			const key = `${province}@${year ?? ''}`;
			const tally = counts.get(key) ?? {province, year, reports: 0};
			tally.reports++;
			counts.set(key, tally);
		}
	}

	const best = [...counts.values()].sort((a, b) => b.reports - a.reports || (b.year ?? -1) - (a.year ?? -1) || chineseCollator().compare(a.province, b.province))[0];
	return best === undefined ? {peers: allPeers, year: null, column: null} : {peers: {kind: 'province', province: best.province}, year: best.year, column: null};
}

/** Where the dashboard opens, given how many report columns fit on the screen. */
export function openingOf(reports: readonly ReportSummary[], {room, queries = [], pin = null, scope = null}: {readonly room: number; readonly queries?: readonly string[]; readonly pin?: string | null; readonly scope?: PeerScope | null}): Opening {
	// A pinned district is the one compared: the dashboard opens on its peer group, the cursor on it.
	if (pin !== null) {
		const opening = named(reports, queries.length > 0 ? queries : [pin], room);
		return scoped({...opening, pinned: pinnedDistrict(reports, pin)}, reports, [pin], scope, room);
	}

	if (queries.length > 0) {
		return scoped(named(reports, queries, room), reports, queries, scope, room);
	}

	const opening = districtCount(reports) > room ? busiest(reports) : {peers: allPeers, year: null, column: null};
	return scope === 'all' ? {...opening, peers: allPeers} : opening;
}

/** The opening on the group --peers asks for around the first district named, aligned on a year when it is crowded. */
function scoped(opening: Opening, reports: readonly ReportSummary[], queries: readonly string[], scope: PeerScope | null, room: number): Opening {
	const matched = queries.map(query => reports.filter(report => matchesDistrict(report, query))).find(list => list.length > 0);
	if (scope === null || matched === undefined) {
		return opening;
	}

	const shown = latest(matched);
	const peers = scopedPeers(shown, scope);
	const crowded = districtCount(reports.filter(report => inPeers(report, peers))) > room;
	return {...opening, peers, year: crowded ? shown.year : null};
}

/** The district a --pin names (its latest report's district id), or null when none loaded matches. */
export function pinnedDistrict(reports: readonly ReportSummary[], pin: string): string | null {
	const matched = reports.filter(report => matchesDistrict(report, pin));
	return matched.length === 0 ? null : districtId(latest(matched));
}
