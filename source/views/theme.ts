/**
Semantic color tokens: views name what a thing is (muted, derived, good news), the
theme decides how that looks. Ink colors through chalk, which drops every escape
when stdout is not a terminal and obeys FORCE_COLOR, but chalk 5.6 does not read
NO_COLOR; the shell picks plainTheme for that, which keeps emphasis and loses color.
*/
import {createContext, useContext} from 'react';

export type Style = {
	readonly color?: string;
	readonly dimColor?: boolean;
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly inverse?: boolean;
};

export type Token =
	| 'text.primary'
	| 'text.muted'
	| 'accent'
	| 'heading'
	| 'status.good'
	| 'status.bad'
	| 'derived'
	| 'cursor';

export type Theme = Readonly<Record<Token, Style>>;

export const colorTheme = {
	'text.primary': {},
	'text.muted': {dimColor: true},
	accent: {color: 'cyan'},
	heading: {color: 'cyan', bold: true},
	'status.good': {color: 'green'},
	'status.bad': {color: 'red'},
	derived: {color: 'yellow', italic: true},
	cursor: {inverse: true},
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

export const ThemeContext = createContext<Theme>(colorTheme);

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
