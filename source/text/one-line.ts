/**
A file name or any untrusted text as part of one line of a message: a newline, a
tab or any other control character is written as an escape (\n, \t, \x1b), so no
name can end a message early and start a line of its own (a forged `rol-dash:`
line) or move the cursor. Bidirectional overrides are escaped too: they would
reorder what a person reads.
*/
const control = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'};

export function oneLine(text: string): string {
	return text.replace(control, character => named[character] ?? (character.charCodeAt(0) > 0xff ? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}` : `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
