/**
A county's name in its own brand phrases: 法治皋兰, 平安城关, 谱写中国式现代化清河篇章, 建设现代化新衡山. A report that calls
itself only 我县 often names itself nowhere else. Not 浦江经验 or 晋江模式: other counties cite those. Provinces and cities are found by their short names
(short-names.ts); this reads the county levels, and a city's name when the report speaks as a city and names it nowhere else.
*/
import {type Division, divisionsNamed, divisionsShortNamed} from './divisions.js';
import type {Level} from './self.js';

// Only in lines holding one of these words is a brand looked for. 现代化新衡山建设 names the county as its own
// modernisation does.
const before = /(?:法治|平安|清廉|诚信|善治|现代化新)([\u4e00-\u9fff]{2,4})/gu;
const after = /([\u4e00-\u9fff]{2,4})篇章/gu;
const hint = /法治|平安|清廉|诚信|善治|现代化新|篇章/u;

/**
The levels a prefecture speaks as (我市, 州政府): its brand holds its short name (法治湛江 for 湛江市), as a province's
does (法治湖南), which short-names.ts reads.
*/
const cityLevels: ReadonlySet<Level> = new Set<Level>(['市', '州', '盟']);

/** The levels whose names a brand leaves out: 县 of 皋兰县, 区 of 城关区, 市 of a county-level city (义乌市). */
const suffixes: Partial<Record<Level, string>> = {县: '县', 区: '区', 旗: '旗', 市: '市'};

/**
The divisions of `level` the brands in `text` name, by the name as written with its suffix (皋兰县), added to
`found`. A stem that is also a province's or a city's short name (法治河北, 法治大同) is their brand, not a
county's (天津's 河北区, 大庆's 大同区).
*/
export function findBrands(text: string, level: Level, found: Map<string, readonly Division[]>): void {
	const suffix = suffixes[level];
	const city = cityLevels.has(level);
	if ((!suffix && !city) || !hint.test(text)) return;
	for (const pattern of [before, after]) {
		for (const match of text.matchAll(pattern)) {
			const written = match[1]!;
			// The stem is the longest head of the captured characters that, with the suffix, is a county (or, for a
			// report speaking as a city, a city by its short name).
			for (let length = written.length; length >= 2; length--) {
				const stem = pattern === before ? written.slice(0, length) : written.slice(written.length - length);
				const cities = city ? divisionsShortNamed(stem).filter(division => division.level === 'city') : [];
				if (cities.length > 0) {
					found.set(cities[0]!.name, cities);
					break;
				}

				if (!suffix) continue;
				// 法治岚县 holds the whole name of 岚县, whose stem is one character.
				const name = stem.endsWith(suffix) ? stem : stem + suffix;
				const counties = divisionsNamed(name).filter(division => division.level === 'county');
				if (counties.length === 0) continue;
				if (divisionsShortNamed(stem).length === 0) found.set(name, counties);
				break;
			}
		}
	}
}
