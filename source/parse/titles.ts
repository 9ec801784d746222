/** Text with 《…》 titles blanked (same length, so offsets hold): a cited law or plan names other places and years. */
export function withoutTitles(text: string): string {
	if (!text.includes('《')) return text;
	// Bounded, so a page of unclosed 《 stays linear; no cited title runs past 100 characters.
	return text.replace(/《[^》]{0,100}》/gu, match => ' '.repeat(match.length));
}

/**
Text with the 《…》 titles blanked that a list names before its kind (《关于…的建议》《关于…的建议》等人大代表建议): there the
kind says what is counted and the titles are only names. A title that is itself what is counted (《信访积存事项清单》共48件)
stays.
*/
export function withoutListedTitles(text: string): string {
	if (!text.includes('《')) return text;
	return text.replace(listedTitles, match => ' '.repeat(match.length));
}

// Bounded as above; the run of titles ends on 等, the kind after it.
const listedTitles = /(?:《[^》]{0,100}》[、,]?){1,20}(?=等)/gu;
