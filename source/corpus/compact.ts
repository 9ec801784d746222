/**
Makes a freshly parsed report as small as it can be held, for corpora of tens of
thousands. What the parser returns is built for speed: a sentence is a slice of
its line, which keeps the whole file's text alive; the section path is joined
anew for every figure; arrays grown by push keep spare room (docs/performance.md: a quarter of the heap).
Units and indicator ids come from small fixed sets and are shared corpus-wide.
*/
import {Buffer} from 'node:buffer';

import {isWhole} from '../model/summary.js';
import type {Fact, Figure, Report, ReportSummary, Section} from '../parse/types.js';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

export type Vocabulary = Map<string, string>;

/**
A flat copy, holding nothing of the string it was sliced from. Slicing, joining
or concatenating would make V8 keep a slice (of the old text or of a new one);
a round trip through bytes does not. Shorter strings are never slices in V8.
*/
const detached = (text: string): string => (text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le'));
const same = (text: string): string => text;

function intern(table: Map<string, string>, text: string, copy: (text: string) => string): string {
	const known = table.get(text);
	if (known !== undefined) {
		return known;
	}

	const kept = copy(text);
	table.set(text, kept);
	return kept;
}

function compactSections(sections: Section[], keep: (text: string) => string): Section[] {
	for (const section of sections) {
		const mutable = section as Mutable<Section>;
		mutable.title = keep(section.title);
		mutable.children = compactSections(section.children, keep);
	}

	return sections.slice();
}

function shareVocabulary(report: ReportSummary, vocabulary: Vocabulary): void {
	for (const fact of report.facts) {
		(fact as Mutable<Fact>).indicator = intern(vocabulary, fact.indicator, same);
	}

	for (const figure of isWhole(report) ? [...report.facts, ...report.figures] : report.facts) {
		(figure as Mutable<Figure>).unit = intern(vocabulary, figure.unit, same);
	}
}

/**
A report parsed in this thread, rewritten in place (nobody else holds it yet):
its strings copied out of the file's text and shared, its arrays cut to size.
*/
export function compactParsed<R extends ReportSummary>(report: R, vocabulary: Vocabulary): R {
	const strings = new Map<string, string>();
	const keep = (text: string): string => intern(strings, text, detached);
	const share = <T extends Figure>(figure: T): T => {
		const mutable = figure as Mutable<Figure>;
		mutable.text = keep(figure.text);
		mutable.section = keep(figure.section);
		mutable.match = keep(figure.match);
		return figure;
	};

	const mutable = report as Mutable<ReportSummary>;
	mutable.facts = report.facts.map(fact => {
		// Built from the words of the sentence, it holds slices of the file's text too.
		if (fact.why !== undefined) {
			(fact as Mutable<Fact>).why = keep(fact.why);
		}

		return share(fact);
	});
	if (report.outline !== undefined) {
		mutable.outline = compactSections(report.outline, keep);
	}

	if (report.sectionKinds !== undefined) {
		// The same strings as the facts' sections, kept once.
		mutable.sectionKinds = {paths: report.sectionKinds.paths.map(keep), kinds: report.sectionKinds.kinds};
	}

	if (isWhole(report)) {
		const whole = report as Mutable<Report>;
		whole.figures = report.figures.map(share);
		whole.shortcomings = report.shortcomings.map(keep);
		whole.plans = report.plans.map(keep);
	}

	shareVocabulary(report, vocabulary);
	return report;
}

/** A report decoded from a worker is compact already (wire.ts); only units and ids are shared. */
export function compactDecoded<R extends ReportSummary>(report: R, vocabulary: Vocabulary): R {
	shareVocabulary(report, vocabulary);
	return report;
}
