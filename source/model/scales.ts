/**
Whether districts' values over the years can share one chart. On one scale a district
counting thousands of cases flattens one counting dozens into its floor line, so past a
factor of 100 between the series' largest values each is drawn on its own.
*/
import type {YearLine} from './ranking.js';

/** The factor between the largest and the smallest of the series' peaks from which they are drawn apart. */
export const apartFactor = 100;

export function scalesDiffer(lines: readonly YearLine[]): boolean {
	const peaks = lines
		.map(line => Math.max(...line.points.map(point => Math.abs(point.value))))
		.filter(peak => peak > 0);
	return peaks.length > 1 && Math.max(...peaks) / Math.min(...peaks) >= apartFactor;
}
