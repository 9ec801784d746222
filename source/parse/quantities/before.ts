/** The last non-space character before `index`, without copying the text before it. */
export function charBefore(text: string, index: number): string {
	for (let i = index - 1; i >= 0; i--) {
		const char = text[i]!;
		if (char !== ' ' && char !== '\t') {
			return char;
		}
	}

	return '';
}
