/**
The UTF-16 code of the last non-space character before `index` (-1 at the start), without copying
the text before it; a code rather than a one-character string, which would be a new string per call.
*/
export function codeBefore(text: string, index: number): number {
	for (let i = index - 1; i >= 0; i--) {
		const code = text.charCodeAt(i);
		if (code !== 0x20 && code !== 0x09) {
			return code;
		}
	}

	return -1;
}

/** Whether `code` is one of the characters of `chars` (all in the BMP). */
export function isOneOf(code: number, chars: string): boolean {
	for (let i = 0; i < chars.length; i++) {
		if (chars.charCodeAt(i) === code) {
			return true;
		}
	}

	return false;
}
