/**
Comparing like with like: the columns align on one year, one column per district. A
district without a report of that year shows its nearest earlier one, marked; a
district whose reports are all later is left out (it has nothing to say about that
year, and `y` reaches its years). A person may step one district's column to another
of its years (`Y`) without changing the others. A column of another year than the
aligned one is never ranked against the rest.
*/
import type {SortKey} from './comparable.js';
import type {Column} from './comparison.js';
import {districtId} from './identity.js';

/**
The year most districts report; among years as many report, the latest. Districts, not reports, are
counted: two files of one district and year are one. Null when no column has a year.
*/
export function alignedYear(columns: readonly Column[]): number | null {
	const districts = new Map<number, Set<string>>();
	for (const {report, year} of columns) {
		if (year !== null) {
			const own = districts.get(year) ?? new Set<string>();
			own.add(districtId(report));
			districts.set(year, own);
		}
	}

	let best: number | null = null;
	let most = 0;
	for (const [year, own] of districts) {
		if (own.size > most || (own.size === most && best !== null && year > best)) {
			best = year;
			most = own.size;
		}
	}

	return best;
}

/** Each district's one column: the chosen year's report, else the latest before it; a report without a year last of all. */
function pick(indexes: readonly number[], columns: readonly Column[], year: number): number | null {
	let exact: number | null = null;
	let earlier: number | null = null;
	let undated: number | null = null;
	for (const index of indexes) {
		const own = columns[index]!.year;
		if (own === year) {
			exact ??= index;
		} else if (own === null) {
			undated ??= index;
		} else if (own < year && (earlier === null || own > columns[earlier]!.year!)) {
			earlier = index;
		}
	}

	return exact ?? earlier ?? undated;
}

export type Aligned = {
	/** Indexes into the columns, one per district, in the order the districts first appear. */
	readonly indexes: number[];
	/** The columns to show, those of another year marked. */
	readonly columns: Column[];
};

/**
One column per district among `indexes`: of `year`, else the district's nearest earlier report;
`chosen` holds districts stepped to another of their years (district id → year).
*/
export function alignColumns(columns: readonly Column[], indexes: readonly number[], year: number, chosen: Readonly<Record<string, number>> = {}): Aligned {
	const byDistrict = new Map<string, number[]>();
	for (const index of indexes) {
		const id = districtId(columns[index]!.report);
		const own = byDistrict.get(id);
		if (own === undefined) {
			byDistrict.set(id, [index]);
		} else {
			own.push(index);
		}
	}

	const kept: number[] = [];
	const shown: Column[] = [];
	for (const [id, own] of byDistrict) {
		const wanted = chosen[id];
		const index = (wanted === undefined ? null : pick(own, columns, wanted)) ?? pick(own, columns, year);
		if (index === null) {
			continue;
		}

		const column = columns[index]!;
		kept.push(index);
		shown.push(column.year === year ? column : {...column, offYear: column.year !== null && column.year > year ? 'later' : 'earlier'});
	}

	return {indexes: kept, columns: shown};
}

/** Whether a column's values may be ranked (best, worst, bars, spread) against the aligned ones. */
export function ranksWith(column: Column | undefined): boolean {
	return column?.offYear === undefined;
}

/** Where a column's cell sorts (comparable.ts): a value of another year with those that do not compare, after the ranked. */
export function rankedKey(key: SortKey, column: Column | undefined): SortKey {
	return key.tier === 0 && !ranksWith(column) ? {tier: 1, value: 0} : key;
}

/** A district's years among the columns, latest first: what `Y` steps its column through. */
export function yearsOfDistrict(columns: readonly Column[], district: string): number[] {
	const years = new Set<number>();
	for (const column of columns) {
		if (column.year !== null && districtId(column.report) === district) {
			years.add(column.year);
		}
	}

	return [...years].sort((a, b) => b - a);
}
