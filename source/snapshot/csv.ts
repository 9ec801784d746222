/**
Every fact as one CSV row, for spreadsheets: RFC 4180 quoting, CRLF line ends, and a
byte-order mark, without which Excel reads UTF-8 Chinese as mojibake.
A derived value's year is the year it stands for (2023 from a 2024 report), so a
pivot on year never puts it beside the value the report stated; `derived` marks it.
*/
import {indicatorById} from '../catalog/indicators.js';
import {compareReports, derivedYear, selectFacts, selectReports, type Filters} from '../model/index.js';
import type {ReportSummary} from '../parse/types.js';

export type CsvOptions = {
	readonly filters?: Filters;
};

export const csvHeader = ['district', 'code', 'year', 'indicator', 'label_zh', 'label_en', 'value', 'unit', 'approx', 'derived', 'file', 'line', 'sentence'] as const;

export function csvField(value: string | number | boolean | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function renderCsv(reports: readonly ReportSummary[], {filters = {}}: CsvOptions = {}): string {
	const records: Array<ReadonlyArray<string | number | boolean | null>> = [csvHeader];
	for (const report of selectReports(reports, filters).sort(compareReports)) {
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
				report.file,
				fact.line,
				fact.text,
			]);
		}
	}

	return '\uFEFF' + records.map(record => record.map(field => csvField(field)).join(',') + '\r\n').join('');
}
