import type {Hints, Report} from './types.js';

export type ParseOptions = {
	/** A label for the source, usually the file path; the parser never reads it. */
	readonly file?: string;
	readonly hints?: Hints;
};

export function parseReport(text: string, options: ParseOptions = {}): Report {
	// Placeholder until the pipeline lands.
	void text;
	return {
		file: options.file ?? '',
		district: {name: null, fullName: null, province: null, city: null, code: null},
		year: null,
		published: null,
		script: 'simplified',
		origin: {district: 'none', year: 'none'},
		outline: [],
		facts: [],
		figures: [],
		shortcomings: [],
		plans: [],
	};
}
