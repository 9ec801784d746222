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
