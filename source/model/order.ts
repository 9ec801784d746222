/**
The order reports are shown in: by province, then district in pinyin order, then
year, the file breaking ties. Missing values go last.
*/
import type {ReportSummary} from '../parse/types.js';
import {chineseCollator} from '../text/intl.js';


/**
Each distinct text's place in collation order. Collating is the slow part of a sort
(a national corpus is 30,000 reports, 150,000 comparisons or more); the distinct
names are a few thousand, so they are collated once and reports compare numbers.
*/
function ranks(texts: Iterable<string | null>): Map<string, number> {
	const distinct = [...new Set(texts)].filter((text): text is string => text !== null).sort(chineseCollator().compare);
	const out = new Map<string, number>();
	distinct.forEach((text, index) => {
		const previous = distinct[index - 1];
		// Texts the collator holds equal share a rank, as they would tie in compareReports.
		out.set(text, previous !== undefined && chineseCollator().compare(previous, text) === 0 ? out.get(previous)! : index);
	});
	return out;
}

// Missing values sort last, so unresolved reports do not push real ones down.
function compareText(a: string | null, b: string | null): number {
	if (a === b) {
		return 0;
	}

	if (a === null) {
		return 1;
	}

	if (b === null) {
		return -1;
	}

	return chineseCollator().compare(a, b);
}

function compareNumber(a: number | null, b: number | null): number {
	return a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;
}

/** What the order reads of a report: a whole one, its summary, or an export's sketch of it. */
export type Ordered = Pick<ReportSummary, 'district' | 'year' | 'file'>;

const districtName = (report: Ordered) => report.district.name ?? report.district.fullName;

/** By province, then district (pinyin order), then year; the file breaks ties. */
export function compareReports(a: Ordered, b: Ordered): number {
	return compareText(a.district.province, b.district.province)
		|| compareText(districtName(a), districtName(b))
		|| compareText(a.district.code, b.district.code)
		|| compareNumber(a.year, b.year)
		|| compareText(a.file, b.file);
}

/** The reports in compareReports order, each text collated once rather than at every comparison. */
export function sortReports<R extends Ordered>(reports: readonly R[]): R[] {
	const provinces = ranks(reports.map(report => report.district.province));
	const names = ranks(reports.map(districtName));
	const rank = (map: Map<string, number>, text: string | null) => (text === null ? null : map.get(text)!);
	const keyed = reports.map(report => ({report, province: rank(provinces, report.district.province), name: rank(names, districtName(report))}));
	keyed.sort((a, b) => compareNumber(a.province, b.province)
		|| compareNumber(a.name, b.name)
		// Codes are digits and files rarely tie: the collator stays for them.
		|| compareText(a.report.district.code, b.report.district.code)
		|| compareNumber(a.report.year, b.report.year)
		|| compareText(a.report.file, b.report.file));
	return keyed.map(({report}) => report);
}
