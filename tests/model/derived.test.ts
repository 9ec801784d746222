import {describe, expect, test} from 'vitest';
import {buildComparison, compareReports, derivedYear, firstInResults, sameDistrict, sortReports, type Derived} from '../../source/model/index.js';
import type {Report, ReportSummary} from '../../source/parse/types.js';
import {fact} from '../fixtures/reports.js';
import {changchunChaoyang2024, chaoyang2023, chaoyang2024, jiangbei2024, kaifengZone2024, mentougou2020} from '../fixtures/reports.js';

/** The scan buildComparison used to do for every cell: every report, for every report and indicator. */
function scanned(report: ReportSummary, indicator: string, corpus: readonly Report[]): Derived | undefined {
	for (const other of corpus) {
		if (other === report || report.year === null || !sameDistrict(other, report)) {
			continue;
		}

		const fact = firstInResults(other, each => each.indicator === indicator && derivedYear(each, other) === report.year);
		if (fact !== null) {
			return {fact, source: other};
		}
	}

	return undefined;
}

let files = 0;

/** A report moved to another district or year, stating a prior-year value for each indicator given (year null: the year before). */
function moved(report: Report, district: Partial<Report['district']>, year = report.year, derives: ReadonlyArray<[string, number | null]> = []): Report {
	const derived = derives.map(([indicator, of], index) => fact({
		indicator, value: 100 + index, unit: '件', approx: true, line: 90 + index, section: '',
		derived: {kind: 'prior-year', year: of, from: '同比下降10%', formula: '90 ÷ (1 − 10%) ≈ 100'},
		text: '同比下降10%。',
	}));
	return {...report, district: {...report.district, ...district}, year, facts: [...report.facts, ...derived], file: `moved-${files++}.txt`};
}

// The tricky matches: a report without a code finds a coded one by its full name and the other way round,
// two codes that differ never match even when the names agree, and a report never derives its own year.
const corpus: Report[] = [
	chaoyang2024,
	chaoyang2023,
	moved(chaoyang2023, {code: null}, 2023, [['litigation.cases', 2022]]),
	moved(chaoyang2024, {code: null}, 2025, [['petitions.volume', null], ['litigation.cases', 2023]]),
	moved(chaoyang2024, {}, 2022, [['litigation.cases', null]]),
	changchunChaoyang2024,
	moved(changchunChaoyang2024, {}, 2023),
	moved(changchunChaoyang2024, {}, 2025, [['litigation.cases', 2024], ['petitions.volume', 2023]]),
	moved(chaoyang2024, {code: '110106'}, 2024, [['litigation.cases', 2023]]),
	jiangbei2024,
	moved(jiangbei2024, {}, 2023, [['petitions.volume', 2024]]),
	moved(jiangbei2024, {}, 2025, [['petitions.volume', null], ['disputes.mediated', null]]),
	kaifengZone2024,
	moved(kaifengZone2024, {}, 2023),
	moved(kaifengZone2024, {}, 2022, [['litigation.cases', 2022]]),
	moved(kaifengZone2024, {}, 2025, [['disputes.mediated', 2024], ['disputes.mediated', 2023]]),
	mentougou2020,
	moved(mentougou2020, {name: null, fullName: null, code: null}, 2019),
	moved(mentougou2020, {name: null, fullName: null, code: null}, 2021, [['petitions.volume', 2019]]),
];

describe('derived values, looked up instead of scanned', () => {
	test('every cell holds what the scan over the whole corpus found', () => {
		const comparison = buildComparison(corpus);
		let derived = 0;
		for (const row of comparison.rows) {
			comparison.columns.forEach((column, index) => {
				const expected = scanned(column.report, row.indicator.id, corpus);
				derived += expected === undefined ? 0 : 1;
				expect(row.cells[index]?.derived).toEqual(expected);
			});
		}

		// The corpus is worth testing only if it derives something.
		expect(derived).toBeGreaterThan(8);
	});

	test('sortReports orders as compareReports does', () => {
		const shuffled = [...corpus].reverse();
		expect(sortReports(shuffled)).toEqual([...shuffled].sort(compareReports));
	});
});
