/**
Untrusted report text → text that is safe to print on a terminal.

Reports come from arbitrary web pages and files, and the dashboard writes their
sentences straight to the terminal, so anything a terminal would act on
(escape sequences, control characters, bidi overrides that reorder what is
shown) has to go before the text reaches any other module.
*/

// Everything the full pattern below can match starts with one of these. Most
// reports contain none, and one native scan is far cheaper than the full pattern.
const suspicious = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]/;

const unsafe = new RegExp(
	[
		// CSI (7-bit ESC [ or 8-bit U+009B): parameters, intermediates, final byte.
		String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?`,
		// OSC, DCS, SOS, PM, APC: a string ended by BEL or ST. An unterminated one
		// ends at the line break so that one stray ESC ] cannot swallow the report.
		String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n\r]*(?:\x07|\x1b\\|\x9c)?`,
		// Any other escape (charset, keypad, save/restore cursor, reset) or a lone ESC.
		String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]?`,
		String.raw`\r\n?|[\x0b\x0c]`,
		String.raw`[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]`,
	].join('|'),
	'g',
);

function replacement(match: string): string {
	const first = match.charCodeAt(0);
	// Line ends stay line ends; form feeds (page breaks from PDF-to-text tools) and
	// vertical tabs become one too, so the last line of a page and the first line
	// of the next are not glued into one sentence.
	return first === 0x0d || first === 0x0b || first === 0x0c ? '\n' : '';
}

/**
Strips terminal escape sequences (CSI, OSC incl. hyperlinks and titles, DCS, SOS,
PM, APC, and their 8-bit forms), C0 controls other than \n and \t, DEL, C1
controls, bidirectional overrides and isolates, and U+FEFF. \r\n and lone \r
become \n (as do \f and \v). Text that needs none of this is returned as is.
*/
export function sanitize(text: string): string {
	if (!suspicious.test(text)) {
		return text;
	}

	return text.replace(unsafe, replacement);
}
