/**
A figure stated twice: once in an overview (受理一审行政诉讼案件585件), again with its change on the year before
(共受理一审行政诉讼案件585件,同比增长12.28%). The first statement is the one comparisons show, so it carries the
change the second gives; both keep their own sentences, and the first's why names the line the change is from.
*/
import type {Fact} from '../types.js';

export function lendRestatedChanges(facts: Fact[]): void {
	// Few facts state a change: those are gathered first, and most reports stop here.
	const changed: number[] = [];
	for (let i = 0; i < facts.length; i++) {
		const fact = facts[i]!;
		if (fact.yoy !== null && fact.derived === null) changed.push(i);
	}

	if (changed.length === 0) return;
	for (let i = 0; i < changed.at(-1)!; i++) {
		const fact = facts[i]!;
		if (fact.yoy !== null || fact.derived !== null) continue;
		// The nearest later statement of the same indicator and value that states a change.
		const at = changed.find(j => j > i && sameFigure(facts[j]!, fact));
		if (at === undefined) continue;
		const restated = facts[at]!;
		const why = `change from line ${restated.line}, where it is restated`;
		facts[i] = {...fact, yoy: restated.yoy, why: fact.why === undefined ? why : `${fact.why} · ${why}`};
	}
}

function sameFigure(a: Fact, b: Fact): boolean {
	return a.value === b.value && a.indicator === b.indicator && a.unit === b.unit;
}
