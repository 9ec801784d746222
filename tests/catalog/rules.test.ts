import {describe, expect, it} from 'vitest';
import {indicators} from '../../source/catalog/indicators.js';
import {rules} from '../../source/parse/facts/rules/index.js';

describe('the catalog and the rules', () => {
	it('has exactly one rule for every catalog id', () => {
		const ruleCount = new Map<string, number>();
		for (const rule of rules) ruleCount.set(rule.indicator, (ruleCount.get(rule.indicator) ?? 0) + 1);
		const counts = indicators.map(indicator => [indicator.id, ruleCount.get(indicator.id) ?? 0]);
		expect(counts.filter(([, count]) => count !== 1)).toEqual([]);
	});

	it('has no rule for an id the catalog does not list', () => {
		const ids = new Set<string>(indicators.map(indicator => indicator.id));
		expect(rules.map(rule => rule.indicator).filter(id => !ids.has(id))).toEqual([]);
	});
});
