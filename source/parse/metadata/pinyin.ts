/**
Divisions named in pinyin, as file names often are (yancheng_yandu_2024.txt, chongqing_wanzhou_2025.txt,
lijiang_city_2022.txt, shaanxi_province_2022.txt). Pinyin loses the characters: chaoyang is 朝阳区 in Beijing and in
Changchun, 朝阳市 and 潮阳区. So a name counts only as a pair, a parent and its child or a parent and its level
(city, province), and only when every pair in the name agrees on one division: a wrong district is worse than none.
*/
import {type Division, gazetteer, parent} from './divisions.js';
import {PINYIN} from './pinyin-table.js';

let byReading: ReadonlyMap<string, readonly Division[]> | undefined;

/** The table, read on first use: most file names hold no pinyin. */
function readings(): ReadonlyMap<string, readonly Division[]> {
	if (byReading) return byReading;
	const map = new Map<string, Division[]>();
	const {byCode} = gazetteer();
	const parts = PINYIN.split(/(\d{6})/u);
	for (let at = 1; at < parts.length; at += 2) {
		const division = byCode.get(parts[at]!);
		if (!division) continue;
		for (const reading of parts[at + 1]!.split('|')) {
			const list = map.get(reading);
			if (list) list.push(division);
			else map.set(reading, [division]);
		}
	}
	byReading = map;
	return map;
}

/** The kind a division may be written with after its name (yueyangxian, jilinshi, xinganmeng). */
const kinds: Readonly<Record<Division['level'], readonly string[]>> = {
	province: ['sheng', 'shi', 'zizhiqu'],
	city: ['shi', 'zhou', 'meng', 'diqu'],
	county: ['qu', 'xian', 'shi', 'qi'],
};

function named(token: string): readonly Division[] {
	const table = readings();
	const found = [...(table.get(token) ?? [])];
	for (const [level, suffixes] of Object.entries(kinds)) {
		for (const suffix of suffixes) {
			if (token.length > suffix.length + 1 && token.endsWith(suffix)) {
				for (const division of table.get(token.slice(0, -suffix.length)) ?? []) {
					if (division.level === level) found.push(division);
				}
			}
		}
	}
	return found;
}

/** Words that say the level of the division before them. */
const cityWords: ReadonlySet<string> = new Set(['city', 'shi', 'prefecture', 'zhou', 'league', 'meng', 'diqu']);
const provinceWords: ReadonlySet<string> = new Set(['province', 'sheng', 'region', 'zizhiqu', 'municipality']);
/** Of those, the words for a 市 alone. */
const cityOnly: ReadonlySet<string> = new Set(['city', 'shi']);

/** Words for a town, a township or a street: the report is theirs, not the county's the pair names. */
const subCountyWords: ReadonlySet<string> = new Set(['street', 'town', 'township', 'village', 'jiedao', 'zhen', 'xiang', 'cun']);

/** donghu_street, yijinhuoluozhen, xinchengzhen (not jingdezhen, a city, nor xiangtan). */
const subCounty = (word: string): boolean => subCountyWords.has(word) || (/(?:zhen|jiedao)$/u.test(word) && named(word).length === 0);

/** The one division a file name's latin words name as a pair, or null. */
export function divisionInPinyin(words: readonly string[]): Division | null {
	if (words.some(subCounty)) return null;
	const found = new Map<string, Division>();
	for (let i = 0; i + 1 < words.length; i++) {
		const parents = named(words[i]!);
		if (parents.length === 0) continue;
		const next = words[i + 1]!;
		if (cityWords.has(next) || provinceWords.has(next)) {
			// beijing_city: a municipality is a province that is a city.
			const fits = (division: Division) => (cityWords.has(next) ? division.level === 'city' || (division.level === 'province' && division.name.endsWith('市')) : division.level === 'province');
			let fitting = parents.filter(fits);
			// wenshan_city is 文山市, a county-level city, not 文山州 around it; tongren_city the prefecture's 铜仁市, not
			// 同仁市 of another province: a city is a prefecture-level 市 where one is so named, else a county-level one.
			if (cityOnly.has(next)) {
				const prefectural = fitting.filter(division => division.name.endsWith('市'));
				fitting = prefectural.length > 0 ? prefectural : parents.filter(division => division.level === 'county' && division.name.endsWith('市'));
			}

			for (const division of fitting) found.set(division.code, division);
			continue;
		}
		const codes = new Set(parents.map(division => division.code));
		for (const division of named(next)) {
			const above = parent(division);
			if (above && codes.has(above.code)) found.set(division.code, division);
		}
	}
	return found.size === 1 ? [...found.values()][0]! : null;
}
