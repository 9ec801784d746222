import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseReport} from '../../source/parse/index.js';

type GoldFact = [string, number, {approx?: boolean; yoy?: {kind: string; value: number}}?];
type GoldReport = {file: string; district: string; code: string | null; year: number; published?: string; facts: GoldFact[]; also?: GoldFact[]};

// The seed gold, copied into the repository so the suite stands alone.
const gold = JSON.parse(readFileSync(new URL('../fixtures/gold/seeds.json', import.meta.url), 'utf8')) as {reports: GoldReport[]};
const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

describe.each(gold.reports)('$file', expected => {
	const report = parseReport(readFileSync(new URL(`../../seeds/${expected.file}`, import.meta.url), 'utf8'), {file: expected.file});
	const reported = report.facts.filter(fact => !fact.derived);

	it('knows its district, code and year', () => {
		expect(report.district.name?.endsWith(expected.district)).toBe(true);
		expect(report.district.code).toBe(expected.code);
		expect(report.year).toBe(expected.year);
		if (expected.published) {
			expect(report.published).toBe(expected.published);
		}
	});

	it('finds every gold fact, with its hedge and year-on-year change', () => {
		for (const [indicator, value, extra] of expected.facts) {
			const hit = reported.find(fact => fact.indicator === indicator && same(fact.value, value));
			expect(hit, `${indicator}=${value}`).toBeDefined();
			expect(hit!.approx, `${indicator}=${value} approx`).toBe(Boolean(extra?.approx));
			if (extra?.yoy) {
				expect(hit!.yoy).toMatchObject(extra.yoy);
			}
		}
	});

	it('states no other fact', () => {
		const allowed = [...expected.facts, ...(expected.also ?? [])];
		const wrong = reported.filter(fact => !allowed.some(([indicator, value]) => indicator === fact.indicator && same(fact.value, value)));
		expect(wrong.map(fact => `${fact.indicator}=${fact.value} (${fact.text})`)).toEqual([]);
	});
});
