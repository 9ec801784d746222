// asciichart ships no types; only what the year chart uses.
declare module 'asciichart' {
	export type PlotConfig = {
		readonly height?: number;
		readonly offset?: number;
		readonly padding?: string;
		readonly min?: number;
		readonly max?: number;
		readonly symbols?: readonly string[];
		readonly format?: (value: number, index: number) => string;
	};

	const asciichart: {
		plot(series: readonly number[] | ReadonlyArray<readonly number[]>, config?: PlotConfig): string;
	};
	export default asciichart;
}
