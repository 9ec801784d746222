import {readFileSync} from 'node:fs';
import {describe, expect, it, test} from 'vitest';
import {parseReport} from '../../source/parse/index.js';
import {headlineFact} from '../../source/model/index.js';
import {chaoyang2024, fact, jiangbei2024, report} from '../fixtures/reports.js';

describe('headlineFact', () => {
	test('the first statement in a results section, over an earlier one the outline cannot place and a later one under duties', () => {
		// 朝阳区 states 出庭应诉 three times: 12 in the preamble, 281 in the results, 4 under the head's duties.
		expect(headlineFact(chaoyang2024, 'litigation.head_appearances')?.value).toBe(281);
	});

	test('never a derived value, even on the same line', () => {
		const headline = headlineFact(chaoyang2024, 'petitions.volume');
		expect(headline?.value).toBe(18_426);
		expect(headline?.derived).toBeNull();
	});

	test('a statement outside the results still counts when it is the only one', () => {
		expect(headlineFact(chaoyang2024, 'leadership.pre_meeting_study')?.value).toBe(4);
	});

	test('a target in next year\'s plans is not a result of the year', () => {
		expect(headlineFact(chaoyang2024, 'training.officials')).toBeNull();
	});

	test('without an outline, the first statement by line', () => {
		const twice = report({
			file: 'x.txt',
			district: jiangbei2024.district,
			year: 2024,
			facts: [
				fact({indicator: 'disputes.mediated', value: 2654, unit: '件', line: 30, section: '', text: '成功调解纠纷2654件。'}),
				fact({indicator: 'disputes.mediated', value: 11_600, unit: '件', line: 25, section: '', text: '调解矛盾纠纷1.16万件。'}),
			],
		});
		expect(headlineFact(twice, 'disputes.mediated')?.value).toBe(11_600);
	});

	test('an indicator the report does not state has no headline', () => {
		expect(headlineFact(jiangbei2024, 'reconsideration.received')).toBeNull();
	});
});

describe('headline on a real report', () => {
	it('prefers the statement in the catalog unit over an earlier one in another', () => {
		const report = parseReport(readFileSync(new URL('../../seeds/003_6fb21ec396b5b360.txt', import.meta.url), 'utf8'));
		expect(headlineFact(report, 'litigation.head_appearances')).toMatchObject({value: 44, unit: '人次'});
	});
});
