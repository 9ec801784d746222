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

/**
The seed reports' 200 commonest Chinese characters, commonest first. A rule is tried for a figure only when its
words hold one of the rule's needed characters; a rarer one spares more figures the rule's pattern.
*/
const common = '法政行治区建全府实化设执推一进件作务工年人的和开项制是动合理监会提市案查督展大发重议范中责次主服办规度体解事平审强公律效持升三调部力落点性要管业在入加依不面深等领关能率信委决机成改二策用对出企共优诉习为续综余定个门民新各协职评任应以复题阳街文计现施核社有组学格分导革系党基专心程城级及纠统思创单营商员示通问近国位访式质域织场目常处经纷活同四打方万坚检矛盾上造头代想先网严到普情完培量接负履类地五北报期';

/** How common the commonest of some characters is: 0 for characters outside the list. */
function commonness(chars: readonly string[]): number {
	let worst = 0;
	for (const char of chars) {
		const rank = common.indexOf(char);
		if (rank >= 0) worst = Math.max(worst, common.length - rank);
	}

	return worst;
}

/** Of two sets of characters a match needs one of, the one fewer texts hold (rarer, then smaller). */
function rarer(a: string[] | null, b: string[]): string[] {
	if (a === null) return b;
	const [ca, cb] = [commonness(a), commonness(b)];
	return cb < ca || (cb === ca && b.length < a.length) ? b : a;
}

/**
One set of characters a match of this alternative must contain one of: of its mandatory elements, the one whose
characters are rarest. What is read up to an element the reader does not know still holds.
*/
function mandatoryIn(alternative: string): string[] | null {
	let best: string[] | null = null;
	for (let i = 0; i < alternative.length;) {
		const char = alternative[i]!;
		let end: number;
		let inner: string | null = null;
		if (char === '\\') {
			// Character class escapes only: \u4e00, \p{…} and back references are not read.
			if (!/^[dDwWsSbB]$/u.test(alternative[i + 1] ?? '')) return best;
			end = i + 2;
		} else if (char === '[') {
			end = closingBracket(alternative, i) + 1;
		} else if (char === '(') {
			const close = closingParen(alternative, i);
			if (close < 0) return best;
			// Non-capturing and capturing groups must match; lookarounds and named groups are skipped.
			inner = alternative.startsWith('(?:', i) ? alternative.slice(i + 3, close) : alternative[i + 1] === '?' ? null : alternative.slice(i + 1, close);
			end = close + 1;
		} else if ('^$.'.includes(char)) {
			end = i + 1;
		} else {
			// A surrogate half or anything unusual: not read.
			const code = char.charCodeAt(0);
			if (code >= 0xD800 && code <= 0xDFFF) return best;
			const after = quantifierAt(alternative, i + 1);
			if (!after.optional) best = rarer(best, [char]);
			i = after.end;
			continue;
		}

		if (end <= 0) return best;
		const after = quantifierAt(alternative, end);
		if (!after.optional && inner !== null) {
			const chars = requiredChars(inner);
			if (chars !== null) best = rarer(best, chars);
		}

		i = after.end;
	}

	return best;
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
