/**
Display width without the slow path for the usual case. string-width segments every
string into graphemes and tests each against an emoji pattern; report text is almost
all ASCII and CJK, whose widths are known from the code point alone. Anything else
(emoji, combining marks, zero-width and ambiguous characters, escape sequences other
than colour codes) still goes to string-width.
*/
import stringWidth from 'string-width';

/** Wide (two-column) ranges that need no grapheme analysis: CJK, Hangul, kana, full-width forms. */
function isWide(code: number): boolean {
	// Only ranges every code point of which string-width counts as two (checked by a test).
	return (code >= 0x3000 && code <= 0x3029)
		|| (code >= 0x3041 && code <= 0x3096)
		|| (code >= 0x30A0 && code <= 0x30FF)
		|| (code >= 0x3400 && code <= 0x4DBF)
		|| (code >= 0x4E00 && code <= 0x9FFF)
		|| (code >= 0xAC00 && code <= 0xD7A3)
		|| (code >= 0xF900 && code <= 0xFAFF)
		|| (code >= 0xFF01 && code <= 0xFF60)
		|| (code >= 0xFFE0 && code <= 0xFFE6);
}

/** One-column symbols tables and key hints are drawn with: Latin-1, dashes and quotes, №, arrows, ≈, box drawing, blocks, ▼. */
function isNarrow(code: number): boolean {
	return (code >= 0xA1 && code <= 0x2FF && code !== 0xAD)
		|| (code >= 0x2010 && code <= 0x2027)
		|| (code >= 0x2030 && code <= 0x205E)
		|| (code >= 0x2100 && code <= 0x21FF)
		|| (code >= 0x2200 && code <= 0x22FF)
		|| (code >= 0x2500 && code <= 0x25FC);
}

const escape = 0x1B;

/**
Where a colour or style code (ESC [ 1;36 m) that starts at `index` ends, or -1 for
anything else. Ink measures its styled lines, so these come by the thousand; they
take no columns. Parameters of more than three digits are left to string-width,
whose pattern reads them differently.
*/
function styleCodeEnd(text: string, index: number): number {
	if (text.charCodeAt(index + 1) !== 0x5B) {
		return -1;
	}

	let digits = 0;
	for (let at = index + 2; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === 0x6D) {
			return at;
		}

		if (code >= 0x30 && code <= 0x39) {
			if (++digits > 3) {
				return -1;
			}
		} else if (code === 0x3B) {
			digits = 0;
		} else {
			return -1;
		}
	}

	return -1;
}

export function fastWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
	// Options change what counts (ambiguous as wide, ANSI codes counted): only string-width knows.
	if (options !== undefined) {
		return stringWidth(text, options);
	}

	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 0x20 && code < 0x7F) || isNarrow(code)) {
			width += 1;
		} else if (isWide(code)) {
			width += 2;
		} else {
			const end = code === escape ? styleCodeEnd(text, i) : -1;
			if (end === -1) {
				return stringWidth(text, options);
			}

			i = end;
		}
	}

	return width;
}

/** What the bundle hands to every importer of string-width (see scripts/build.mjs). */
export default fastWidth;
