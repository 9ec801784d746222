/**
Spark-bars: one character per value, its height the value's place between the
smallest and largest shown, so a row's spread reads at a glance. A gap is a dot,
never the lowest bar: not disclosed is not zero.
*/
export const bars = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
export const gap = '·';

export function spark(values: ReadonlyArray<number | null>): string {
	const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
	if (known.length === 0) {
		return gap.repeat(values.length);
	}

	const low = Math.min(...known);
	const high = Math.max(...known);
	const last = bars.length - 1;
	return values.map(value => {
		if (value === null || !Number.isFinite(value)) {
			return gap;
		}

		// All equal: a middle bar, so one value does not look like a maximum.
		const level = high === low ? Math.floor(last / 2) : Math.round(((value - low) / (high - low)) * last);
		return bars[level] ?? gap;
	}).join('');
}

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** A horizontal bar of `value / max` of `width` columns, in eighths of a column. */
export function bar(value: number, max: number, width: number): string {
	if (max <= 0 || value <= 0 || width <= 0) {
		return '';
	}

	const units = Math.round(Math.min(1, value / max) * width * 8);
	const full = Math.floor(units / 8);
	const rest = units % 8;
	// A value above zero always shows, if only as a sliver.
	return units === 0 ? '▏' : '█'.repeat(full) + (eighths[rest] ?? '');
}
