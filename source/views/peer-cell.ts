/**
A row's peer statistics as a cell beside the districts: the peers' median with its interquartile range, then
the pinned district's rank among those that disclose a comparable value, `4 [2.8–5.8] 3/16 P81`, or `—/16`
when the pinned district discloses none; with no district pinned, how many disclose, `4 [2.8–5.8] n=16`
(`42 n=1` where one does).
Coloured as best or worst only where the catalog says which way is better and the pin sits in the top or
bottom quarter.
*/
import {formatNumber, marks, type FormatOptions, type Labelled} from '../model/index.js';
import type {PeerStats} from '../model/peer-stats.js';
import type {TableCell} from './table-layout.js';

export const peerWord = {zh: '同组 中位[四分位] 名次', en: 'Peers: median [IQR] rank'} as const satisfies Labelled;
/** The column's header while no district is pinned: no rank, only how many disclose. */
export const peerWordUnpinned = {zh: '同组 中位[四分位]', en: 'Peers: median [IQR]'} as const satisfies Labelled;

export const peerHeader = (pinned: boolean) => (pinned ? peerWord : peerWordUnpinned);

export function rankText(stats: PeerStats): string {
	if (stats.rank === null) {
		return `${marks.notDisclosed}/${stats.disclosing}`;
	}

	return `${stats.rank}/${stats.disclosing}${stats.percentile === null ? '' : ` P${stats.percentile}`}`;
}

/**
A statistic to four significant figures, whole from 1,000: a median of counts may fall on .5 and a quartile on
.25 (46.25–618.75 reads as 46.25–618.8), while a rate's two decimals (39.95%) and a count's units (18,426) stay.
*/
function rounded(value: number): number {
	return Math.abs(value) >= 1000 ? Math.round(value) : Number(value.toPrecision(4));
}

/** The statistics as words; `pinned` false when no district is pinned, so there is no rank to give. */
export function peerText(stats: PeerStats, unit: string, options: FormatOptions, pinned = true): string {
	const value = (number: number) => formatNumber(rounded(number), unit, options);
	// One value has no spread to give.
	const range = stats.disclosing === 1 ? '' : ` [${value(stats.q1)}–${value(stats.q3)}]`;
	return `${value(stats.median)}${range} ${pinned ? rankText(stats) : `n=${stats.disclosing}`}`;
}

export function peerCell(stats: PeerStats | null, unit: string, options: FormatOptions, pinned = true): TableCell {
	if (stats === null) {
		return {text: marks.notDisclosed, tone: 'text.muted'};
	}

	const {percentile, judged} = stats;
	const tone = !pinned || !judged || percentile === null ? 'text.primary' : (percentile >= 75 ? 'rank.best' : (percentile <= 25 ? 'rank.worst' : 'text.primary'));
	return {text: peerText(stats, unit, options, pinned), tone};
}
