import {describe, expect, test} from 'vitest';
import type {Report} from '../../source/parse/types.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {chaoyang2024, reports} from '../fixtures/reports.js';

type Contract = {reports: Report[]; errors: Array<{file: string; reason: string}>};

const json = ({errors, ...options}: Partial<Parameters<typeof renderSnapshot>[1]> & {errors?: Array<{file: string; reason: string}>} = {}) =>
	JSON.parse(renderSnapshot(wholeStore(reports, {errors}), {format: 'json', ...options})) as Contract;

describe('json snapshot', () => {
	test('the --json contract: reports and errors, every report field kept', () => {
		const output = json({errors: [{file: 'broken.doc', reason: 'unsupported'}]});
		expect(output.errors).toEqual([{file: 'broken.doc', reason: 'unsupported'}]);
		expect(output.reports).toHaveLength(reports.length);
		expect(Object.keys(output.reports[0]!).sort()).toEqual(Object.keys(chaoyang2024).sort());
		expect(output.reports[0]).toEqual(JSON.parse(JSON.stringify(chaoyang2024)));
	});

	test('filters narrow the reports and their facts, keeping the fields', () => {
		const output = json({filters: {district: ['朝阳区'], year: [2024], indicator: ['petitions.volume']}});
		expect(output.reports.map(each => each.file)).toEqual(['seeds/000_9fca992f16ce8107.txt']);
		const [only] = output.reports;
		expect(only?.facts.map(fact => [fact.value, fact.derived?.formula ?? null])).toEqual([[18_426, null], [24_055, '18426 ÷ (1 − 23.4%) ≈ 24055']]);
		expect(only?.outline).toEqual(JSON.parse(JSON.stringify(chaoyang2024.outline)));
	});
});
