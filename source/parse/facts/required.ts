/**
Characters a pattern cannot match without: for each alternative, one character it must contain.
Read from the pattern's source, for the plain patterns the rules use (literals, groups, classes,
quantifiers); anything else makes the answer null, "no such characters known".
*/

/** The index just after the quantifier at `i`, and whether it allows zero repetitions. */
function quantifierAt(source: string, i: number): {end: number; optional: boolean} {
	const char = source[i];
	let end = i;
	let optional = false;
	if (char === '?' || char === '*') {
		end = i + 1;
		optional = true;
	} else if (char === '+') {
		end = i + 1;
	} else if (char === '{') {
		const close = source.indexOf('}', i);
		optional = /^\{0\b/u.test(source.slice(i, close + 1));
		end = close + 1;
	}

	// A lazy quantifier (??, {0,4}?) repeats the same way as far as which characters are needed.
	return {end: end > i && source[end] === '?' ? end + 1 : end, optional};
}

/** The index of the `)` closing the group opened at `open`, or -1. */
export function closingParen(source: string, open: number): number {
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		const char = source[i];
		if (char === '\\') {
			i++;
		} else if (char === '[') {
			i = closingBracket(source, i);
			if (i < 0) return -1;
		} else if (char === '(') {
			depth++;
		} else if (char === ')' && --depth === 0) {
			return i;
		}
	}

	return -1;
}

export function closingBracket(source: string, open: number): number {
	for (let i = open + 1; i < source.length; i++) {
		if (source[i] === '\\') {
			i++;
		} else if (source[i] === ']') {
			return i;
		}
	}

	return -1;
}

/** The top-level alternatives of a source. */
function alternatives(source: string): string[] | null {
	const parts: string[] = [];
	let start = 0;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === '\\') {
			i++;
		} else if (char === '[') {
			i = closingBracket(source, i);
		} else if (char === '(') {
			i = closingParen(source, i);
		} else if (char === '|') {
			parts.push(source.slice(start, i));
			start = i + 1;
		}

		if (i < 0) return null;
	}

	parts.push(source.slice(start));
	return parts;
}

/** One set of characters a match of this alternative must contain one of (the first mandatory element's). */
function mandatoryIn(alternative: string): string[] | null {
	for (let i = 0; i < alternative.length;) {
		const char = alternative[i]!;
		let end: number;
		let inner: string | null = null;
		if (char === '\\') {
			// Character class escapes only: \u4e00, \p{…} and back references are not read.
			if (!/^[dDwWsSbB]$/u.test(alternative[i + 1] ?? '')) return null;
			end = i + 2;
		} else if (char === '[') {
			end = closingBracket(alternative, i) + 1;
		} else if (char === '(') {
			const close = closingParen(alternative, i);
			if (close < 0) return null;
			// Non-capturing and capturing groups must match; lookarounds and named groups are skipped.
			inner = alternative.startsWith('(?:', i) ? alternative.slice(i + 3, close) : alternative[i + 1] === '?' ? null : alternative.slice(i + 1, close);
			end = close + 1;
		} else if ('^$.'.includes(char)) {
			end = i + 1;
		} else {
			// A surrogate half or anything unusual: not read.
			const code = char.charCodeAt(0);
			if (code >= 0xD800 && code <= 0xDFFF) return null;
			const after = quantifierAt(alternative, i + 1);
			if (!after.optional) return [char];
			i = after.end;
			continue;
		}

		if (end <= 0) return null;
		const after = quantifierAt(alternative, end);
		if (!after.optional && inner !== null) {
			const chars = requiredChars(inner);
			if (chars !== null) return chars;
		}

		i = after.end;
	}

	return null;
}

/** Every match of the pattern contains at least one of these characters; null when not known. */
export function requiredChars(source: string): string[] | null {
	const parts = alternatives(source);
	if (parts === null) return null;
	const chars = new Set<string>();
	for (const part of parts) {
		const some = mandatoryIn(part);
		if (some === null) return null;
		for (const char of some) chars.add(char);
	}

	return [...chars];
}
