/**
The names a command line may ask for. Kept apart from the renderers so the start
path can check its arguments without loading Ink.
*/
export type Format = 'text' | 'md' | 'csv' | 'json' | 'jsonl' | 'gold';

export const formats = ['text', 'md', 'csv', 'json', 'jsonl', 'gold'] as const satisfies readonly Format[];

/** The formats written report by report as the corpus loads (snapshot/export.ts), rather than laid out as a table. */
export type ExportFormat = 'csv' | 'json' | 'jsonl';

export function isExportFormat(format: Format): format is ExportFormat {
	return format === 'csv' || format === 'json' || format === 'jsonl';
}

export function isFormat(value: string): value is Format {
	return (formats as readonly string[]).includes(value);
}

export {isView as isViewName, views as viewNames, type View as ViewName} from '../screen/views.js';
