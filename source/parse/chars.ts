/**
Character tests by UTF-16 code, for loops that would otherwise run a regex or slice a string
per character.
*/

/** Exactly the characters `\s` matches (WhiteSpace and LineTerminator), as String.prototype.trim removes them. */
export function isSpace(code: number): boolean {
	if (code <= 0x20) {
		return code === 0x20 || (code >= 0x09 && code <= 0x0D);
	}

	if (code < 0xA0) {
		return false;
	}

	return code === 0xA0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200A) || code === 0x2028 || code === 0x2029
		|| code === 0x202F || code === 0x205F || code === 0x3000 || code === 0xFEFF;
}

/** The first index in [from, to) that is not `\s`, or -1. */
export function firstNonSpace(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) {
		if (!isSpace(text.charCodeAt(i))) {
			return i;
		}
	}

	return -1;
}

const han = /[\p{Script=Han}“"‘《]/u;

/** A CJK Unified Ideograph (U+4E00–U+9FFF), the common block: a Chinese character in a word. */
export function isIdeograph(code: number): boolean {
	return code >= 0x4E00 && code <= 0x9FFF;
}

/**
Whether a Chinese character or a quote stands at `at`: where a noun may open. The CJK Unified Ideographs
(U+4E00–U+9FFF) are all of the Han script: most characters after a figure are one of them, and need no pattern
run over them.
*/
export function opensNoun(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return isIdeograph(code) || han.test(text[at] ?? '');
}
