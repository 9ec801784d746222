/** Text with 《…》 titles blanked (same length, so offsets hold): a cited law or plan names other places and years. */
export function withoutTitles(text: string): string {
	if (!text.includes('《')) return text;
	// Bounded, so a page of unclosed 《 stays linear; no cited title runs past 100 characters.
	return text.replace(/《[^》]{0,100}》/gu, match => ' '.repeat(match.length));
}
