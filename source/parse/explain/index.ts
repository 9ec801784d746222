/**
The explain trace: every number expression of a report, in file order, with what it
became (a fact of an indicator, a figure, a change of the figure before, or set aside)
and why. The same parse as parseReport, told what it decides as it goes.
*/
import {parseReport, type ParseOptions} from '../index.js';
import type {Report} from '../types.js';
import {Recorder} from './recorder.js';
import type {MetadataReasons} from './trace.js';
import type {Entry} from './reasons.js';

export type {Entry, ExclusionKind, Outcome} from './reasons.js';
export {exclusions, keptAsFigure, outcomeText} from './reasons.js';

export type Explanation = {
	readonly report: Report;
	readonly entries: Entry[];
	/** What decided the report's district and year (metadata/decide.ts, metadata/year.ts). */
	readonly metadata: MetadataReasons;
};

export function explainReport(text: string, options: Omit<ParseOptions, 'trace'> = {}): Explanation {
	const recorder = new Recorder();
	const report = parseReport(text, {...options, trace: recorder});
	return {report, entries: recorder.entries(report.year), metadata: recorder.metadataReasons()};
}
