/**
The dashboard's views: the one list the reducer cycles through, the command line's
`--view` accepts and the status line's hints name. Kept alone so the start path can
check `--view` without loading the screen model.
*/
export type View = 'compare' | 'district' | 'indicator' | 'coverage';

export const views = ['compare', 'district', 'indicator', 'coverage'] as const satisfies readonly View[];

export function isView(value: string): value is View {
	return (views as readonly string[]).includes(value);
}
