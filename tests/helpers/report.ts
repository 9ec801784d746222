import {expect, it} from 'vitest';
import {parseReport} from '../../source/parse/index.js';
import type {Fact, Report} from '../../source/parse/types.js';

/** A minimal report around some body text, as a district would write it. */
export function reportOf(body: string, year = 2024): Report {
	const text = `某某区人民政府${year}年法治政府建设年度情况报告\n一、${year}年法治政府建设主要举措和成效\n${body}\n`;
	return parseReport(text, {file: 'test.txt'});
}

/** The reported (not derived) facts of a body text as [indicator, value] pairs. */
export function factsOf(body: string, year = 2024): Array<[string, number]> {
	return reportOf(body, year).facts.filter(fact => !fact.derived).map((fact: Fact) => [fact.indicator, fact.value]);
}

/** A body text and the facts it must give: none for a near miss. */
export type FactsCase = [string, Array<[string, number]>];

/** One test per case: the body's reported facts, exactly, in a report on `year`. */
export function eachFacts(cases: FactsCase[], year = 2024): void {
	it.each(cases)('%s', (body, expected) => {
		expect(factsOf(body, year)).toEqual(expected);
	});
}
