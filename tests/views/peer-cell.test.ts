import {describe, expect, test} from 'vitest';
import {peerCell} from '../../source/views/peer-cell.js';

const stats = {disclosing: 16, median: 13.5, q1: 9.5, q3: 17.25, rank: 3, percentile: 81, judged: true};

describe('the peer statistics cell', () => {
	test('median [IQR] rank/peers Pnn, in the best colour in the top quarter where the catalog says which way is better', () => {
		expect(peerCell(stats, '件', {lang: 'zh'})).toEqual({text: '13.5 [9.5–17.25] 3/16 P81', tone: 'rank.best'});
		expect(peerCell({...stats, rank: 14, percentile: 13}, '件', {lang: 'zh'}).tone).toBe('rank.worst');
	});

	test('no judgement where neither way is better, and no rank when the pin has no comparable value', () => {
		expect(peerCell({...stats, judged: false}, '件', {lang: 'zh'}).tone).toBe('text.primary');
		expect(peerCell({...stats, rank: null, percentile: null}, '件', {lang: 'zh'})).toEqual({text: '13.5 [9.5–17.25] —/16', tone: 'text.primary'});
		expect(peerCell(null, '件', {lang: 'zh'}).text).toBe('—');
	});

	test('with no district pinned: the median, its range and how many disclose; one value has no range', () => {
		expect(peerCell(stats, '件', {lang: 'zh'}, false)).toEqual({text: '13.5 [9.5–17.25] n=16', tone: 'text.primary'});
		expect(peerCell({...stats, disclosing: 1, median: 42, q1: 42, q3: 42, rank: null, percentile: null}, '件', {lang: 'zh'}, false).text).toBe('42 n=1');
	});

	test('statistics to four significant figures, whole from a thousand', () => {
		expect(peerCell({...stats, median: 3599.5, q1: 1823.25, q3: 5375.75}, '件', {lang: 'zh'}, false).text).toBe('3,600 [1,823–5,376] n=16');
		expect(peerCell({...stats, median: 330, q1: 46.25, q3: 618.75}, '件', {lang: 'zh'}, false).text).toBe('330 [46.25–618.8] n=16');
		expect(peerCell({...stats, median: 39.95, q1: 39.95, q3: 39.95}, '%', {lang: 'zh'}, false).text).toBe('39.95% [39.95%–39.95%] n=16');
	});
});
