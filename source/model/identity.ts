/**
Names that survive a reload. A cursor holds keys, not indexes, so when the reports
change under it (a file rewritten, a filter applied) it stays on the same district,
year and indicator wherever they moved, and falls back to a neighbour when gone.
*/
import type {ReportSummary} from '../parse/types.js';

/** A district across its years: its code, else its full name, else its name, else its one file. */
export function districtId(report: ReportSummary): string {
	const {code, fullName, name} = report.district;
	return code ?? fullName ?? name ?? `file:${report.file}`;
}

const separator = '@';

/** One district in one year: `110105@2024`. */
export function yearKey(district: string, year: number | null): string {
	return `${district}${separator}${year ?? '?'}`;
}

export function reportKey(report: ReportSummary): string {
	return yearKey(districtId(report), report.year);
}

/** The district part of a year key. */
export function districtOfKey(key: string): string {
	const at = key.lastIndexOf(separator);
	return at === -1 ? key : key.slice(0, at);
}

export function yearOfKey(key: string): number | null {
	const year = Number(key.slice(key.lastIndexOf(separator) + 1));
	return Number.isInteger(year) && year > 0 ? year : null;
}

/** The cursor on the label column of a table rather than on a report. */
export const labelKey = '#label';

/**
Where a key sits in an order: exactly, else at the same district in another year
(a derived-only year has no compare column), else at the start. No key yet, or a
report gone from the order (another peer group picked), means the first report, not
the label column before it.
*/
export function indexOfKey(order: readonly string[], key: string | null): number {
	const first = () => Math.max(0, order.findIndex(each => each !== labelKey));
	if (order.length === 0) {
		return 0;
	}

	if (key === null) {
		return first();
	}

	const exact = order.indexOf(key);
	if (exact !== -1) {
		return exact;
	}

	if (!key.includes(separator)) {
		return 0;
	}

	const district = districtOfKey(key);
	const sibling = order.findIndex(each => each.includes(separator) && districtOfKey(each) === district);
	return sibling === -1 ? first() : sibling;
}
