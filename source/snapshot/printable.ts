/**
What every text snapshot shares: the view's lines in the theme, the legend under
them, printed at exactly the width given so no line is cut or wrapped. No renderer:
a snapshot is lines of spans, the same the dashboard hands to Ink.
*/
import type {Lang} from '../model/index.js';
import {printLines} from '../views/ansi.js';
import {legendText} from '../views/legend-text.js';
import type {Line} from '../views/line.js';
import type {Theme} from '../views/theme.js';

export function printable(lines: readonly Line[], {lang, theme, width}: {readonly lang: Lang; readonly theme: Theme; readonly width: number}): string {
	return printLines([...lines, [], [{text: legendText(lang), tone: 'text.muted'}]], theme, width) + '\n';
}
