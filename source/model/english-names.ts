/**
Place names in English, as the divisions name themselves to foreign readers: the
name's stem in pinyin, its syllables run together and capitalised (朝阳 → Chaoyang),
and what kind of division it is in English (区 → District: Chaoyang District).

pinyin-pro reads a character by its commonest sense, which a place name often is
not (乐清 is Yueqing, not Leqing; 都 in a name is du, not dou): the readings below
correct what it gives for the gazetteer's names (tests/model/english-names.test.ts
holds the ones checked). Null until the dictionary is loaded (pinyin.ts).
*/
import type {Lang} from './labels.js';
import {syllablesOf} from './pinyin.js';

/** What kind of division a name's ending says, longest first, so 自治县 is not read as 县. */
const kinds: ReadonlyArray<readonly [string, string]> = [
	['特别行政区', 'Special Administrative Region'],
	['经济技术开发区', 'Economic and Technological Development Zone'],
	['高新技术产业开发区', 'High-tech Industrial Development Zone'],
	['经济开发区', 'Economic Development Zone'],
	['开发区', 'Development Zone'],
	['示范区', 'Demonstration Zone'],
	['高新区', 'High-tech Zone'],
	['经开区', 'Economic Development Zone'],
	['园区', 'Park'],
	['自治区', 'Autonomous Region'],
	['自治州', 'Autonomous Prefecture'],
	['自治县', 'Autonomous County'],
	['自治旗', 'Autonomous Banner'],
	['管理区', 'Administrative Zone'],
	['新区', 'New Area'],
	['矿区', 'Mining District'],
	['特区', 'Special District'],
	['地区', 'Prefecture'],
	['区', 'District'],
	['县', 'County'],
	['市', 'City'],
	['旗', 'Banner'],
	['盟', 'League'],
	['省', 'Province'],
];

/** The peoples an autonomous division is named for, as they are called in English. */
const peoples: Readonly<Record<string, string>> = {
	蒙古族: 'Mongol', 回族: 'Hui', 藏族: 'Tibetan', 维吾尔族: 'Uygur', 苗族: 'Miao', 彝族: 'Yi', 壮族: 'Zhuang',
	布依族: 'Bouyei', 朝鲜族: 'Korean', 满族: 'Manchu', 侗族: 'Dong', 瑶族: 'Yao', 白族: 'Bai', 土家族: 'Tujia',
	哈尼族: 'Hani', 哈萨克族: 'Kazakh', 傣族: 'Dai', 黎族: 'Li', 傈僳族: 'Lisu', 佤族: 'Va', 畲族: 'She',
	拉祜族: 'Lahu', 水族: 'Shui', 东乡族: 'Dongxiang', 纳西族: 'Naxi', 景颇族: 'Jingpo', 柯尔克孜族: 'Kirgiz',
	土族: 'Tu', 达斡尔族: 'Daur', 仫佬族: 'Mulao', 羌族: 'Qiang', 撒拉族: 'Salar', 毛南族: 'Maonan',
	蒙古: 'Mongol', 仡佬族: 'Gelao', 锡伯族: 'Xibe', 普米族: 'Pumi', 塔吉克族: 'Tajik', 怒族: 'Nu', 鄂温克族: 'Evenki',
	保安族: 'Bonan', 裕固族: 'Yugur', 独龙族: 'Derung', 鄂伦春族: 'Oroqen', 各族: 'Multi-ethnic',
};

const people = Object.keys(peoples).sort((a, b) => b.length - a.length).join('|');
const peoplesAtEnd = new RegExp(`^(.+?)((?:${people})+)$`, 'u');
const eachPeople = new RegExp(people, 'gu');

/**
Names whose English is not their characters' commonest readings: polyphones read as a
place reads them, and the few names English writes its own way. Stems only (no 区, 县…).
*/
const spelled: Readonly<Record<string, string>> = {
	乐清: 'Yueqing', 乐亭: 'Laoting', 民乐: 'Minle', 大城: 'Dacheng', 六合: 'Luhe', 蔚: 'Yu', 尉犁: 'Yuli',
	洪洞: 'Hongtong', 单: 'Shan', 召陵: 'Shaoling', 涡阳: 'Guoyang', 歙: 'She', 筠连: 'Junlian', 浚: 'Xun',
	泌阳: 'Biyang', 黄陂: 'Huangpi', 繁峙: 'Fanshi', 大埔: 'Dabu', 蚌山: 'Bengshan', 宕昌: 'Tanchang',
	覃塘: 'Tantang', 称多: 'Chenduo', 中牟: 'Zhongmou', 神农架林: 'Shennongjia Forestry',
	陕西: 'Shaanxi', 内蒙古: 'Inner Mongolia', 西藏: 'Tibet', 香港: 'Hong Kong', 澳门: 'Macao',
	乌鲁木齐: 'Urumqi', 呼和浩特: 'Hohhot', 拉萨: 'Lhasa',
};

/** Characters a place name always reads one way, whatever their commonest sense (成都, 喀什). */
const readings: Readonly<Record<string, string>> = {都: 'du', 什: 'shi'};

/** 朝阳 → Chaoyang, 六安 → Lu'an: a syllable starting with a, o or e after another takes an apostrophe. */
function romanize(stem: string): string | null {
	const known = spelled[stem];
	if (known !== undefined) {
		return known;
	}

	const syllables = syllablesOf(stem);
	if (syllables === null) {
		return null;
	}

	const chars = [...stem];
	const joined = syllables
		.map((syllable, index) => readings[chars[index] ?? ''] ?? syllable.toLowerCase())
		.map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
		.join('');
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export type EnglishName = {
	/** The name without what kind of division it is (Chaoyang, Yanbian): what a tag or a group shows. */
	readonly stem: string;
	/** The whole name (Chaoyang District, Changyang Tujia Autonomous County). */
	readonly full: string;
};

/** A division's name in English; null until the pinyin dictionary is loaded. */
export function englishName(name: string): EnglishName | null {
	const kind = kinds.find(([ending]) => name.endsWith(ending) && name.length > ending.length);
	const bare = kind === undefined ? name : name.slice(0, -kind[0].length);
	// A zone's city keeps its 市 in Chinese (秦皇岛市经济技术开发区), not in English.
	const rest = kind !== undefined && kind[0].length > 1 ? bare.replace(/(?<=\p{Script=Han}{2})[省市]$/u, '') : bare;
	const found = spelled[rest] === undefined ? peoplesAtEnd.exec(rest) : null;
	// A zone names the places it lies in (秦皇岛市经济技术开发区): each is a word of its own.
	const words = (found?.[1] ?? rest).split(/(?<=\p{Script=Han}{2})[省市](?=\p{Script=Han}{2})/u).map(romanize);
	if (words.includes(null)) {
		return null;
	}

	const stem = words.join(' ');
	const named = found === null ? [] : [...found[2]!.matchAll(eachPeople)].map(([each]) => peoples[each]!);
	return {stem, full: [stem, ...named, ...(kind === undefined ? [] : [kind[1]])].join(' ')};
}

/** A province or city as a group is named: as written in Chinese, its stem in English (河北省 → Hebei). */
export function placeLabel(place: string, lang: Lang): string {
	return lang === 'en' ? englishName(place)?.stem ?? place : place;
}
