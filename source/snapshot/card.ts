/**
A district's report card (--pin with --format md or text): each indicator it discloses, with its value, its
change on the year before (marked as the compare view marks it), the peer group's median and interquartile
range, and its rank among the peers that disclose a comparable value. Every value cites the sentence it was
read from, as a footnote (file:line — sentence), and every line fits the width. The peer group and the year
are the dashboard's for the pin: its group, on its latest year.
*/
import {buildComparison, districtId, formatCell, formatChange, labelOf, polarityWords, sameMeasure, selectReports, shownFact, unitLabel, yearOfKey, type Filters, type Labelled, type Lang, type Row} from '../model/index.js';
import {openingOf} from '../model/peer-groups.js';
import {peerStats, type PeerStats} from '../model/peer-stats.js';
import {peersLabel} from '../model/peers.js';
import {pinnedLabel} from '../model/pin.js';
import {reshape} from '../model/reshape.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import {peerText} from '../views/peer-cell.js';
import {displayWidth} from '../views/table-layout.js';
import {escapeMarkdown} from './markdown.js';
import {citedPath} from './paths.js';

export type CardOptions = {
	readonly format: 'md' | 'text';
	readonly filters: Filters & {readonly pin: string};
	readonly lang?: Lang;
	/** Display columns every line fits in; none: no wrapping. */
	readonly columns?: number;
	readonly cwd?: string;
};

const cardWords = {
	title: {zh: '标杆报告', en: 'report card'},
	peers: {zh: '同组', en: 'Peers'},
	districts: {zh: '个地区', en: ' districts'},
	district: {zh: '个地区', en: ' district'},
	alone: {zh: '同组无其他地区可比', en: 'no peer to compare with'},
	median: {zh: '同组中位', en: 'peer median'},
	rank: {zh: '名次', en: 'rank'},
	none: {zh: '该地区在此分组和年份没有可引用的数值。', en: 'The district states no value in this group and year.'},
	reading: {
		zh: '名次在披露同一计量单位、同一年份数值的同组地区中排列(4/16 P75:16 个中第 4,领先 75%);—/16:本地区的数值无法比较。',
		en: 'Rank among the peers that disclose a comparable value of the year (4/16 P75: 4th of 16, ahead of 75%); —/16: its own value does not compare.',
	},
} as const satisfies Record<string, Labelled>;

/** Cut a line at its last space before `width` (mid-word only where a word is longer), each further line indented. */
export function fitLines(text: string, width: number | undefined, indent: string): string[] {
	if (width === undefined || displayWidth(text) <= width) {
		return [text];
	}

	const lines: string[] = [];
	let rest = text;
	while (displayWidth(rest) > width) {
		let cut = 0;
		let used = 0;
		let space = -1;
		const characters = [...rest];
		while (cut < characters.length && used + displayWidth(characters[cut]!) <= width) {
			// A space in the line's first half would waste the rest of it: Chinese runs on without spaces and breaks anywhere.
			if (characters[cut] === ' ' && cut > indent.length && used >= width / 2) {
				space = cut;
			}

			used += displayWidth(characters[cut]!);
			cut++;
		}

		const end = space > 0 ? space : Math.max(1, cut);
		lines.push(characters.slice(0, end).join('').trimEnd());
		rest = indent + characters.slice(end).join('').trimStart();
	}

	return [...lines, rest];
}

function sentence(fact: Fact): string {
	return fact.text.replace(/\s+/g, ' ').trim();
}

/** What the row says of the peers: their median, range and the pin's rank, or that none but the pin discloses. */
function peerWords(stats: PeerStats, row: Row, lang: Lang): string {
	if (stats.disclosing === 1 && stats.rank !== null) {
		return labelOf(cardWords.alone, lang);
	}

	const polarity = stats.judged ? ` (${labelOf(polarityWords[row.indicator.polarity], lang)})` : '';
	return `${labelOf(cardWords.median, lang)} ${peerText(stats, row.indicator.unit, {lang})}${polarity}`;
}

export function renderCard(reports: readonly ReportSummary[], {format, filters, lang = 'zh', columns, cwd}: CardOptions): string {
	const md = format === 'md';
	const escape = (text: string) => (md ? escapeMarkdown(text) : text);
	// A --district beside --pin names where to look, not the peers: the pin's group is compared, as in the dashboard.
	const {pin} = filters;
	const rest: Filters = {indicator: filters.indicator, year: filters.year, area: filters.area};
	const kept = selectReports(reports, rest);
	const opening = openingOf(kept, {room: Number.POSITIVE_INFINITY, pin, scope: filters.peers ?? null});
	const pinned = opening.pinned ?? null;
	const year = opening.column === null ? null : yearOfKey(opening.column);
	const comparison = reshape(buildComparison(kept, rest), {peers: opening.peers, year, pinned});
	const own = comparison.columns.findIndex(column => districtId(column.report) === pinned);
	const name = pinnedLabel(comparison, pinned, lang) ?? pin;
	const title = `${name} ${year ?? ''} · ${labelOf(cardWords.title, lang)}`.replace(/\s+·/, ' ·');
	const group = `${labelOf(cardWords.peers, lang)}: ${peersLabel(opening.peers, lang)} · ${year ?? ''} · ${comparison.columns.length}${labelOf(comparison.columns.length === 1 ? cardWords.district : cardWords.districts, lang)}`;
	const lines: string[] = [md ? `# ${escape(title)}` : title, '', ...fitLines(escape(group), columns, ''), ''];
	const notes: string[] = [];
	const numbers = new Map<string, number>();
	const cite = (fact: Fact, file: string): string => {
		const key = [file, fact.line, fact.text].join('\n');
		let number = numbers.get(key);
		if (number === undefined) {
			number = notes.length + 1;
			numbers.set(key, number);
			const derived = fact.derived === null ? '' : `${fact.derived.formula} — `;
			notes.push(`${md ? `[^${number}]:` : `[${number}]`} ${citedPath(file, cwd)}:${fact.line} — ${escape(derived + sentence(fact))}`);
		}

		return md ? `[^${number}]` : `[${number}]`;
	};

	const column = comparison.columns[own];
	let shown = 0;
	for (const group of comparison.groups) {
		const entries: string[] = [];
		for (const row of group.rows) {
			const cell = row.cells[own];
			const fact = cell === undefined ? null : shownFact(cell);
			if (cell === undefined || fact === null || column === undefined) {
				continue;
			}

			// A derived value is cited where the change was stated: the later report, not this column's.
			const file = fact === cell.fact ? column.file : cell.derived?.source.file ?? column.file;
			// A value in another measure already writes its own unit (4次≠).
			const unit = row.indicator.unit === '%' || !sameMeasure(fact, row.indicator) ? '' : ` ${unitLabel(row.indicator.unit, lang)}`;
			const value = `${escape(formatCell(cell, row.indicator, {lang}) + unit)}${cite(fact, file)}`;
			const change = cell.change === undefined ? '' : ` ${escape(formatChange(cell.change))}`;
			const stats = peerStats(row, comparison.columns, pinned);
			const peers = stats === null ? '' : ` · ${escape(peerWords(stats, row, lang))}`;
			const label = escape(labelOf(row.indicator, lang));
			entries.push(...fitLines(`${md ? `- **${label}**` : `  ${label}`}: ${value}${change}${peers}`, columns, '    '));
			shown++;
		}

		if (entries.length > 0) {
			const area = escape(labelOf(group.area, lang));
			lines.push(md ? `## ${area}` : area, ...(md ? [''] : []), ...entries, '');
		}
	}

	if (shown === 0) {
		lines.push(...fitLines(labelOf(cardWords.none, lang), columns, ''), '');
	}

	lines.push(...fitLines(escape(labelOf(cardWords.reading, lang)), columns, ''));
	if (notes.length > 0) {
		lines.push('', ...notes.flatMap(note => fitLines(note, columns, '    ')));
	}

	return lines.join('\n') + '\n';
}
