/** A line of the cleaned report, keeping its 1-based number in the original text for provenance. */
export type Line = {
	readonly text: string;
	readonly line: number;
};
