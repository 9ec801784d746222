/**
Every fact of every loaded report as one CSV row, for spreadsheets: RFC 4180 quoting, CRLF line ends, and a
byte-order mark, without which Excel reads UTF-8 Chinese as mojibake.
A derived value's year is the year it stands for (2023 from a 2024 report), so a pivot on year never puts it
beside the value the report stated; `derived` marks it. `headline` marks the one fact per district, year and
indicator that the tables show, so a pivot filtered on it gets one number per cell; `shown` is false for the
facts of a file hidden by another for the same district and year.
*/
import {indicatorById} from '../catalog/indicators.js';
import type {Duplicate} from '../corpus.js';
import {compareReports, derivedLookup, derivedYear, selectFacts, selectReports, statedHeadlines, type Filters} from '../model/index.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import {citedPath, reportId} from './paths.js';

export type CsvOptions = {
	readonly filters?: Filters;
	/** Files for the same district and year: the hidden ones' facts are written with shown=false. */
	readonly duplicates?: ReadonlyArray<Duplicate<ReportSummary>>;
	/** Where rol-dash was run from: files under it are cited relative to it. */
	readonly cwd?: string;
};

export const csvHeader = [
	'district', 'code', 'year', 'indicator', 'label_zh', 'label_en', 'value', 'unit', 'approx', 'derived', 'file', 'line', 'sentence',
	'headline', 'section', 'yoy_kind', 'yoy_value', 'derived_formula', 'shown', 'report_id',
] as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first): OWASP's advice, a leading quote. */
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
	// Numbers are written as numbers (a negative change stays -23.4); only text can smuggle a formula.
	const text = value === null ? '' : typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

export function renderCsv(reports: readonly ReportSummary[], {filters = {}, duplicates = [], cwd}: CsvOptions = {}): string {
	const hidden = new Set<ReportSummary>(duplicates.flatMap(duplicate => duplicate.hidden));
	const headline = headlines(reports.filter(report => !hidden.has(report)));
	const records: Array<ReadonlyArray<string | number | boolean | null>> = [csvHeader];
	for (const report of selectReports(reports, filters).sort(compareReports)) {
		const file = citedPath(report.file, cwd);
		const id = reportId(file);
		for (const fact of selectFacts(report, filters)) {
			const indicator = indicatorById(fact.indicator);
			records.push([
				report.district.name ?? report.district.fullName,
				report.district.code,
				fact.derived === null ? report.year : derivedYear(fact, report),
				fact.indicator,
				indicator?.zh ?? null,
				indicator?.en ?? null,
				fact.value,
				fact.unit,
				fact.approx,
				fact.derived !== null,
				file,
				fact.line,
				fact.text,
				headline.has(fact),
				fact.section,
				fact.yoy?.kind ?? null,
				fact.yoy?.value ?? null,
				fact.derived?.formula ?? null,
				!hidden.has(report),
				id,
			]);
		}
	}

	return '\uFEFF' + records.map(record => record.map(field => csvField(field)).join(',') + '\r\n').join('');
}
