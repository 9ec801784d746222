/**
Full-width ASCII (０-９, ％, ，, （ …) folds to half-width one character for one,
so offsets found in the folded text point at the same characters in the original.
Reports mix both forms freely, often within one sentence. Spaces of other widths fold to
a plain space the same way: text saved from a web page keeps its &nbsp; as U+00A0
(审结6929\u00A0件), and a page's layout leaves en, em, thin and zero-width spaces.
*/
const wide = /[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200B\u202F\u205F]/u;

function isOtherSpace(code: number): boolean {
	return code === 0x3000 || code === 0xA0 || (code >= 0x2000 && code <= 0x200B) || code === 0x202F || code === 0x205F;
}

/** Whether `text` has anything foldWidth would change. */
export function hasWide(text: string): boolean {
	return wide.test(text);
}

export function foldWidth(text: string): string {
	if (!wide.test(text)) {
		return text;
	}

	// The text between two wide characters is copied as one slice: a line of Chinese prose has a full-width
	// comma every ten characters or so, and a string grown one character at a time is a chain of thousands.
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Most characters are ASCII or Han, neither folded: two comparisons each.
		if (code < 0xA0 || (code > 0x3000 && code < 0xFF01) || code > 0xFF5E) continue;
		const wideForm = code >= 0xFF01;
		if (wideForm || isOtherSpace(code)) {
			out += text.slice(from, i) + (wideForm ? String.fromCharCode(code - 0xFEE0) : ' ');
			from = i + 1;
		}
	}

	return out + text.slice(from);
}

/**
A decimal point a yearbook or a typeset page writes as a middle dot between the digits of a rate (调解成功率99·59%,
99·5 9%): a full stop, one character for one. Not elsewhere: 12·4 and 3·15 are days (“12·4”国家宪法日).
*/
const dottedRate = /(\d)[·•・](?=\d{1,3}(?: \d{1,3})?[ \t]?%)/gu;

/** Whether `text` holds a middle dot at all: asked once of a report, most of which hold none. */
export function hasMiddleDot(text: string): boolean {
	// Three searches for one character each are cheaper than one pattern run over the whole text.
	return text.includes('·') || text.includes('•') || text.includes('・');
}

export function foldDecimalDots(text: string): string {
	return hasMiddleDot(text) ? text.replace(dottedRate, '$1.') : text;
}
