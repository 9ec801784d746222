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

/** Characters that make a noun with 数 before a numeral (人数十二人, 总数三百件): there 数 is no "several". */
const nounsWithShu = '总人件次户场案个位分半多少基指倍系笔';

/**
数十场, 数百人, 几十次: "several tens", "some hundreds", an indefinite number, not an amount. 数 is only "several" where it
does not end a noun of its own (人数十二人 counts twelve).
*/
export function indefiniteBefore(text: string, index: number): boolean {
	const before = text.charCodeAt(index - 1);
	if (before === 0x51E0) return true;
	return before === 0x6570 && !isOneOf(text.charCodeAt(index - 2), nounsWithShu);
}
