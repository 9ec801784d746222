/**
What the pool and its workers say to each other. Reports cross as JSON text:
structured clone builds every object property by property (each with an
out-of-object property array) and copies a string every time it meets it;
JSON.parse builds compact objects (3,000 reports: 80 MB held against 102 MB).
Either way, and with positional arrays too, decoding costs about a third of
parsing: it is building the objects, not reading the text, so this is a bound
on what workers can gain. Reports are JSON data already: the --json contract.

Within a report, every figure read from one sentence repeats that sentence, and
every figure in one section repeats its path: each is sent once, in a table, and
the figures name it by number. A fifth less text, and the decoded report shares
those strings as the parsed one did.
*/
import type {Fact, Figure, Report} from '../parse/types.js';
import type {Outcome} from './outcome.js';

export type Batch = {
	readonly id: number;
	readonly files: readonly string[];
};

/** Sent once the worker's code has loaded: a worker that fails before it cannot start at all. */
export type Ready = {readonly ready: true};

export type Done = {
	readonly id: number;
	/** JSON of Wire[]. */
	readonly outcomes: string;
};

type Mutable<T> = {-readonly [K in keyof T]: T[K]};
type Shared = Pick<Figure, 'text' | 'section'>;
/** A report outcome with its figures' text and section as indices into `strings`. */
type Wire = Outcome | {readonly report: Report; readonly strings: readonly string[]};

function tabled(report: Report): Wire {
	const strings: string[] = [];
	const slots = new Map<string, number>();
	const slot = (text: string): number => {
		let index = slots.get(text);
		if (index === undefined) {
			index = strings.push(text) - 1;
			slots.set(text, index);
		}

		return index;
	};

	const refer = <T extends Shared>(figure: T): T => ({...figure, text: slot(figure.text), section: slot(figure.section)});
	return {report: {...report, facts: report.facts.map(refer), figures: report.figures.map(refer)}, strings};
}

function untabled(report: Report, strings: readonly string[]): Report {
	const resolve = (figure: Mutable<Shared>): void => {
		figure.text = strings[figure.text as unknown as number]!;
		figure.section = strings[figure.section as unknown as number]!;
	};

	report.facts.forEach(fact => {
		resolve(fact as Mutable<Fact>);
	});
	report.figures.forEach(figure => {
		resolve(figure as Mutable<Figure>);
	});
	return report;
}

export const encode = (outcomes: readonly Outcome[]): string =>
	JSON.stringify(outcomes.map(outcome => ('report' in outcome ? tabled(outcome.report) : outcome)));

export const decode = (json: string): Outcome[] =>
	(JSON.parse(json) as Wire[]).map(wire => ('strings' in wire ? {report: untabled(wire.report, wire.strings)} : wire));
