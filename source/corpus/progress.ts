/**
A count of files read, on one line of a terminal's stderr, for a load long enough
to wait on (30,000 reports take about ten seconds): without it the terminal stays
blank until the dashboard opens. Loads that end within a moment print nothing, and
the line is erased when the load ends, before the dashboard or a snapshot draws.
*/
import {formatGrouped} from '../text/grouped.js';

/** Nothing is shown for a load that ends within this long. */
const quietFor = 300;
/** At most one redraw per this long: a terminal need not be written 30,000 times. */
const every = 100;

export type Progress = {
	readonly update: (settled: number, total: number) => void;
	/** Erases the line, if one was shown. */
	readonly end: () => void;
};

export function progressLine(stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>, now: () => number = () => performance.now()): Progress {
	const start = now();
	let shown = false;
	let last = -Infinity;
	return {
		update(settled, total) {
			const at = now();
			if (!stream.isTTY || at - start < quietFor || (at - last < every && settled < total)) {
				return;
			}

			last = at;
			shown = true;
			// \r and erase-line: the count is rewritten in place.
			stream.write(`\r\u001B[2Krol-dash: reading reports ${formatGrouped(settled, 0)} / ${formatGrouped(total, 0)}`);
		},
		end() {
			if (shown) {
				stream.write('\r\u001B[2K');
				shown = false;
			}
		},
	};
}
