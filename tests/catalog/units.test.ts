import {describe, expect, it} from 'vitest';
import {indicators as catalog, type Indicator} from '../../source/catalog/indicators.js';
import {rules} from '../../source/parse/facts/rules/index.js';
import {units} from '../../source/parse/quantities/units.js';

const indicators: readonly Indicator[] = catalog;

describe('the units each indicator accepts as its own measure', () => {
	it('are measure words the parser reads', () => {
		const known = new Set<string>(units);
		const unknown = indicators.flatMap(indicator => indicator.accepts.filter(unit => !known.has(unit)).map(unit => `${indicator.id} ${unit}`));
		expect(unknown).toEqual([]);
	});

	it('are words the indicator\'s rule can read, never its own unit again', () => {
		const read = new Map<string, ReadonlySet<string>>(rules.map(rule => [rule.indicator, new Set(rule.units)]));
		const odd = indicators.flatMap(indicator => indicator.accepts
			.filter(unit => unit === indicator.unit || !read.get(indicator.id)?.has(unit))
			.map(unit => `${indicator.id} ${unit}`));
		expect(odd).toEqual([]);
	});

	it('keep apart what counts differently: people from person-times, times from items, a share from a count', () => {
		const accepts = (id: string) => indicators.find(indicator => indicator.id === id)!.accepts;
		expect(accepts('training.officials')).not.toContain('人');
		expect(accepts('enforcement.staff_trained')).not.toContain('人次');
		expect(accepts('decisions.legal_opinions')).not.toContain('次');
		expect(accepts('legal_services.consultations')).not.toContain('件');
		expect(accepts('petitions.volume')).not.toContain('人次');
		expect(indicators.filter(indicator => indicator.unit === '%' && indicator.accepts.length > 0)).toEqual([]);
		expect(indicators.filter(indicator => indicator.unit !== '%' && indicator.accepts.includes('%'))).toEqual([]);
	});
});
