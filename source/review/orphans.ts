/**
Orphaned decisions told where the load can tell them: in the errors view and on
stderr, as a note on the review file naming the record, the number and its report,
so a person can fix or delete the record. Never dropped without a word.
*/
import type {Sourced} from './decision.js';

/** Of a list of decisions, by place: those a report applied, and those whose number it no longer has. */
export type ReviewTally = {readonly applied: readonly number[]; readonly orphaned: readonly number[]; readonly conflicts?: ReadonlyArray<readonly number[]>};

/** The decisions orphaned in some report and applied in none (a file and its copy may both be loaded). */
export function orphansOf(decisions: readonly Sourced[], tallies: Iterable<ReviewTally | undefined>): Sourced[] {
	const applied = new Set<number>();
	const orphaned = new Set<number>();
	for (const tally of tallies) {
		for (const place of tally?.applied ?? []) applied.add(place);
		for (const place of tally?.orphaned ?? []) orphaned.add(place);
	}

	return [...orphaned].filter(place => !applied.has(place)).sort((a, b) => a - b).map(place => decisions[place]!);
}

/** One line for a person: which record, which number, and why it no longer applies. */
export function orphanMessage({decision, record}: Sourced): string {
	const where = [decision.file, decision.code, decision.year].filter(part => part !== null && part !== '').join(' ');
	return `record ${record}: ${decision.action} ${decision.indicator} "${decision.expression}" no longer found in ${where === '' ? 'its report' : where} (the sentence or the number changed): orphaned, not applied`;
}

/** Decisions that disagree, one line naming each file's record. */
export function conflictMessage(group: readonly Sourced[]): string {
	const {decision} = group[0]!;
	const sides = group.map(({source, record, decision: each}) => `${source} record ${record}: ${each.action}${each.value === null ? '' : ` ${each.value}`}`);
	return `conflicting decisions on ${decision.indicator} "${decision.expression}" (${sides.join('; ')}): the parser's value stands`;
}

/** The conflicts the reports found, each told once (a file and its copy hold the same one). */
export function conflictsOf(decisions: readonly Sourced[], tallies: Iterable<ReviewTally | undefined>): Sourced[][] {
	const told = new Map<string, Sourced[]>();
	for (const tally of tallies) {
		for (const places of tally?.conflicts ?? []) {
			told.set(places.join(','), places.map(place => decisions[place]!));
		}
	}

	return [...told.values()];
}
