/**
Every fact of every loaded report as one CSV row, for spreadsheets: RFC 4180 quoting, CRLF line ends, and a
byte-order mark, without which Excel reads UTF-8 Chinese as mojibake.
A derived value's year is the year it stands for (2023 from a 2024 report), so a pivot on year never puts it
beside the value the report stated; `derived` marks it. `headline` marks the one fact per district, year and
indicator that the tables show, so a pivot filtered on it gets one number per cell; `shown` is false for the
facts of a file hidden by another for the same district and year.
A streamed export writes a report's rows where it is parsed (csvPiece), before the corpus is known: the two
cells that depend on other reports are written as most reports have them, and where they are is kept for
the writer to change the few that differ (snapshot/export.ts).
*/
import {Buffer} from 'node:buffer';

import {indicatorById} from '../catalog/indicators.js';
import type {Duplicate} from '../corpus/store.js';
import {type Derivation, derivationsOf, derivedLookup, derivedYear} from '../model/derived.js';
import {selectFacts, selectReports, type Filters} from '../model/filters.js';
import {statedHeadlines} from '../model/headline.js';
import {compareReports} from '../model/order.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import type {ReviewedFact} from '../review/apply.js';
import {csvField} from '../text/csv-field.js';
import {citedPath, reportId} from './paths.js';

export {csvField} from '../text/csv-field.js';

export type CsvOptions = {
	readonly filters?: Filters;
	/** Files for the same district and year: the hidden ones' facts are written with shown=false. */
	readonly duplicates?: ReadonlyArray<Duplicate<ReportSummary>>;
	/** Where rol-dash was run from: files under it are cited relative to it. */
	readonly cwd?: string;
};

export const csvHeader = [
	'district', 'code', 'year', 'indicator', 'label_zh', 'label_en', 'value', 'unit', 'approx', 'derived', 'file', 'line', 'sentence',
	'headline', 'section', 'yoy_kind', 'yoy_value', 'derived_formula', 'shown', 'report_id', 'review', 'original_value',
] as const;

/**
A streamed row's cells that depend on other reports, found by a mark as wide as what is then written over it:
`true` where the report's being shown decides (its `shown` cell, and the `headline` of its own headline facts),
`false` for a value it derives for another year, true only if the tables show that. C0 controls never occur in
a cell (the text and file names are sanitized: text/sanitize.ts), so a mark cannot be mistaken for text.
*/
const shownMark = {mark: '\u0001'.repeat(4), byte: 1, written: 'true'};
const derivedMark = {mark: '\u0002'.repeat(5), byte: 2, written: 'false'};

type Mark = {readonly mark: string};


const cell = (value: boolean | Mark): string => (typeof value === 'boolean' ? String(value) : value.mark);

export const csvHeaderLine = '\uFEFF' + csvHeader.map(csvField).join(',') + '\r\n';

/** An indicator's id and labels as cells: the same for every row of it, so written once. */
const indicatorCells = new Map<string, string>();

function indicatorOf(id: string): string {
	let cells = indicatorCells.get(id);
	if (cells === undefined) {
		const indicator = indicatorById(id);
		cells = [id, indicator?.zh ?? null, indicator?.en ?? null].map(csvField).join(',');
		indicatorCells.set(id, cells);
	}

	return cells;
}

/** A report's rows, in csvHeader's order, its headline and shown cells as given. */
function rows(report: ReportSummary, filters: Filters, cwd: string | undefined, headline: (fact: Fact) => boolean | Mark, shown: boolean | Mark): string {
	const file = citedPath(report.file, cwd);
	// What every row of the report repeats, written once.
	const place = `${csvField(report.district.name ?? report.district.fullName)},${csvField(report.district.code)}`;
	const source = csvField(file);
	const end = `${cell(shown)},${csvField(reportId(file))},`;
	let text = '';
	for (const fact of selectFacts(report, filters) as ReviewedFact[]) {
		const year = fact.derived === null ? report.year : derivedYear(fact, report);
		text += `${place},${csvField(year)},${indicatorOf(fact.indicator)},${csvField(fact.value)},${csvField(fact.unit)},${fact.approx},${fact.derived !== null},`
			+ `${source},${fact.line},${csvField(fact.text)},${cell(headline(fact))},${csvField(fact.section)},`
			+ `${csvField(fact.yoy?.kind ?? null)},${csvField(fact.yoy?.value ?? null)},${csvField(fact.derived?.formula ?? null)},${end}`
			+ `${csvField(fact.review?.action ?? null)},${csvField(fact.review?.original ?? null)}\r\n`;
	}

	return text;
}

/**
The facts the tables show: each shown report's headline per indicator, and a value derived from a later
report where the report of that year does not state it.
*/
function headlines(shown: readonly ReportSummary[]): Set<Fact> {
	const chosen = new Set<Fact>();
	const derivedFor = derivedLookup(shown);
	for (const report of shown) {
		const stated = statedHeadlines(report);
		for (const fact of stated.values()) chosen.add(fact);
		for (const [indicator, from] of derivedFor(report)) {
			if (!stated.has(indicator)) chosen.add(from.fact);
		}
	}

	return chosen;
}

/** The whole corpus at once, from reports in memory. */
export function renderCsv(reports: readonly ReportSummary[], {filters = {}, duplicates = [], cwd}: CsvOptions = {}): string {
	const hidden = new Set<ReportSummary>(duplicates.flatMap(duplicate => duplicate.hidden));
	const headline = headlines(reports.filter(report => !hidden.has(report)));
	let text = csvHeaderLine;
	for (const report of selectReports(reports, filters).sort(compareReports)) {
		text += rows(report, filters, cwd, fact => headline.has(fact), !hidden.has(report));
	}

	return text;
}

/**
One report's rows for a streamed export, UTF-8, as a shown report's are with no derived value shown, and
where the cells are that depend on other reports: each cell's byte offset, doubled, plus one for a derived
value's headline (those come in the order of derivationsOf) and none for a cell the report's being shown
decides (its `shown` cells and its own headline facts'). The other facts are no headline whatever else loads.
*/
/** A report's rows, and what they were decided from: its sketch needs the same, and need not work it out again. */
export type CsvPiece = {
	readonly bytes: Uint8Array;
	readonly cells: Uint32Array;
	readonly stated: ReadonlyMap<string, Fact>;
	readonly derivations: ReadonlyArray<Derivation<Fact>>;
};

export function csvPiece(report: ReportSummary, {filters = {}, cwd}: Pick<CsvOptions, 'filters' | 'cwd'> = {}): CsvPiece {
	const stated = statedHeadlines(report);
	const derivations = derivationsOf(report);
	const offered = new Set(derivations.map(derivation => derivation.fact));
	const text = rows(report, filters, cwd, fact => (fact.derived === null ? (stated.get(fact.indicator) === fact ? shownMark : false) : (offered.has(fact) ? derivedMark : false)), shownMark);
	const bytes = new TextEncoder().encode(text);
	const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const cells: number[] = [];
	let shownAt = view.indexOf(shownMark.byte);
	let derivedAt = view.indexOf(derivedMark.byte);
	while (shownAt !== -1 || derivedAt !== -1) {
		const isShown = derivedAt === -1 || (shownAt !== -1 && shownAt < derivedAt);
		const {written} = isShown ? shownMark : derivedMark;
		const at = isShown ? shownAt : derivedAt;
		view.write(written, at, 'latin1');
		cells.push((at * 2) + (isShown ? 0 : 1));
		if (isShown) {
			shownAt = view.indexOf(shownMark.byte, at + written.length);
		} else {
			derivedAt = view.indexOf(derivedMark.byte, at + written.length);
		}
	}

	return {bytes, cells: Uint32Array.from(cells), stated, derivations};
}
