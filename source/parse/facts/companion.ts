/**
A figure that follows another with nothing between them counts what the one before reached: in
举办法治讲座15场8600余人次 the 8600 people are the audience of the 15 events. Only pairs whose second
figure can mean nothing else are read so; a word between them (15场,培训干部860人次) gives it its own reading.
*/
import type {IndicatorId} from '../../catalog/indicators.js';
import type {Rule} from './rule.js';
import {rules} from './rules/index.js';
import type {Words} from './words.js';

const pairs: ReadonlyArray<readonly [IndicatorId, IndicatorId, readonly string[]]> = [
	['education.events', 'education.audience', ['人次']],
];

const companions = new Map(pairs.map(([first, second, units]) => [first, {rule: rules.find(rule => rule.indicator === second)!, units}]));

/** The rule of the figure's companion reading, or undefined: the figure right after one read by a paired rule. */
export function companion(unit: string, words: Words): Rule | undefined {
	const previous = words.previous;
	const first = previous?.rule;
	if (previous === undefined || first === null || first === undefined) {
		return undefined;
	}

	const pair = companions.get(first.indicator);
	if (pair === undefined || !pair.units.includes(unit)) {
		return undefined;
	}

	const between = words.sentence.slice(previous.quantity.end, words.quantity.index);
	return between.trim() === '' ? pair.rule : undefined;
}
