/**
Decisions applied to one report's facts. A confirmed fact stays as read; a corrected
one takes the person's value and unit and keeps the parser's as `original`; a
rejected one stays in the list (the district view shows it) but marked, so the tables
leave it out; an added one is a fact the parser missed, made from the decision and
its anchor. Decisions on the same number from different review files that disagree
are a conflict: the parser's reading stands, marked, and both are listed. A decision
whose number is no longer in the report is returned as orphaned, never dropped.
*/
import type {Fact, Figure} from '../parse/types.js';
import {locate, sentenceKey} from './anchor.js';
import type {Decision, ReviewAction, Sourced} from './decision.js';

export type FactReview = {
	readonly action: ReviewAction | 'conflict';
	/** The parser's value where a person changed it. */
	readonly original: number | null;
	readonly originalUnit: string | null;
	readonly note: string;
	/** The review files (and records) that decided it: two or more for a conflict. */
	readonly sources: ReadonlyArray<{readonly source: string; readonly record: number}>;
};

export type ReviewedFact = Fact & {readonly review?: FactReview};

export type Reviewed = {
	readonly facts: ReviewedFact[];
	readonly orphans: Sourced[];
	readonly conflicts: Sourced[][];
};

/** What one number is, whoever decides on it: decisions with the same key are about the same number. */
function anchorKey({decision}: Sourced): string {
	return [decision.indicator, sentenceKey(decision.expression), sentenceKey(decision.sentence)].join('\u0000');
}

/**
One decision per number: within one review file the last record wins (a person changed their mind); across
files, decisions that do not say the same thing are a conflict.
*/
function settle(decisions: readonly Sourced[]): {agreed: Sourced[]; conflicts: Sourced[][]} {
	const groups = new Map<string, Map<string, Sourced>>();
	for (const sourced of decisions) {
		const key = anchorKey(sourced);
		const bySource = groups.get(key) ?? new Map<string, Sourced>();
		groups.set(key, bySource);
		bySource.set(sourced.source, sourced);
	}

	const agreed: Sourced[] = [];
	const conflicts: Sourced[][] = [];
	const says = ({decision}: Sourced) => `${decision.action} ${decision.value ?? ''} ${decision.unit}`;
	for (const bySource of groups.values()) {
		const members = [...bySource.values()];
		if (new Set(members.map(says)).size > 1) {
			conflicts.push(members);
		} else {
			agreed.push(members[0]!);
		}
	}

	return {agreed, conflicts};
}

function review(decision: Decision, fact: Fact | null, sources: readonly Sourced[]): FactReview {
	const changed = decision.action === 'corrected';
	return {
		action: decision.action,
		original: changed && fact !== null ? fact.value : null,
		originalUnit: changed && fact !== null ? fact.unit : null,
		note: decision.note,
		sources: sources.map(({source, record}) => ({source, record})),
	};
}

function addedFact({decision}: Sourced, anchor: Figure | Fact | null): Fact {
	return {
		indicator: decision.indicator,
		value: decision.value!,
		unit: decision.unit,
		approx: false,
		yoy: null,
		derived: null,
		text: anchor?.text ?? decision.sentence,
		match: anchor?.match ?? decision.expression,
		line: anchor?.line ?? decision.line ?? 0,
		section: anchor?.section ?? '',
		why: 'added by a person (review file)',
	};
}

/**
The report's facts with these decisions (already the ones for this report) applied. `figures` are the numbers
no indicator took, where an added fact's anchor is looked for; when a report's details are not at hand it is
undefined, and an addition is then trusted to its sentence.
*/
export function applyReview(facts: readonly Fact[], figures: readonly Figure[] | undefined, decisions: readonly Sourced[]): Reviewed {
	const {agreed, conflicts} = settle(decisions);
	const reviewed: ReviewedFact[] = [...facts];
	const orphans: Sourced[] = [];
	for (const group of conflicts) {
		const {decision} = group[0]!;
		const own = ownFacts(reviewed, decision.indicator);
		const index = locate(decision, own.map(([fact]) => fact));
		if (index === null) {
			orphans.push(...group);
		} else {
			const [fact, at] = own[index]!;
			reviewed[at] = {...fact, review: {action: 'conflict', original: null, originalUnit: null, note: '', sources: group.map(({source, record}) => ({source, record}))}};
		}
	}

	for (const sourced of agreed) {
		const {decision} = sourced;
		const own = ownFacts(reviewed, decision.indicator);
		const index = locate(decision, own.map(([fact]) => fact));
		if (index !== null) {
			const [fact, at] = own[index]!;
			const value = decision.action === 'corrected' ? {value: decision.value!, unit: decision.unit === '' ? fact.unit : decision.unit} : {};
			// A number the parser now reads itself is still the person's addition: it was checked.
			reviewed[at] = {...fact, ...value, review: review(decision, fact, [sourced])};
		} else if (decision.action === 'added') {
			// A figure no indicator took, or a number the parser gave to another indicator (a person rejects that one).
			const candidates: Array<Figure | Fact> = [...(figures ?? []), ...facts];
			const anchor = candidates[locate(decision, candidates) ?? -1];
			if (figures !== undefined && anchor === undefined) {
				orphans.push(sourced);
			} else {
				reviewed.push({...addedFact(sourced, anchor ?? null), review: review(decision, null, [sourced])});
			}
		} else {
			orphans.push(sourced);
		}
	}

	return {facts: reviewed, orphans, conflicts};
}

/** The facts of one indicator, each with where it sits in the whole list. */
function ownFacts(facts: readonly ReviewedFact[], indicator: string): Array<[ReviewedFact, number]> {
	const own: Array<[ReviewedFact, number]> = [];
	facts.forEach((fact, index) => {
		if (fact.indicator === indicator) {
			own.push([fact, index]);
		}
	});
	return own;
}

/** Whether the tables show this fact: a rejected one is left out (the district view still lists it). */
export function inTables(fact: ReviewedFact): boolean {
	return fact.review?.action !== 'rejected';
}

/** Whether a person vouched for this value: it then heads its row over what only the parser read. */
export function byPerson(fact: ReviewedFact): boolean {
	const action = fact.review?.action;
	return action === 'confirmed' || action === 'corrected' || action === 'added';
}

/** Whether any of these reports carries a person's decision: the legend then says what the review's marks mean. */
export function anyReviewed(reports: ReadonlyArray<{readonly facts: readonly ReviewedFact[]}>): boolean {
	return reports.some(report => report.facts.some(fact => fact.review !== undefined));
}
