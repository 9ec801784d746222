/**
How many display columns a text or Markdown snapshot is laid out in: --width when
given, else the terminal's when printing to one, else $COLUMNS (a pipe has no
width of its own, but the shell that runs it often says), else 100. Pure: the
command line passes in what it knows, so nothing here reads the process.
*/
export const pipeWidth = 100;

/** A positive whole number of columns written as digits ("80"), else null. */
export function parseColumns(text: string | undefined): number | null {
	if (text === undefined || !/^\d+$/.test(text)) {
		return null;
	}

	const columns = Number(text);
	return columns > 0 && Number.isSafeInteger(columns) ? columns : null;
}

export type WidthSources = {
	/** --width, already checked. */
	readonly flag?: number;
	/** The terminal's columns when stdout is one. */
	readonly terminal?: number;
	/** $COLUMNS as set. */
	readonly env?: string;
};

export function snapshotWidth({flag, terminal, env}: WidthSources): number {
	return flag ?? (terminal !== undefined && terminal > 0 ? terminal : undefined) ?? parseColumns(env) ?? pipeWidth;
}
