/**
Full-width ASCII (０-９, ％, ，, （ …) folds to half-width one character for one,
so offsets found in the folded text point at the same characters in the original.
Reports mix both forms freely, often within one sentence.
*/
const wide = /[\uFF01-\uFF5E\u3000]/u;

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
		if ((code >= 0xFF01 && code <= 0xFF5E) || code === 0x3000) {
			out += text.slice(from, i) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xFEE0));
			from = i + 1;
		}
	}

	return out + text.slice(from);
}
