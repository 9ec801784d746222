/**
The peer-group picker, drawn over the body: every province with its report and
district counts, the cities of the province under the cursor beneath it, the
group being compared marked, the list scrolled to keep the cursor on screen.
*/
import {labelOf, placeLabel, type Labelled, type Lang} from '../model/index.js';
import {shownGroups, type PeerGroup} from '../model/peer-groups.js';
import {peerWords} from '../model/peers.js';
import {spread, type Line} from './line.js';
import {follow} from './window.js';

export const pickerWords = {
	title: {zh: '比较范围', en: 'Peer group'},
	hint: {zh: 'j/k 移动  Enter 选定  Esc 关闭', en: 'j/k move  Enter pick  Esc close'},
} as const satisfies Record<string, Labelled>;

const current = '● ';
// Counts beside their names, not across a wide screen.
const maxWidth = 64;

function groupName(group: PeerGroup, lang: Lang): string {
	switch (group.peers.kind) {
		case 'province': return placeLabel(group.peers.province, lang);
		case 'city': return placeLabel(group.peers.city, lang);
		default: return labelOf(peerWords.all, lang);
	}
}

export function counts(group: PeerGroup, lang: Lang): string {
	return `${group.reports}${labelOf(peerWords.reports, lang)} · ${group.districts}${labelOf(peerWords.districts, lang)}`;
}

export function peerPickerLines(groups: readonly PeerGroup[], {compared, pick}: {readonly compared: string; readonly pick: string | null}, lang: Lang, screen: number, height: number): Line[] {
	const width = Math.min(screen, maxWidth);
	const shown = shownGroups(groups, pick);
	const at = Math.max(0, shown.findIndex(group => group.key === pick));
	const room = Math.max(1, height - 1);
	const top = follow(0, at, room, shown.length);
	const lines = shown.slice(top, top + room).map((group, index): Line => {
		const mine = group.key === compared;
		const name = `${'  '.repeat(group.depth)}${mine ? current : '  '}${groupName(group, lang)}`;
		const tone = top + index === at ? 'cursor' : (mine ? 'accent' : 'text.primary');
		return spread([{text: name, tone}], [{text: counts(group, lang), tone: 'text.muted'}], width);
	});
	return [spread([{text: labelOf(pickerWords.title, lang), tone: 'heading'}], [{text: labelOf(pickerWords.hint, lang), tone: 'text.muted'}], width), ...lines];
}
