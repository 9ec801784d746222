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
});
