import {describe, expect, it} from 'vitest';
import {factsOf, reportOf} from '../helpers/report.js';

// Classes found on a fresh sample of real reports (issue 12), in phrasings written for these tests: a subject
// given only by a section's title, and disclosure offices' own cases. Each with the near misses that must not
// become facts.

describe('a section title on 复议 alone gives a case count under it its subject', () => {
	const sections = (body: string) => factsOf(`(一)行政复议工作情况\n1.收案情况。全区共收到行政复议申请318件。\n2.结案情况。${body}\n(二)行政应诉工作情况\n1.结案情况。已审结案件96件。`);

	it('reads the concluded cases under the 复议 title, and not those under the lawsuits title', () => {
		expect(sections('已审结案件287件,未审结案件31件。')).toEqual([
			['reconsideration.received', 318],
			['reconsideration.closed', 287],
		]);
	});

	it('says where the subject came from', () => {
		const fact = reportOf('(一)行政复议案件\n2.审结情况。本年度已审结案件57件。').facts.find(f => f.indicator === 'reconsideration.closed');
		expect(fact?.why).toBe('审结 + 复议 (heading)');
	});

	it.each([
		// The figure names no case: 办结 alone may be anything a section mentions.
		['(一)行政复议情况\n2.审结情况。全年办结群众诉求412件。', []],
		// A title on 复议 beside other work: its 复议 is not the subject of every count under it.
		['(五)依法化解矛盾纠纷和行政复议\n全年办结案件640件。', []],
		// The sentence speaks of lawsuits: the title does not overrule it.
		['(一)行政复议案件\n复议后提起行政诉讼并已审结案件14件。', []],
	] as Array<[string, Array<[string, number]>]>)('%s', (body, expected) => {
		expect(factsOf(body)).toEqual(expected);
	});
});

describe('a disclosure office\'s own 复议 and 诉讼 cases are not the district\'s', () => {
	it.each([
		['(二)依申请公开情况\n本年度共收到政府信息公开申请36件;发生行政复议案件2件,行政诉讼案件1件。', [['transparency.requests', 36]]],
		['本年度收到依申请公开14件,均按时答复,引发行政复议1件。', [['transparency.requests', 14]]],
		// A breakdown after the total leaves the total standing.
		['全年共受理行政复议案件135件,其中涉及政府信息公开的12件。', [['reconsideration.received', 135]]],
		['全区行政机关被提起行政诉讼案件77件。', [['litigation.cases', 77]]],
	] as Array<[string, Array<[string, number]>]>)('%s', (body, expected) => {
		expect(factsOf(body)).toEqual(expected);
	});
});
