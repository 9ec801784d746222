import {expect, test} from 'vitest';
import {applyReview} from '../../source/review/apply.js';
import type {Sourced} from '../../source/review/decision.js';
import {renderGold} from '../../source/snapshot/gold.js';
import {chaoyang2024, jiangbei2024} from '../fixtures/reports.js';

const factOf = (indicator: string) => chaoyang2024.facts.find(fact => fact.indicator === indicator)!;

function decision(indicator: string, action: Sourced['decision']['action'], value: number | null = null): Sourced {
	const fact = factOf(indicator);
	return {
		source: 'review.csv',
		record: 2,
		decision: {file: '', hash: '', code: '110105', year: 2024, indicator, expression: fact.match, line: fact.line, sentence: fact.text, original: fact.value, action, value, unit: fact.unit, note: '', time: ''},
	};
}

test('a gold file of the reviewed reports only: vouched values are facts, unjudged readings also, rejected ones neither', () => {
	const {facts} = applyReview(chaoyang2024.facts, undefined, [
		decision('litigation.cases', 'corrected', 1054),
		decision('reconsideration.received', 'confirmed'),
		decision('reconsideration.closed', 'rejected'),
	]);
	const gold = JSON.parse(renderGold([{...chaoyang2024, facts}, jiangbei2024])) as {reports: Array<{file: string; code: string; year: number; facts: unknown[]; also: unknown[]}>};
	expect(gold.reports.map(report => [report.file, report.code, report.year])).toEqual([['000_9fca992f16ce8107.txt', '110105', 2024]]);
	const [report] = gold.reports;
	expect(report!.facts).toEqual([['reconsideration.received', 7152], ['litigation.cases', 1054]]);
	expect(report!.also).not.toContainEqual(['reconsideration.closed', 6929]);
	expect(report!.also).not.toContainEqual(['litigation.cases', 1045]);
	expect(report!.also).toContainEqual(['transparency.disclosed', 21_500]);
});
