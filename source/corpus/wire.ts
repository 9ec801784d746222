/**
How a whole report or a summary crosses from a worker to this thread: as JSON text:
structured clone builds every object property by property (each with an
out-of-object property array) and copies a string every time it meets it;
JSON.parse builds compact objects, a fifth smaller. Either way, and with
positional arrays too, decoding costs about a third of parsing: it is building
the objects, not reading the text, so this is a bound on what workers can gain.
Reports are JSON data already: the --json contract. (What else was tried, and
how it measured: docs/performance.md.)

A dashboard's load sends summaries (model/summary), cut in the worker: no figures,
shortcomings, plans or outline (the kind of each fact's section instead), and a
third of the text.

One text per file, not one per batch (execute/messages.ts): a batch's text (32 reports, some 800 KB of
two-byte characters) is a large object on both sides, fresh memory the kernel
must map for each batch, where a report's (some 25 KB) lives in the young
generation's reused pages.

Within a report, every figure read from one sentence repeats that sentence, and
every figure in one section repeats its path: each is sent once, in a table, and
the figures name it by number. A fifth less text, and the decoded report shares
those strings as the parsed one did.
*/
import {isWhole} from '../model/summary.js';
import type {Fact, Figure, ReportSummary} from '../parse/types.js';
import type {Outcome} from './outcome.js';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};
type Shared = Pick<Figure, 'text' | 'section'>;
/** A report outcome with its figures' text and section as indices into `strings`. */
type Wire = Outcome<ReportSummary> | {readonly report: ReportSummary; readonly strings: readonly string[]};

/**
The report as sent, its figures' text and section replaced in place by their
numbers in the table: the worker sends each report once and keeps nothing, so
copying every figure first would be wasted work.
*/
function tabled(report: ReportSummary): Wire {
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

	const refer = (figure: Mutable<Shared>): void => {
		const numbered = figure as Mutable<Record<keyof Shared, unknown>>;
		numbered.text = slot(figure.text);
		numbered.section = slot(figure.section);
	};

	report.facts.forEach(refer);
	figuresOf(report)?.forEach(refer);
	// A summary's section paths are its facts' sections: numbered alike, they arrive as the same strings.
	const kinds = report.sectionKinds;
	if (kinds !== undefined) {
		(report as Mutable<ReportSummary>).sectionKinds = {paths: kinds.paths.map(slot) as unknown as string[], kinds: kinds.kinds};
	}

	return {report, strings};
}

/** A summary has no figures. */
const figuresOf = (report: ReportSummary): Figure[] | undefined => (isWhole(report) ? report.figures : undefined);

function untabled(report: ReportSummary, strings: readonly string[]): ReportSummary {
	const resolve = (figure: Mutable<Shared>): void => {
		figure.text = strings[figure.text as unknown as number]!;
		figure.section = strings[figure.section as unknown as number]!;
	};

	report.facts.forEach(fact => {
		resolve(fact as Mutable<Fact>);
	});
	figuresOf(report)?.forEach(figure => {
		resolve(figure as Mutable<Figure>);
	});
	const kinds = report.sectionKinds;
	if (kinds !== undefined) {
		(report as Mutable<ReportSummary>).sectionKinds = {paths: kinds.paths.map(path => strings[path as unknown as number]!), kinds: kinds.kinds};
	}

	return report;
}

/** One outcome as sent; a report is given up to it (its figures are rewritten). */
export const encode = (outcome: Outcome<ReportSummary>): string => JSON.stringify('report' in outcome ? tabled(outcome.report) : outcome);

export function decode(json: string): Outcome<ReportSummary> {
	const wire = JSON.parse(json) as Wire;
	return 'strings' in wire ? {report: untabled(wire.report, wire.strings)} : wire;
}
