import {type Division, gazetteer, shortName} from './divisions.js';

/** A province or prefecture written without its suffix: 法治湖南, 考察云南, 平安珠海. */
export type ShortMention = {
	readonly index: number;
	readonly end: number;
	readonly name: string;
	readonly candidates: readonly Division[];
};

/**
Words that hold a short name without meaning the place: 长治久安 is no mention of 长治, 伟大理想 none of 大理.
Each entry is the word and where the short name sits in it.
*/
const decoys: ReadonlyArray<readonly [string, number]> = [
	['长治久安', 0], ['重大理', 1], ['伟大理', 1], ['强大理', 1], ['远大理', 1], ['平安顺', 1], ['阿里巴巴', 0],
	['浙江西', 1], ['上海南', 1], ['江河北', 1], ['黄河南', 1], ['黄河北', 1], ['承德治', 0], ['传承德', 1],
	['继承德', 1], ['安康乐', 0], ['平安康', 1], ['中山路', 0], ['中山装', 0],
];

/** 朝阳 is as much 朝阳区 (two of them) and 朝阳县 as 朝阳市; 吉林 names both a province and a city. */
const ambiguous = new Set(['朝阳']);

type Index = {
	readonly byFirstCode: ReadonlyArray<readonly string[] | undefined>;
	/** 1 where a character is the second of some short name: most candidates end there, before any comparison. */
	readonly seconds: Uint8Array;
	readonly byName: ReadonlyMap<string, readonly Division[]>;
};
let index: Index | undefined;

function build(): Index {
	const byName = new Map<string, Division[]>();
	for (const division of gazetteer().byCode.values()) {
		const short = shortName(division);
		if (!short || ambiguous.has(short)) continue;
		const list = byName.get(short);
		if (list) list.push(division);
		else byName.set(short, [division]);
	}
	const byFirstCode: Array<string[] | undefined> = Array.from({length: 0x10000});
	const seconds = new Uint8Array(0x10000);
	for (const name of byName.keys()) {
		(byFirstCode[name.charCodeAt(0)] ??= []).push(name);
		seconds[name.charCodeAt(1)] = 1;
	}
	for (const list of byFirstCode) list?.sort((a, b) => b.length - a.length);
	return {byFirstCode, seconds, byName};
}

const isDecoy = (text: string, at: number) => decoys.some(([word, offset]) => at >= offset && text.startsWith(word, at - offset));

/**
Every short name in `text` that is not part of a longer name (湖南省 is a full mention, found by findPlaces)
or of a decoy word. Cheap: one table lookup per character, like findPlaces.
*/
export function findShortNames(text: string): ShortMention[] {
	index ??= build();
	const {byFirstCode, seconds, byName} = index;
	const found: ShortMention[] = [];
	for (let i = 0; i < text.length; i++) {
		if (seconds[text.charCodeAt(i + 1)] !== 1) continue;
		const names = byFirstCode[text.charCodeAt(i)];
		if (!names) continue;
		const name = names.find(candidate => text.startsWith(candidate, i));
		if (!name || isDecoy(text, i)) continue;
		const candidates = byName.get(name)!;
		// 湖南省, 珠海市: the full name is a mention of its own, not a second short one.
		if (candidates.some(division => text.startsWith(division.name, i))) {
			i += name.length - 1;
			continue;
		}
		found.push({index: i, end: i + name.length, name, candidates});
		i += name.length - 1;
	}
	return found;
}
