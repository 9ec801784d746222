/**
Taking the view away: `w` writes it to a file, `o` and `O` open the report under the
cursor in a pager or an editor. What a person typed and what the cursor is on become
a request; the shell writes the file or runs the program and says what happened.
*/
import type {Target} from '../model/target.js';

export const takeAwayFormats = ['text', 'md', 'csv'] as const;

export type TakeAwayFormat = typeof takeAwayFormats[number];

export const extensionOf = {text: 'txt', md: 'md', csv: 'csv'} as const satisfies Record<TakeAwayFormat, string>;

/** A file name to write the view to, in a format; null: rol-dash-<view>-<date>.<ext> in the current folder. */
export type WriteRequest = {readonly format: TakeAwayFormat; readonly name: string | null};

/** A report to open at a line (null: at its start), in $PAGER or $EDITOR. */
export type OpenRequest = {readonly program: 'pager' | 'editor'; readonly file: string; readonly line: number | null};

const formatWords: Readonly<Record<string, TakeAwayFormat>> = {
	t: 'text', text: 'text', txt: 'text',
	m: 'md', md: 'md', markdown: 'md',
	c: 'csv', csv: 'csv',
};

const extensionIn = (name: string): string | null => /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase() ?? null;

/** A name's own extension says its format when no format word comes first. */
const formatOfName = (name: string): TakeAwayFormat => formatWords[extensionIn(name) ?? ''] ?? 'text';

/** A name without an extension takes its format's: `c 朝阳` is 朝阳.csv. */
const named = (name: string, format: TakeAwayFormat): string => (extensionIn(name) === null ? `${name}.${extensionOf[format]}` : name);

/**
The answer to `w`: a format (t, m, c or its name; nothing is text), then a file name if wanted,
or a file name alone whose extension says the format (`table.md`).
*/
export function readWrite(answer: string): WriteRequest {
	const text = answer.trim();
	const [first = '', ...rest] = text.split(/\s+/u);
	const format = formatWords[first.toLowerCase()];
	if (format !== undefined) {
		const name = text.slice(first.length).trim();
		return {format, name: name === '' || rest.length === 0 ? null : named(name, format)};
	}

	return text === '' ? {format: 'text', name: null} : {format: formatOfName(text), name: text};
}

/** Where the cursor's number, figure or line was read: its report and line, or its report alone for an empty cell. */
export function sourceOf(target: Target): {readonly file: string; readonly line: number | null} | null {
	switch (target.kind) {
		case 'value': return target.fact === null ? {file: target.place.file, line: null} : {file: target.cite ?? target.place.file, line: target.fact.line};
		case 'figure': return {file: target.place.file, line: target.figure.line};
		case 'text': return {file: target.place.file, line: target.line};
		case 'indicator':
		case 'none': return null;
	}
}
