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

	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xFF01 && code <= 0xFF5E) {
			out += String.fromCharCode(code - 0xFEE0);
		} else if (code === 0x3000) {
			out += ' ';
		} else {
			out += text[i];
		}
	}

	return out;
}
