/**
Semantic color tokens: views name what a thing is (muted, derived, good news), the
theme decides how that looks. Ink colors through chalk, which drops every escape
when stdout is not a terminal and obeys FORCE_COLOR, but chalk 5.6 does not read
NO_COLOR; the shell picks plainTheme for that, which keeps emphasis and loses color.
*/
export type Style = {
	readonly color?: string;
	readonly dimColor?: boolean;
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
};

export type Token =
	| 'text.primary'
	| 'text.muted'
	| 'accent'
	| 'heading'
	| 'status.good'
	| 'status.bad'
	| 'rank.best'
	| 'rank.worst'
	| 'derived'
	| 'year.other'
	| 'highlight'
	| 'pinned'
	| 'cursor'
	| SeriesToken;

/** One district's line in a chart of several: told apart by colour here, by its mark where there is none. */
export const seriesTokens = ['series.1', 'series.2', 'series.3', 'series.4', 'series.5', 'series.6'] as const;
export type SeriesToken = typeof seriesTokens[number];

export type Theme = Readonly<Record<Token, Style>>;

export const colorTheme = {
	'text.primary': {},
	'text.muted': {dimColor: true},
	accent: {color: 'cyan'},
	heading: {color: 'cyan', bold: true},
	'status.good': {color: 'green'},
	'status.bad': {color: 'red'},
	// Bold and underline tell best from worst where there is no color (NO_COLOR).
	'rank.best': {color: 'green', bold: true},
	'rank.worst': {color: 'red', underline: true},
	// Magenta, not yellow: yellow washes out on a light background.
	derived: {color: 'magenta', italic: true},
	// A report of another year than the columns align on: its header says so in colour and with ←/→.
	'year.other': {color: 'blue', italic: true},
	highlight: {bold: true, underline: true},
	// The benchmarked district: its column header, its bar and its line; bold keeps it apart under NO_COLOR.
	pinned: {color: 'blue', bold: true, underline: true},
	cursor: {inverse: true},
	// Cyan first, as a lone line has always been drawn; green and red last, as they also mean good and bad.
	'series.1': {color: 'cyan'},
	'series.2': {color: 'magenta'},
	'series.3': {color: 'blue'},
	'series.4': {color: 'yellow'},
	'series.5': {color: 'green'},
	'series.6': {color: 'red'},
} as const satisfies Theme;

function withoutColor(theme: Theme): Theme {
	const plain = {} as Record<Token, Style>;
	for (const [token, {color, ...rest}] of Object.entries(theme) as Array<[Token, Style]>) {
		void color;
		plain[token] = rest;
	}

	return plain;
}

export const plainTheme: Theme = withoutColor(colorTheme);

/** https://no-color.org: present and not empty means no color. */
export function themeFor(env: Readonly<Record<string, string | undefined>>): Theme {
	return (env['NO_COLOR'] ?? '') === '' ? colorTheme : plainTheme;
}

/** How a span of a line looks: its tone, with the cursor's style over it when under the cursor. */
export function spanStyle(theme: Theme, tone: Token | undefined, cursor = false): Style {
	const style = tone === undefined ? {} : theme[tone];
	return cursor ? {...style, ...theme.cursor} : style;
}
