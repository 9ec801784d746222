/**
Lines of styled spans → terminal text, without a renderer: how a snapshot prints.
Styles are applied through chalk in the order Ink's Text applies them, so a snapshot
and the dashboard agree, and chalk decides whether escapes are written at all
(none into a pipe; FORCE_COLOR obeyed).
*/
import chalk, {type ForegroundColorName} from 'chalk';
import {fitLine, type Line} from './line.js';
import {spanStyle, type Style, type Theme} from './theme.js';

export function styled(text: string, style: Style): string {
	let out = text;
	if (style.dimColor) {
		out = chalk.dim(out);
	}

	if (style.color !== undefined && style.color in chalk) {
		out = chalk[style.color as ForegroundColorName](out);
	}

	if (style.bold) {
		out = chalk.bold(out);
	}

	if (style.italic) {
		out = chalk.italic(out);
	}

	if (style.underline) {
		out = chalk.underline(out);
	}

	if (style.inverse) {
		out = chalk.inverse(out);
	}

	return out;
}

/** One line cut to `width` columns, trailing blanks dropped as a terminal would show them. */
export function printLine(line: Line, theme: Theme, width: number): string {
	return fitLine(line, width).map(span => styled(span.text, spanStyle(theme, span.tone, span.cursor))).join('').trimEnd();
}

export function printLines(lines: readonly Line[], theme: Theme, width: number): string {
	return lines.map(line => printLine(line, theme, width)).join('\n');
}
