import {describe, expect, test} from 'vitest';
import {buildComparison} from '../../source/model/index.js';
import {peerStats, quantile} from '../../source/model/peer-stats.js';
import {reshape} from '../../source/model/reshape.js';
import {peerReports} from '../fixtures/peers.js';

const shaped = reshape(buildComparison(peerReports), {year: 2024});
const row = (id: string) => shaped.rows.find(each => each.indicator.id === id)!;
const stats = (id: string, pinned: string | null) => peerStats(row(id), shaped.columns, pinned);

describe('peer statistics of a row', () => {
	test('the columns: 六区 stands in with its 2023 report, marked, on the 2024 columns', () => {
		const marked = Object.fromEntries(shaped.columns.map(column => [column.report.district.name, column.offYear ?? null]));
		expect(marked).toEqual({甲区: null, 乙区: null, 丙区: null, 丁区: null, 东区: null, 六区: 'earlier'});
	});

	test('lawsuits lost (less is better): 5, 2, 8 and 3起 count; 4次 (another measure) and 六区\'s 2023 value do not', () => {
		// Sorted 2 3 5 8: median between 3 and 5 = 4; Q1 at 0.75 of the way from 2 to 3; Q3 a quarter from 5 to 8.
		// 甲区's 5 is beaten by 2 and 3: third of four, ahead of one of the four = P25.
		expect(stats('litigation.lost', '990101')).toEqual({disclosing: 4, median: 4, q1: 2.75, q3: 5.75, rank: 3, percentile: 25, judged: true});
		expect(stats('litigation.lost', '990102')).toMatchObject({rank: 1, percentile: 75});
	});

	test('a pinned district whose value does not compare has no rank; the peers\' figures stand', () => {
		expect(stats('litigation.lost', '990105')).toMatchObject({disclosing: 4, median: 4, rank: null, percentile: null});
		expect(stats('litigation.lost', '990106')).toMatchObject({disclosing: 4, rank: null});
		expect(stats('litigation.lost', null)).toMatchObject({disclosing: 4, rank: null});
	});

	test('where the catalog names no better way, the rank is by value, largest first, and not judged', () => {
		// 10, 30, 20: 甲区's 10 is the smallest of three.
		expect(stats('decisions.legal_opinions', '990101')).toEqual({disclosing: 3, median: 20, q1: 15, q3: 25, rank: 3, percentile: 0, judged: false});
	});

	test('sixteen peers, third of them: 3 / 16, P81', () => {
		expect(Math.round((100 * (16 - 3)) / 16)).toBe(81);
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([7], 0.25)).toBe(7);
	});
});
