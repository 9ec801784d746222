import type {District, Hints, Origin} from '../types.js';
import type {Line} from '../lines.js';
import {readDistrict} from './district.js';
import {readLayout} from './layout.js';
import {readPublished} from './published.js';
import {readYear} from './year.js';

export type Metadata = {
	readonly district: District;
	readonly year: number | null;
	/** ISO date (YYYY-MM-DD) the report was signed, when it states one. */
	readonly published: string | null;
	readonly origin: {readonly district: Origin; readonly year: Origin};
	/** What decided the district (decide.ts) and the year (year.ts): for explaining a result, not part of a Report. */
	readonly reasons: {readonly district: string; readonly year: string};
};

/**
Pinyin glosses some mirror sites put after characters (全區(qū), 內(nèi)蒙古): they split names, so they go
before any name is looked for. Only bracketed syllables with a tone mark, which Chinese text never holds.
*/
const gloss = /[((][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[))]/gu;
// Led by the bracket, so the engine skips to brackets instead of trying a class of tone marks at every character.
const glossed = /[((][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

/** Most lines have no bracket at all: a plain search rules them out faster than the pattern does. */
const hasGloss = (text: string) => (text.includes('(') || text.includes('(')) && glossed.test(text);

/** Glosses come from a mirror site's whole page: a report without them in its first lines has none. */
function withoutGlosses(lines: readonly Line[]): readonly Line[] {
	const sample = Math.min(lines.length, 12);
	let found = false;
	for (let i = 0; i < sample && !found; i++) found = hasGloss(lines[i]!.text);
	if (!found) return lines;
	return lines.map(line => (hasGloss(line.text) ? {text: line.text.replace(gloss, ''), line: line.line} : line));
}

/**
A report's district, year under review and signing date, from its cleaned, simplified lines. The text
wins over the hints (which usually come from a file name); a hint fills in only what the text never states.
*/
export function readMetadata(lines: readonly Line[], hints: Hints = {}, sources: readonly Line[] = []): Metadata {
	const layout = readLayout(withoutGlosses(lines), sources);
	const {district, origin: districtOrigin, reason} = readDistrict(layout, hints.district);
	const stated = readYear(layout);
	const year = stated.year ?? hints.year ?? null;
	const yearOrigin: Origin = stated.year !== null ? 'text' : year !== null ? 'filename' : 'none';
	return {
		district,
		year,
		published: readPublished(layout),
		origin: {district: districtOrigin, year: yearOrigin},
		reasons: {district: reason, year: yearOrigin === 'filename' ? `${stated.reason}; the file name states it` : stated.reason},
	};
}
