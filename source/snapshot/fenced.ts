/**
A view with no Markdown table of its own (district, indicator, coverage) as Markdown: its text
frame in a fenced block, so it keeps its columns in any Markdown reader. The fence is longer
than any run of backticks in the frame, whose words come from untrusted reports.
*/
import {stripVTControlCharacters} from 'node:util';

export function fencedText(text: string): string {
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
	const fence = '`'.repeat(Math.max(3, longest + 1));
	const body = stripVTControlCharacters(text).replace(/\n?$/, '\n');
	return `${fence}text\n${body}${fence}\n`;
}
