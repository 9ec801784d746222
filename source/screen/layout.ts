/**
How the screen is shared: a header line, the view, the detail pane and a status
line. One line is left unused at the bottom: Ink clears the whole terminal on
every frame once its output fills the screen, which flickers.
*/
import {labelRoom} from '../views/compare-frame.js';

export type Size = {readonly columns: number; readonly rows: number};

/** Below this the tables cannot show one district beside its labels. */
export const minimum: Size = {columns: 60, rows: 16};

export type Regions = {
	readonly width: number;
	readonly body: number;
	readonly pane: number;
};

export function tooSmall(size: Size): boolean {
	return size.columns < minimum.columns || size.rows < minimum.rows;
}

export function regions(size: Size): Regions {
	const usable = size.rows - 1;
	// A sentence of a report runs to three or four lines at 80 columns; the pane grows with the screen up to that.
	const pane = Math.min(9, Math.max(5, Math.round(size.rows * 0.3)));
	return {width: size.columns, body: Math.max(1, usable - 2 - pane), pane};
}

// A report column is about `朝阳区 2024` wide, with its gap; unit and spread columns take about 14 more.
const reportColumn = 13;
const besideLabels = 14;
// A few screens of districts are read by scrolling sideways; past that a person compares within a group.
const screens = 3;

/** How many districts the compare view can usefully show at once; a corpus with more opens on a peer group. */
export function comparable(size: Size): number {
	return screens * Math.max(1, Math.floor((size.columns - labelRoom(size.columns) - besideLabels) / reportColumn));
}
