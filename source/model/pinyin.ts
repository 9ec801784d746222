/**
The pinyin dictionary, loaded once on demand. pinyin-pro takes a tenth of a second
to load, which a Chinese snapshot piped to a file should not pay: the filter (search.ts)
and the English names (english-names.ts) read it when it is there, and whoever needs
it first (the dashboard once open, an English snapshot before it draws) loads it.
*/
type Pinyin = (text: string, options: {toneType: 'none'; type: 'array'}) => string[];

let pinyin: Pinyin | null = null;

export function pinyinLoaded(): boolean {
	return pinyin !== null;
}

export async function loadPinyin(): Promise<void> {
	if (pinyin === null) {
		const module = await import('pinyin-pro');
		pinyin = module.pinyin as Pinyin;
	}
}

/** Each character's reading without tones (朝阳区 → chao yang qu); null until the dictionary is loaded. */
export function syllablesOf(text: string): string[] | null {
	return pinyin === null ? null : pinyin(text, {toneType: 'none', type: 'array'});
}
