/**
The dashboard's screen, from a frame: header, the view's body, the detail pane and
the status line, or an overlay in place of body and pane. Everything arrives as
props; nothing here reads the terminal.
*/
import {bodyLines, type ScreenBody} from './body-lines.js';
import type {Line} from './line.js';
import {Lines} from './Lines.js';

export type {ScreenBody} from './body-lines.js';

export type ScreenProps = {
	readonly header: Line;
	readonly body: ScreenBody;
	/** Body lines; the body is padded to this so the pane below never moves. */
	readonly height: number;
	readonly pane: readonly Line[];
	readonly status: Line;
	readonly width: number;
};

export function Screen({header, body, height, pane, status, width}: ScreenProps) {
	return <Lines lines={[header, ...bodyLines(body, height, width), ...pane, status]}/>;
}
