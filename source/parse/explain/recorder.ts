/**
Listens to parseReport (a ParseTrace) and turns what it hears into the trace's
entries: one per number expression, in file order.
*/
import type {Candidate} from '../quantities/candidate.js';
import type {Dropped, QuantitySink} from '../quantities/sink.js';
import {joinNames, markBefore, namedKind, namedWhy, type Named} from './names.js';
import type {Entry} from './reasons.js';
import type {Fact, Quantity} from '../types.js';
import type {MetadataReasons, ParseTrace, TracedQuantity, TracedSentence} from './trace.js';
import {type Outranking, verdictOf} from './verdict.js';
import type {Weakness} from '../facts/outranked.js';

type Span = {readonly index: number; readonly end: number};

/** Everything heard of one sentence. */
type Heard = {
	readonly sentence: TracedSentence;
	readonly rejected: Array<{readonly parser: string} & Span>;
	readonly dropped: Array<{readonly candidate: Candidate; readonly why: Dropped; readonly by: Candidate | undefined}>;
	readonly changes: Array<{readonly change: Candidate; readonly targets: readonly Candidate[]}>;
	readonly quantities: TracedQuantity[];
};

const within = (inner: Span, outer: Span): boolean => inner.index >= outer.index && inner.end <= outer.end;

export class Recorder implements ParseTrace {
	private readonly heard: Heard[] = [];
	private reasons: MetadataReasons = {district: '', year: ''};
	/** Facts set aside once the whole report was read, by their quantity: the fact that outranks each, and why. */
	private readonly outrankedBy = new Map<Quantity, Outranking>();

	metadata(reasons: MetadataReasons): void {
		this.reasons = reasons;
	}

	/** What decided the district and the year. */
	metadataReasons(): MetadataReasons {
		return this.reasons;
	}

	sentence(sentence: TracedSentence): QuantitySink {
		const heard: Heard = {sentence, rejected: [], dropped: [], changes: [], quantities: []};
		this.heard.push(heard);
		return {
			rejected(parser, index, end) {
				heard.rejected.push({parser, index, end});
			},
			dropped(candidate, why, by) {
				heard.dropped.push({candidate, why, by});
			},
			change(change, targets) {
				heard.changes.push({change, targets});
			},
		};
	}

	quantity(traced: TracedQuantity): void {
		this.heard.at(-1)?.quantities.push(traced);
	}

	outranked(quantity: Quantity, by: Fact, weakness: Weakness): void {
		this.outrankedBy.set(quantity, {by, weakness});
	}

	/** The entries of every sentence heard, in file order; `year` is the report's. */
	entries(year: number | null): Entry[] {
		const entries = this.heard.flatMap(heard => sentenceEntries(heard, year, this.outrankedBy));
		// Sentences come in file order, but a line's names and quantities are heard apart.
		return entries.sort((a, b) => a.line - b.line || a.column - b.column);
	}
}

function sentenceEntries(heard: Heard, year: number | null, outrankedBy: ReadonlyMap<Quantity, Outranking>): Entry[] {
	const {sentence} = heard;
	const entry = (span: Span, outcome: Entry['outcome'], why: string): Entry => ({
		line: sentence.line,
		column: sentence.start + span.index,
		expression: sentence.display.slice(sentence.start + span.index, sentence.start + span.end).trim(),
		outcome,
		why,
	});
	const text = (span: Span): string => sentence.display.slice(sentence.start + span.index, sentence.start + span.end).trim();

	// What the parsers' readings cover: a number inside one (百分之95's 95, 较2023年's 2023) is part of it.
	const readings: Span[] = [
		...heard.quantities.map(({quantity}) => quantity),
		...heard.changes.map(({change}) => change),
		...heard.dropped.filter(({why}) => why !== 'overlap').map(({candidate}) => candidate),
		...heard.dropped.flatMap(({by}) => (by === undefined ? [] : [by])),
	];
	const out: Entry[] = [];

	const names: Named[] = heard.rejected
		.filter(span => !readings.some(reading => within(span, reading)))
		.map(({parser, index, end}) => namedKind(parser, sentence.read, index, end));
	for (const name of joinNames(names)) {
		out.push(entry(name, {kind: 'excluded', by: name.kind}, namedWhy[name.kind] ?? name.kind));
	}

	for (const {candidate, why, by} of heard.dropped) {
		if (why === 'overlap') {
			// A shorter reading inside the longer one that stands is no expression of its own.
			if (by !== undefined && !within(candidate, by)) {
				out.push(entry(candidate, {kind: 'excluded', by: 'overlap'}, `overlaps ${text(by)}, the longer reading`));
			}
		} else {
			// 第3次 whole: the 第 is what makes it an ordinal.
			const span = why === 'ordinal' ? {index: markBefore(sentence.read, candidate.index), end: candidate.end} : candidate;
			out.push(entry(span, {kind: 'excluded', by: why}, nameWhy(why, sentence.read, candidate)));
		}
	}

	for (const {change, targets} of heard.changes) {
		// A change with no figure before it stands as a quantity of its own (below).
		if (targets.length > 0) {
			const of = targets.map(target => text(target)).join(', ');
			out.push(entry(change, {kind: 'change', of}, targets.length > 1 ? 'a year-on-year change per figure before it (分别), in order' : 'a year-on-year change of the figure before it'));
		}
	}

	for (const traced of heard.quantities) {
		const {outcome, why} = verdictOf(traced, year, outrankedBy.get(traced.quantity));
		out.push(entry(traced.quantity, outcome, why));
	}

	return out;
}

function nameWhy(why: Exclude<Dropped, 'overlap'>, read: string, candidate: Candidate): string {
	switch (why) {
		case 'quoted': {
			return 'inside quotes or title marks: part of a name';
		}

		case 'ordinal': {
			return read[markBefore(read, candidate.index)] === '第'
				? 'after 第: an ordinal, not an amount'
				: 'listed after an ordinal with 第 (第20条和21条): an ordinal too, not an amount';
		}

		case 'slogan': {
			return `a duration naming a service (${read.slice(candidate.index, candidate.end + 6)}…)`;
		}
	}
}
