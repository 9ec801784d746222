/**
A row's peer statistics as a cell beside the districts: the peers' median with its interquartile range, then
the pinned district's rank among those that disclose a comparable value, `4 [2.8–5.8] 3/16 P81`, or `—/16`
when the pinned district discloses none. Coloured as best or worst only where the catalog says which way is
better and the pin sits in the top or bottom quarter.
*/
import {formatNumber, marks, type FormatOptions, type Labelled} from '../model/index.js';
import type {PeerStats} from '../model/peer-stats.js';
import type {TableCell} from './table-layout.js';

export const peerWord = {zh: '同组 中位[四分位] 名次', en: 'Peers: median [IQR] rank'} as const satisfies Labelled;

export function rankText(stats: PeerStats): string {
	if (stats.rank === null) {
		return `${marks.notDisclosed}/${stats.disclosing}`;
	}

	return `${stats.rank}/${stats.disclosing}${stats.percentile === null ? '' : ` P${stats.percentile}`}`;
}

export function peerText(stats: PeerStats, unit: string, options: FormatOptions): string {
	const value = (number: number) => formatNumber(number, unit, options);
	return `${value(stats.median)} [${value(stats.q1)}–${value(stats.q3)}] ${rankText(stats)}`;
}

export function peerCell(stats: PeerStats | null, unit: string, options: FormatOptions): TableCell {
	if (stats === null) {
		return {text: marks.notDisclosed, tone: 'text.muted'};
	}

	const {percentile, judged} = stats;
	const tone = !judged || percentile === null ? 'text.primary' : (percentile >= 75 ? 'rank.best' : (percentile <= 25 ? 'rank.worst' : 'text.primary'));
	return {text: peerText(stats, unit, options), tone};
}
