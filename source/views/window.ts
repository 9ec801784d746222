/**
Which part of a long list or a wide table is on screen. The window moves only as
far as it must to keep the cursor in view, so the screen does not jump about.
*/
import {columnGap} from './table-layout.js';

/** The first visible index: the previous one, moved just enough to show `cursor` (and `lead` items before it). */
export function follow(previous: number, cursor: number, visible: number, count: number, lead = 0): number {
	const size = Math.max(1, visible);
	let top = Math.max(0, Math.min(previous, count - size));
	if (cursor - lead < top) {
		top = Math.max(0, cursor - lead);
	} else if (cursor >= top + size) {
		top = cursor - size + 1;
	}

	return Math.max(0, top);
}

/**
Columns of varying width in `room` display columns: the first shown and how many.
Starts from the previous first column, scrolls just enough to show the cursor,
and at the right end pulls earlier columns in rather than leave room empty.
*/
export function fitColumns(widthOf: (index: number) => number, count: number, cursor: number, room: number, previous: number): {first: number; shown: number} {
	if (count === 0) {
		return {first: 0, shown: 0};
	}

	const at = Math.min(Math.max(0, cursor), count - 1);
	const cost = (index: number) => widthOf(index) + columnGap;
	let first = Math.min(Math.max(0, previous), at);
	let used = 0;
	for (let index = first; index <= at; index++) {
		used += cost(index);
	}

	while (used > room && first < at) {
		used -= cost(first);
		first++;
	}

	let last = at;
	while (last + 1 < count && used + cost(last + 1) <= room) {
		last++;
		used += cost(last);
	}

	while (first > 0 && used + cost(first - 1) <= room) {
		first--;
		used += cost(first);
	}

	return {first, shown: last - first + 1};
}

export type Offscreen = {
	readonly above: number;
	readonly below: number;
	readonly left: number;
	readonly right: number;
};

export const nothingOffscreen: Offscreen = {above: 0, below: 0, left: 0, right: 0};
