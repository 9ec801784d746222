/**
The names a command line may ask for. Kept apart from the renderers so the start
path can check its arguments without loading Ink.
*/
export type Format = 'text' | 'md' | 'csv' | 'json';

export const formats = ['text', 'md', 'csv', 'json'] as const satisfies readonly Format[];

export function isFormat(value: string): value is Format {
	return (formats as readonly string[]).includes(value);
}

export type ViewName = 'compare' | 'district' | 'indicator' | 'coverage';

export const viewNames = ['compare', 'district', 'indicator', 'coverage'] as const satisfies readonly ViewName[];

export function isViewName(value: string): value is ViewName {
	return (viewNames as readonly string[]).includes(value);
}
