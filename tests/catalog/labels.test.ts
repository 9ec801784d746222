import {describe, expect, it} from 'vitest';
import {indicators, type Indicator} from '../../source/catalog/indicators.js';
import {displayWidth} from '../../source/views/table-layout.js';

// The width an English label has at 80 columns (a quarter of them): what the abbreviations are written to.
const room = 20;

describe('the catalog\'s English labels', () => {
	it('every label wider than a narrow table\'s labels has an abbreviation that fits it', () => {
		const all: readonly Indicator[] = indicators;
		expect(all.filter(indicator => displayWidth(indicator.en) > room && indicator.short === undefined).map(indicator => indicator.en)).toEqual([]);
		expect(all.filter(indicator => indicator.short !== undefined && displayWidth(indicator.short) > room).map(indicator => indicator.short)).toEqual([]);
	});

	it('no two abbreviations read the same, nor an abbreviation as another label', () => {
		const shown = indicators.map(indicator => (indicator as Indicator).short ?? indicator.en);
		expect(new Set(shown).size).toBe(shown.length);
	});
});
