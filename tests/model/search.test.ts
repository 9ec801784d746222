import {beforeAll, describe, expect, test} from 'vitest';
import {loadPinyin, matchesQuery, matchesWritten} from '../../source/model/search.js';

beforeAll(loadPinyin);

describe('/ filter matching', () => {
	test('pinyin initials find Chinese labels: fy finds 复议, cy finds 朝阳区', () => {
		expect(matchesQuery(['行政复议收案'], 'fy')).toBe(true);
		expect(matchesQuery(['朝阳区'], 'cy')).toBe(true);
		expect(matchesQuery(['重庆市江北区'], 'cq')).toBe(true);
		expect(matchesQuery(['信访总量'], 'fy')).toBe(false);
	});

	test('whole pinyin and the characters themselves, case and spaces ignored', () => {
		expect(matchesQuery(['朝阳区'], 'ChaoYang')).toBe(true);
		expect(matchesQuery(['行政诉讼败诉率'], '败诉')).toBe(true);
		expect(matchesQuery(['行政诉讼败诉率'], 'bai su')).toBe(true);
	});

	test('English at the start of a word, so initials do not find "Agency"', () => {
		expect(matchesQuery(['Lawsuit loss rate'], 'loss')).toBe(true);
		expect(matchesQuery(['Lawsuit loss rate'], 'loss r')).toBe(true);
		expect(matchesQuery(['Agency heads appearing in court'], 'cy')).toBe(false);
		expect(matchesQuery(['Reconsideration cases received'], 'RECON')).toBe(true);
	});

	test('an empty query matches everything', () => {
		expect(matchesQuery(['任何'], '  ')).toBe(true);
	});

	test('a file name is found as written, never by pinyin', () => {
		expect(matchesWritten('报告/朝阳区2023年法治政府建设报告.html', '朝阳区2023')).toBe(true);
		expect(matchesWritten('报告/朝阳区2023年法治政府建设报告.html', 'cyq')).toBe(false);
		expect(matchesWritten('seeds/000_9fca992f16ce8107.txt', '000')).toBe(true);
		expect(matchesWritten('seeds/000_9fca992f16ce8107.txt', 'fca')).toBe(false);
	});
});
