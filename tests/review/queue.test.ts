import {expect, test} from 'vitest';
import {applyReview} from '../../source/review/apply.js';
import type {Sourced} from '../../source/review/decision.js';
import {reviewQueue} from '../../source/review/queue.js';
import {chaoyang2024, mentougou2020} from '../fixtures/reports.js';

function decided(indicator: string, action: 'confirmed' | 'rejected'): Sourced {
	const fact = chaoyang2024.facts.find(each => each.indicator === indicator)!;
	return {source: 'r.csv', record: 2, decision: {file: '', hash: '', code: '110105', year: 2024, indicator, expression: fact.match, line: fact.line, sentence: fact.text, original: fact.value, action, value: null, unit: '', note: '', time: ''}};
}

test('the queue offers each district\'s undecided headline facts in catalog order, and counts what is decided', () => {
	const before = reviewQueue([chaoyang2024, mentougou2020]);
	expect(before.reviewed).toBe(0);
	expect(before.waiting.length).toBe(before.total);
	expect(before.waiting[0]!.report).toBe(chaoyang2024);
	const {facts} = applyReview(chaoyang2024.facts, undefined, [decided('reconsideration.received', 'confirmed'), decided('litigation.cases', 'rejected')]);
	const after = reviewQueue([{...chaoyang2024, facts}, mentougou2020]);
	expect(after.reviewed).toBe(2);
	expect(after.total).toBe(before.total);
	const ids = after.waiting.filter(item => item.report.district.code === '110105').map(item => item.fact.indicator);
	expect(ids).not.toContain('reconsideration.received');
	expect(ids).not.toContain('litigation.cases');
	expect(ids.indexOf('transparency.disclosed')).toBeLessThan(ids.indexOf('reconsideration.closed'));
});
