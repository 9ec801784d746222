import {describe, expect, it} from 'vitest';
import {reportOf} from '../helpers/report.js';

describe('a figure restated with its change', () => {
	it('gives the first statement the change the later one states, and says where it is from', () => {
		const report = reportOf('全年受理行政复议申请320件。\n二、复议工作\n全年共受理行政复议申请320件,同比增长12.5%。');
		const received = report.facts.filter(fact => fact.indicator === 'reconsideration.received' && fact.derived === null);
		expect(received.map(fact => [fact.line, fact.value, fact.yoy])).toEqual([
			[3, 320, {kind: 'pct', value: 12.5, text: '同比增长12.5%'}],
			[5, 320, {kind: 'pct', value: 12.5, text: '同比增长12.5%'}],
		]);
		expect(received[0]!.text).toBe('全年受理行政复议申请320件。');
		expect(received[0]!.why).toContain('change from line 5');
	});

	it('lends no change to another value or another indicator', () => {
		const report = reportOf('全年受理行政复议申请300件,审结290件。\n全年共受理行政复议申请320件,同比增长12.5%。');
		expect(report.facts.filter(fact => fact.derived === null).map(fact => [fact.indicator, fact.value, fact.yoy?.value ?? null])).toEqual([
			['reconsideration.received', 300, null],
			['reconsideration.closed', 290, null],
			['reconsideration.received', 320, 12.5],
		]);
	});
});
