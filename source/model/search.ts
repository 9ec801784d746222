/**
The `/` filter: a query matches a label written in Chinese, its English, or its
pinyin (initials or whole), so `fy` finds 复议 and `cy` finds 朝阳区 without an
input method. English matches at the start of a word only: `cy` is initials, and
should not find "Agency".

pinyin-pro's dictionary takes a tenth of a second to load, which a snapshot piped
to a file should not pay: it is loaded on demand (loadPinyin), and until then a
query matches Chinese and English only.
*/
import {pinyinLoaded, syllablesOf} from './pinyin.js';

export {loadPinyin, pinyinLoaded} from './pinyin.js';

const han = /\p{Script=Han}/u;
const keys = new Map<string, readonly string[]>();

/** What a query may be found in: a Chinese label with its pinyin initials (cyq) and whole pinyin (chaoyangqu). */
function chineseKeys(label: string): readonly string[] {
	const lower = label.toLowerCase().replace(/\s+/g, '');
	// Kept only once the dictionary is there: until then a label is found as written.
	if (!pinyinLoaded()) {
		return [lower];
	}

	let found = keys.get(label);
	if (found === undefined) {
		// The initials are the syllables' first letters: one reading of the label gives both keys.
		const syllables = (syllablesOf(label) ?? []).map(syllable => syllable.toLowerCase());
		found = [lower, syllables.map(syllable => syllable.slice(0, 1)).join(''), syllables.join('')];
		keys.set(label, found);
	}

	return found;
}

/** Each word of a Latin label to the end, spaces dropped: "loss rate" is found by "lossr". */
function wordStarts(label: string): string[] {
	const lower = label.toLowerCase();
	return [...lower.matchAll(/[\p{L}\p{N}]+/gu)].map(match => lower.slice(match.index).replace(/[^\p{L}\p{N}]+/gu, ''));
}

function matchesLabel(label: string, needle: string): boolean {
	if (han.test(label)) {
		return chineseKeys(label).some(key => key.includes(needle));
	}

	const word = needle.replace(/[^\p{L}\p{N}]+/gu, '');
	return word !== '' && wordStarts(label).some(start => start.startsWith(word));
}

const needleOf = (query: string) => query.replace(/\s+/g, '').toLowerCase();

/** Whether any of the labels matches the query; spaces and case are ignored. An empty query matches everything. */
export function matchesQuery(labels: readonly string[], query: string): boolean {
	const needle = needleOf(query);
	return needle === '' || labels.some(label => matchesLabel(label, needle));
}

/**
The same without pinyin: for file names, which repeat the district the other labels
already name, and of which a national corpus has 30,000, each a long title whose
pinyin would cost the first keystroke seconds.
*/
export function matchesWritten(label: string, query: string): boolean {
	const needle = needleOf(query);
	if (needle === '' || !han.test(label)) {
		return needle === '' || matchesLabel(label, needle);
	}

	return label.toLowerCase().replace(/\s+/g, '').includes(needle);
}
