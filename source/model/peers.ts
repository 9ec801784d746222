/**
Peer groups. With every county of China loaded, a comparison is read among peers:
the districts of one city or one province, as the gazetteer files them (the
report's district.province and district.city). A district directly under a
province (北京市朝阳区, 济源市) has no city; its province is its nearest group.
*/
import type {ReportSummary} from '../parse/types.js';
import {matchesDistrict} from './filters.js';
import {placeLabel} from './english-names.js';
import {districtId} from './identity.js';
import type {Labelled, Lang} from './labels.js';
import {labelOf} from './labels.js';

export type Peers =
	| {readonly kind: 'all'}
	| {readonly kind: 'province'; readonly province: string}
	| {readonly kind: 'city'; readonly province: string; readonly city: string}
	/** The districts named on the command line (--district), as the filter matches them. */
	| {readonly kind: 'named'; readonly queries: readonly string[]};

export const allPeers: Peers = {kind: 'all'};

export const peerWords = {
	all: {zh: '全部地区', en: 'All districts'},
	named: {zh: '指定地区', en: 'Named'},
	reports: {zh: '份', en: ' reports'},
	districts: {zh: '个地区', en: ' districts'},
} as const satisfies Record<string, Labelled>;

export function inPeers(report: ReportSummary, peers: Peers): boolean {
	switch (peers.kind) {
		case 'all': return true;
		case 'province': return report.district.province === peers.province;
		case 'city': return report.district.province === peers.province && report.district.city === peers.city;
		case 'named': return peers.queries.some(query => matchesDistrict(report, query));
	}
}

/** One string per group: what the picker's cursor holds and what memos are keyed on. */
export function peersKey(peers: Peers): string {
	switch (peers.kind) {
		case 'all': return 'all';
		case 'province': return `province:${peers.province}`;
		case 'city': return `city:${peers.province}/${peers.city}`;
		case 'named': return `named:${peers.queries.join('\u0000')}`;
	}
}

/** As the header shows it: 河北省, 河北省 石家庄市, 全部地区. */
export function peersLabel(peers: Peers, lang: Lang): string {
	switch (peers.kind) {
		case 'all': return labelOf(peerWords.all, lang);
		case 'province': return placeLabel(peers.province, lang);
		case 'city': return `${placeLabel(peers.province, lang)} ${placeLabel(peers.city, lang)}`;
		case 'named': return `${labelOf(peerWords.named, lang)}: ${peers.queries.join(', ')}`;
	}
}

/** The groups --peers names: the scope around a district. */
export const peerScopes = ['all', 'province', 'city'] as const;
export type PeerScope = (typeof peerScopes)[number];

export function isPeerScope(value: string): value is PeerScope {
	return (peerScopes as readonly string[]).includes(value);
}

/** The group of `scope` around a report: its city (a district with no city: its province), its province, or all. */
export function scopedPeers(report: ReportSummary, scope: PeerScope): Peers {
	const {province, city} = report.district;
	if (scope === 'all' || province === null) {
		return allPeers;
	}

	return scope === 'city' && city !== null ? {kind: 'city', province, city} : {kind: 'province', province};
}

/** The groups `p` steps through from a report: the named districts (if any), its city, its province, all. */
export function peerCycle(report: ReportSummary | null, named: readonly string[] = []): Peers[] {
	const {province, city} = report?.district ?? {province: null, city: null};
	return [
		...(named.length > 0 ? [{kind: 'named', queries: named} as const] : []),
		...(province !== null && city !== null ? [{kind: 'city', province, city} as const] : []),
		...(province === null ? [] : [{kind: 'province', province} as const]),
		allPeers,
	];
}

/** The group after `current` in the report's cycle; from a group not in it (another province), the first. */
export function nextPeers(current: Peers, report: ReportSummary | null, named: readonly string[] = []): Peers {
	const cycle = peerCycle(report, named);
	const at = cycle.findIndex(peers => peersKey(peers) === peersKey(current));
	return cycle[(at + 1) % cycle.length] ?? allPeers;
}

/** The narrowest group holding every one of these reports. */
export function commonPeers(reports: readonly ReportSummary[]): Peers {
	const first = reports[0];
	if (first === undefined) {
		return allPeers;
	}

	const {province, city} = first.district;
	if (province === null || reports.some(report => report.district.province !== province)) {
		return allPeers;
	}

	return city !== null && reports.every(report => report.district.city === city) ? {kind: 'city', province, city} : {kind: 'province', province};
}

export function districtCount(reports: Iterable<ReportSummary>): number {
	const ids = new Set<string>();
	for (const report of reports) {
		ids.add(districtId(report));
	}

	return ids.size;
}
