/**
The peer-group picker, drawn over the body: every province with its report and
district counts, the cities of the province under the cursor beneath it, the
group being compared marked, the list scrolled to keep the cursor on screen. A
search typed after `/` narrows it to the groups it matches, a city then named
with its province. Its keys are on the status line, drawn from the keymap.
*/
import {labelOf, placeLabel, type Labelled, type Lang} from '../model/index.js';
import {shownGroups, type PeerGroup} from '../model/peer-groups.js';
import {peerWords} from '../model/peers.js';
import {spread, type Line} from './line.js';
import {follow} from './window.js';

export const pickerWords = {
	title: {zh: '比较范围', en: 'Peer group'},
	matches: {zh: '个匹配', en: ' found'},
	none: {zh: '没有匹配的省、市', en: 'No province or city matches'},
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

export type PickerInput = {
	/** The group being compared (a peersKey). */
	readonly compared: string;
	readonly pick: string | null;
	/** The search typed after `/`; null when not searching. */
	readonly query: string | null;
};

export function peerPickerLines(groups: readonly PeerGroup[], {compared, pick, query}: PickerInput, lang: Lang, screen: number, height: number): Line[] {
	const width = Math.min(screen, maxWidth);
	const searching = query !== null && query.trim() !== '';
	const shown = shownGroups(groups, pick, query ?? '');
	const at = Math.max(0, shown.findIndex(group => group.key === pick));
	const room = Math.max(1, height - 1);
	const top = follow(0, at, room, shown.length);
	const lines = shown.slice(top, top + room).map((group, index): Line => {
		const mine = group.key === compared;
		const name = `${'  '.repeat(group.depth)}${mine ? current : '  '}${groupName(group, lang)}`;
		const tone = top + index === at ? 'cursor' : (mine ? 'accent' : 'text.primary');
		// Found by a search, a city stands without its province above it.
		const province: Line = searching && group.peers.kind === 'city' ? [{text: ` · ${placeLabel(group.peers.province, lang)}`, tone: 'text.muted'}] : [];
		return spread([{text: name, tone}, ...province], [{text: counts(group, lang), tone: 'text.muted'}], width);
	});
	const found: Line = searching ? [{text: `/${query} · ${shown.length}${labelOf(pickerWords.matches, lang)}`, tone: 'accent'}] : [];
	const none: Line[] = searching && shown.length === 0 ? [[{text: labelOf(pickerWords.none, lang), tone: 'text.muted'}]] : [];
	return [spread([{text: labelOf(pickerWords.title, lang), tone: 'heading'}], found, width), ...lines, ...none];
}
