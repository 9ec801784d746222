/**
The compare table as GitHub Markdown. Every value carries a footnote naming the
file and line it was read from, so a reader can check it against the report; one
sentence cited by several values is one footnote. Values keep all their digits
here (no 万): a document has room, and a citation should match the source.
A pipe table cannot wrap, so given a width, a table wider than it becomes several
tables (bands of report columns), each repeating the indicator and unit columns.
*/
import {hasPeers, peerStatsOf} from '../model/peer-stats.js';
import {reshape, type Reshaped, type Shape} from '../model/reshape.js';
import {anyReviewed} from '../review/apply.js';
import {buildComparison, districtLabel, formatCell, formatChange, labelOf, legendEntries, marks, selectFacts, selectReports, shownFact, unitLabel, words, type Comparison, type Filters, type Lang} from '../model/index.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import {bandTitle, type Band} from '../views/bands.js';
import {columnLabel} from '../views/compare-table.js';
import {peerHeader, peerText} from '../views/peer-cell.js';
import {displayWidth} from '../views/table-layout.js';
import {citedPath} from './paths.js';
import {packEntries} from './printable.js';

export type MarkdownOptions = {
	readonly filters?: Filters;
	readonly lang?: Lang;
	/** Display columns a table's source lines should fit in (bands when wider); without it, one table. */
	readonly columns?: number;
	/** Where rol-dash was run from: files under it are cited relative to it, as in every format. */
	readonly cwd?: string;
	/** Files for the same district and year as a shown one: the table shows one, the others are listed after it. */
	readonly hidden?: readonly ReportSummary[];
	/** The dashboard's peer group, year, query and sort (`w`); by default every district on the year most report. */
	readonly shape?: Shape;
};

/** Characters that would end a cell or start emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\|*_[\]<>`]/g, character => `\\${character}`);
}

// Long enough to recognise the sentence, short enough to keep the notes readable.
const sentenceLength = 100;

function excerpt(text: string): string {
	const characters = [...text.replace(/\s+/g, ' ').trim()];
	return characters.length <= sentenceLength ? characters.join('') : characters.slice(0, sentenceLength).join('') + '…';
}

function derivation(fact: Fact, lang: Lang): string {
	return fact.derived === null
		? ''
		: `${labelOf(words.derivedNote, lang)}${fact.derived.year === null ? '' : ` ${fact.derived.year}`}: ${fact.derived.formula} — `;
}

/** `| a | b |`; its display width is that of the cells plus 3 per cell and 1. */
function line(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/** What a value cites: the same file, line, sentence and derivation is the same note, whichever value cites it. */
type Citation = {readonly key: string; readonly note: string};

type Cell = {readonly text: string; readonly citation: Citation | null};

function citation(fact: Fact, file: string, lang: Lang): Citation {
	const derived = derivation(fact, lang);
	return {key: [file, fact.line, derived, fact.text].join('\n'), note: `${file}:${fact.line} — ${escapeMarkdown(derived + excerpt(fact.text))}`};
}

function valueCells(comparison: Comparison, lang: Lang, cwd: string | undefined): Cell[][] {
	return comparison.rows.map(row => row.cells.map((cell, index) => {
		const fact = shownFact(cell);
		const text = escapeMarkdown(formatCell(cell, row.indicator, {lang}) + (cell.change === undefined ? '' : ` ${formatChange(cell.change)}`));
		const column = comparison.columns[index];
		if (fact === null || column === undefined) {
			return {text, citation: null};
		}

		// A derived value is cited where the change was stated: the later report, not this column's.
		const file = fact === cell.fact ? column.file : cell.derived?.source.file ?? column.file;
		return {text, citation: citation(fact, citedPath(file, cwd), lang)};
	}));
}

type PeerColumn = {readonly head: readonly string[]; readonly rows: readonly string[]};
const noPeers: PeerColumn = {head: [], rows: []};

/** The peers' statistics as the compare view shows them, a cell per row; none for a table of one district. */
function peerColumn(comparison: Reshaped, lang: Lang): PeerColumn {
	if (!hasPeers(comparison)) {
		return noPeers;
	}

	const {pinned} = comparison;
	const rows = comparison.rows.map(row => {
		const stats = peerStatsOf(row, comparison.columns, pinned);
		return stats === null ? marks.notDisclosed : escapeMarkdown(peerText(stats, row.indicator.unit, {lang}, pinned !== null));
	});
	return {head: [escapeMarkdown(labelOf(peerHeader(pinned !== null), lang))], rows};
}

/**
Bands of report columns whose tables fit `width`: as many columns as keep every
line of the table (the header, the alignment row, an area's row, an indicator's)
within it. Footnote numbers are given in reading order, after the bands are cut,
so a cited value is measured with the longest marker any note could get. When not
even one report column fits beside the indicator and unit columns, that table
runs wider than `width`: a Markdown table row cannot be broken, and a label or
value cut short would cite something the report did not say.
*/
function bandsOf(comparison: Comparison, cells: readonly Cell[][], frozen: ReadonlyArray<readonly string[]>, width: number | undefined, lang: Lang): {bands: Band[]; fits: boolean} {
	const count = comparison.columns.length;
	if (width === undefined) {
		return {bands: [{first: 0, shown: count}], fits: true};
	}

	const cited = cells.reduce((sum, row) => sum + row.filter(cell => cell.citation !== null).length, 0);
	const marker = `[^${cited}]`.length;
	// Per line of the table, a report column's cell: header, alignment, each area's row (empty), each indicator.
	const cellWidth = (line: number, column: number): number => {
		if (line === 0) {
			return displayWidth(escapeMarkdown(columnLabel(comparison.columns[column]!, lang)));
		}

		const row = line - 2 - comparison.groups.length;
		const cell = cells[row]?.[column];
		return line === 1 ? '---:'.length : cell === undefined ? 0 : displayWidth(cell.text) + (cell.citation === null ? 0 : marker);
	};

	// `| a | b |`: each cell and 3 columns, and 1.
	const base = frozen.map(line => line.reduce((sum, cell) => sum + displayWidth(cell) + 3, 1));
	const bands: Band[] = [];
	let fits = true;
	let first = 0;
	while (first < count) {
		const used = base.map((size, line) => size + cellWidth(line, first) + 3);
		fits &&= used.every(size => size <= width);
		let shown = 1;
		while (first + shown < count && used.every((size, line) => size + cellWidth(line, first + shown) + 3 <= width)) {
			used.forEach((size, line) => {
				used[line] = size + cellWidth(line, first + shown) + 3;
			});
			shown++;
		}

		bands.push({first, shown});
		first += shown;
	}

	return {bands, fits};
}

export function renderMarkdown(reports: readonly ReportSummary[], {filters = {}, lang = 'zh', columns, cwd, hidden = [], shape = {year: null}}: MarkdownOptions = {}): string {
	// One column per district, on the year most of them report, as the dashboard compares them.
	const comparison = reshape(buildComparison(reports, filters), shape);
	if (comparison.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const cells = valueCells(comparison, lang, cwd);
	const labels = comparison.rows.map(row => escapeMarkdown(labelOf(row.indicator, lang)));
	const units = comparison.rows.map(row => escapeMarkdown(unitLabel(row.indicator.unit, lang)));
	const areas = comparison.groups.map(group => `**${escapeMarkdown(labelOf(group.area, lang))}**`);
	const head = [escapeMarkdown(labelOf(words.indicator, lang)), escapeMarkdown(labelOf(words.unit, lang))];
	// The peers' statistics end every band (they are the whole group's, not the band's) where a district still
	// fits beside them; a Markdown row cannot wrap.
	const frozenWith = (peers: PeerColumn): Array<readonly string[]> => [
		[head[0]!, head[1]!, ...peers.head],
		[':---', ':---', ...peers.head.map(() => '---:')],
		...areas.map(area => [area, '', ...peers.head.map(() => '')]),
		...labels.map((label, index) => [label, units[index]!, ...(peers.rows[index] === undefined ? [] : [peers.rows[index]])]),
	];
	let peers = peerColumn(comparison, lang);
	let {bands, fits} = bandsOf(comparison, cells, frozenWith(peers), columns, lang);
	if (!fits && peers.head.length > 0) {
		peers = noPeers;
		({bands} = bandsOf(comparison, cells, frozenWith(peers), columns, lang));
	}


	const numbers = new Map<string, number>();
	const notes: string[] = [];
	const cite = ({text, citation}: Cell) => {
		if (citation === null) {
			return text;
		}

		let number = numbers.get(citation.key);
		if (number === undefined) {
			number = notes.length + 1;
			numbers.set(citation.key, number);
			notes.push(`[^${number}]: ${citation.note}`);
		}

		return `${text}[^${number}]`;
	};

	const rowIndex = new Map(comparison.rows.map((row, index) => [row, index]));
	const tables = bands.map(({first, shown}) => {
		const picked = comparison.columns.slice(first, first + shown);
		const lines = [
			line([...head, ...picked.map(column => escapeMarkdown(columnLabel(column, lang))), ...peers.head]),
			line([':---', ':---', ...picked.map(() => '---:'), ...peers.head.map(() => '---:')]),
		];
		for (const group of comparison.groups) {
			lines.push(line([areas[comparison.groups.indexOf(group)]!, '', ...picked.map(() => ''), ...peers.head.map(() => '')]));
			for (const row of group.rows) {
				const index = rowIndex.get(row) ?? 0;
				lines.push(line([labels[index]!, units[index]!, ...cells[index]!.slice(first, first + shown).map(cite), ...(peers.rows[index] === undefined ? [] : [peers.rows[index]])]));
			}
		}

		// With more than one table, each says which reports it holds.
		return bands.length === 1 ? lines : [bandTitle({first, shown}, comparison.columns.length, lang), '', ...lines];
	});

	const legend = packEntries(legendEntries(lang, anyReviewed(reports), peers.head.length > 0).map(each => escapeMarkdown(each)), columns ?? Number.POSITIVE_INFINITY, ' · ');
	const others = notShown(reports, hidden, filters, lang, cwd);
	return [...tables.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines])), '', ...legend, ...(others.length > 0 ? ['', ...others] : []), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n') + '\n';
}

/**
The files the table does not show because another file covers the same district and year: named with their
facts' count, so a reader knows they exist (CSV and JSON keep every fact of them).
*/
function notShown(reports: readonly ReportSummary[], hidden: readonly ReportSummary[], filters: Filters, lang: Lang, cwd: string | undefined): string[] {
	const kept = selectReports(hidden, filters);
	if (kept.length === 0) {
		return [];
	}

	return [
		escapeMarkdown(labelOf(words.notShown, lang)),
		'',
		...kept.map(report => `- ${escapeMarkdown(`${labelOf(districtLabel(reports, report) ?? words.unknownDistrict, lang)} ${report.year ?? ''}`.trim())}: ${escapeMarkdown(citedPath(report.file, cwd))} (${selectFacts(report, filters).length} ${labelOf(words.facts, lang)})`),
	];
}
