import {FORMER, GAZETTEER} from './gazetteer.js';

export type Level = 'province' | 'city' | 'county';

export type Division = {
	/** Six-digit GB/T 2260 code (110000, 110100, 110105). */
	readonly code: string;
	readonly name: string;
	readonly level: Level;
};

type Index = {
	readonly byCode: ReadonlyMap<string, Division>;
	readonly byName: ReadonlyMap<string, readonly Division[]>;
	/** Province and city names without their suffix (北京, 宁波, 内蒙古), for clues written that way. */
	readonly byShortName: ReadonlyMap<string, readonly Division[]>;
	readonly children: ReadonlyMap<string, readonly Division[]>;
	/**
	Names by their first two characters (firstTwo), longest first, for scanning text: one lookup where a pair
	starts some name, and then only the few names that start with it.
	*/
	readonly byFirstTwo: ReadonlyMap<number, readonly string[]>;
	/**
	The first two characters of every name, as bits (pairKey): a scan rejects almost every position with one
	read, before any list or comparison. A few unrelated pairs share a bit; longestAt sorts those out.
	*/
	readonly pairs: Uint8Array;
};

let index: Index | undefined;

/** The two characters at `at` as one number. */
export const firstTwo = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/** Two characters as one of 2^20 bits. */
export const pairKey = (first: number, second: number): number => ((first << 10) ^ second) & 0xfffff;

/** Whether some name may start with these two characters (never false when one does). */
export const mayStartName = (pairs: Uint8Array, first: number, second: number): boolean => {
	const key = pairKey(first, second);
	return (pairs[key >> 3]! & (1 << (key & 7))) !== 0;
};

const levelOf = (code: string): Level =>
	code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

/** The 56 peoples an autonomous division can be named after (族 is often left out: 巴音郭楞蒙古自治州). */
const peoples =
	'蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const autonomous = new RegExp(`^(.{2,}?)(?:(?:${peoples})族?)+自治(县|旗|州)$`, 'u');

/**
How reports write an autonomous county or prefecture: 金平苗族瑶族傣族自治县 as 金平县 or 金平自治县, 红河哈尼族彝族
自治州 as 红河州 or 红河自治州. None of these collides with another division's name (checked against the whole table).
*/
export function everydayNames(name: string): readonly string[] {
	const match = autonomous.exec(name);
	return match ? [match[1]! + match[2]!, match[1]! + '自治' + match[2]!] : [];
}

/**
Prefectures whose everyday name is not their name cut before the people (巴音郭楞蒙古自治州 is 巴州, never
巴音郭楞州), and Inner Mongolian banners their own governments shorten (东乌珠穆沁旗人民政府 signs as 东乌旗人民政府,
科尔沁左翼中旗 as 科左中旗): by code, as their own reports write them. Each is checked to name no other division;
shortenings of two characters (莫旗, 准旗) are left out, as words may hold them.
*/
const conventional: Readonly<Record<string, string>> = {
	652700: '博州', 652800: '巴州', 653000: '克州',
	152525: '东乌旗', 152526: '西乌旗', 150521: '科左中旗', 150522: '科左后旗', 152221: '科右前旗', 152222: '科右中旗',
	150223: '达茂旗', 150221: '土右旗', 150121: '土左旗', 150926: '察右前旗', 150927: '察右中旗', 150928: '察右后旗',
	152921: '阿左旗', 152922: '阿右旗', 150726: '新左旗', 150727: '新右旗',
};

/**
Zones the statistics bureau numbers among counties (130171 石家庄高新技术产业开发区, 620171 兰州新区): codes
ending 71–79 are never GB/T 2260 divisions, so a report from one is a zone's and carries no code.
*/
export const isZone = (division: Division): boolean => division.level === 'county' && division.code[4] === '7';

/** Short forms are kept only where they stay specific: 2+ characters (吉林 yes, 京 is handled as an alias). */
export function shortName(division: Division): string | null {
	if (division.level === 'county') return null;
	const short = division.name.replace(
		/(?:省|市|地区|盟|特别行政区|(?:壮族|回族|维吾尔)?自治区|(?:[\u4e00-\u9fff]{1,8}族)+自治州)$/u,
		'',
	);
	return short.length >= 2 && short !== division.name ? short : null;
}

/** A generated table's string: six-digit code, then name, repeated. */
function codesAndNames(chunk: string): Array<[string, string]> {
	// '', code, name, code, name…: one native split, where a matchAll loop took five times as long cold.
	const parts = chunk.split(/(\d{6})/);
	const pairs: Array<[string, string]> = [];
	for (let at = 1; at < parts.length; at += 2) pairs.push([parts[at]!, parts[at + 1]!]);
	return pairs;
}

function build(): Index {
	const byCode = new Map<string, Division>();
	const byName = new Map<string, Division[]>();
	const byShortName = new Map<string, Division[]>();
	const children = new Map<string, Division[]>();
	for (const chunk of GAZETTEER) {
		for (const [code, name] of codesAndNames(chunk)) {
			const division: Division = {code, name, level: levelOf(code)};
			byCode.set(code, division);
			push(byName, division.name, division);
			for (const everyday of everydayNames(division.name)) push(byName, everyday, division);
			const usual = conventional[code];
			if (usual) push(byName, usual, division);
			const short = shortName(division);
			if (short) push(byShortName, short, division);
		}
	}
	for (const division of byCode.values()) {
		const parent = parentOf(division, byCode);
		if (parent) push(children, parent.code, division);
	}
	// Counties renamed or merged since (横县, 横州市 from 2021): a report that calls itself by the old name was written
	// before the change and takes the code of its day. Found by name and code, never among a city's counties.
	for (const [code, name] of codesAndNames(FORMER)) {
		const division: Division = {code, name, level: 'county'};
		byCode.set(code, division);
		push(byName, name, division);
	}
	const byFirstTwo = new Map<number, string[]>();
	for (const name of byName.keys()) push(byFirstTwo, firstTwo(name, 0), name);
	for (const list of byFirstTwo.values()) list.sort((a, b) => b.length - a.length);
	const pairs = new Uint8Array(1 << 17);
	for (const name of byName.keys()) {
		const key = pairKey(name.charCodeAt(0), name.charCodeAt(1));
		pairs[key >> 3]! |= 1 << (key & 7);
	}
	return {byCode, byName, byShortName, children, byFirstTwo, pairs};
}

/** The parsed table, built on first use: most commands never resolve a district. */
export function gazetteer(): Index {
	index ??= build();
	return index;
}

function parentOf(division: Division, byCode: ReadonlyMap<string, Division>): Division | null {
	if (division.level === 'province') return null;
	if (division.level === 'county') {
		// Municipalities and province-administered counties have no city: fall through to the province.
		const city = byCode.get(`${division.code.slice(0, 4)}00`);
		if (city) return city;
	}
	return byCode.get(`${division.code.slice(0, 2)}0000`) ?? null;
}

export function parent(division: Division): Division | null {
	return parentOf(division, gazetteer().byCode);
}

export function provinceOf(division: Division): Division {
	return gazetteer().byCode.get(`${division.code.slice(0, 2)}0000`) ?? division;
}

/** The prefecture-level city, or null for provinces and for places directly under a province (北京市朝阳区, 济源市). */
export function cityOf(division: Division): Division | null {
	if (division.level === 'city') return division;
	if (division.level === 'province') return null;
	return gazetteer().byCode.get(`${division.code.slice(0, 4)}00`) ?? null;
}

export function isWithin(division: Division, ancestor: Division): boolean {
	if (division.code === ancestor.code) return false;
	const prefix = ancestor.level === 'province' ? 2 : ancestor.level === 'city' ? 4 : 6;
	return division.code.slice(0, prefix) === ancestor.code.slice(0, prefix);
}

/** Full names built so far: the table never changes, and every decision writes one out. */
const fullNames = new Map<string, string>();

/** 山东省青岛市城阳区, 北京市朝阳区, 河南省济源市. */
export function fullNameOf(division: Division): string {
	let name = fullNames.get(division.code);
	if (name === undefined) {
		const chain: string[] = [];
		for (let at: Division | null = division; at; at = parent(at)) chain.unshift(at.name);
		name = chain.join('');
		fullNames.set(division.code, name);
	}
	return name;
}

export function divisionsNamed(name: string): readonly Division[] {
	return gazetteer().byName.get(name) ?? [];
}

export function divisionsShortNamed(name: string): readonly Division[] {
	return gazetteer().byShortName.get(name) ?? [];
}

export function childrenOf(division: Division): readonly Division[] {
	return gazetteer().children.get(division.code) ?? [];
}
