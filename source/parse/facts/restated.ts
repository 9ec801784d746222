/**
A figure stated twice: once in an overview (受理一审行政诉讼案件585件), again with its change on the year before
(共受理一审行政诉讼案件585件,同比增长12.28%). The first statement is the one comparisons show, so it carries the
change the second gives; both keep their own sentences, and the first's why names the line the change is from.
*/
import type {Fact} from '../types.js';

export function lendRestatedChanges(facts: Fact[]): void {
	// Walking back, the nearest later statement of the same indicator and value that states a change.
	const later = new Map<string, Fact>();
	for (let i = facts.length - 1; i >= 0; i--) {
		const fact = facts[i]!;
		if (fact.derived !== null) continue;
		const key = `${fact.indicator}\u0000${fact.value}\u0000${fact.unit}`;
		if (fact.yoy !== null) {
			later.set(key, fact);
			continue;
		}

		const restated = later.get(key);
		if (restated !== undefined) {
			const why = `change from line ${restated.line}, where it is restated`;
			facts[i] = {...fact, yoy: restated.yoy, why: fact.why === undefined ? why : `${fact.why} · ${why}`};
		}
	}
}
