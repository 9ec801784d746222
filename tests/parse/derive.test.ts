import {describe, expect, it} from 'vitest';
import {reportOf} from '../helpers/report.js';

describe('derived prior-year values', () => {
	it('computes last year\'s count from a relative change, marked as derived', () => {
		const report = reportOf('全区办理信访事项4480件次,同比下降27.81%。');
		const [reported, prior] = report.facts;
		expect(reported).toMatchObject({value: 4480, derived: null, yoy: {kind: 'pct', value: -27.81}});
		expect(prior).toMatchObject({
			indicator: 'petitions.volume',
			value: 6206,
			approx: true,
			derived: {kind: 'prior-year', year: 2023, from: '同比下降27.81%', formula: '4480 ÷ (1 − 27.81%) ≈ 6205.85'},
		});
	});

	it('subtracts percentage points from a rate', () => {
		const [, prior] = reportOf('全区行政争议实质性化解率为92.6%,较2023年提升了约10个百分点。').facts;
		expect(prior).toMatchObject({value: 82.6, derived: {year: 2023, formula: '92.6% − 10 pp = 82.6%'}});
	});

	it('derives nothing where no change is stated', () => {
		expect(reportOf('受理行政复议案件666件。').facts.filter(fact => fact.derived)).toEqual([]);
	});
});
