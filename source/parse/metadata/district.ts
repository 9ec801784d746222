import type {District, Origin} from '../types.js';
import type {Line} from '../lines.js';
import {type Division, cityOf, fullNameOf, provinceOf} from './divisions.js';
import type {Layout} from './layout.js';
import {type Place, type Zone, findPlaces, findZones, withoutTitles} from './places.js';
import {disambiguate} from './evidence.js';

/** What a report says it is: a division (maybe one of several of that name) or a zone named after one. */
type Clue = {readonly place: Place} | {readonly zone: Zone};

const nobody: District = {name: null, fullName: null, province: null, city: null, code: null};

const depth = (place: Place) => {
	const level = place.candidates[0]?.level;
	return level === 'county' ? 2 : level === 'city' ? 1 : 0;
};

/** The most specific clue on some lines: a zone beats a division, a county beats its city. */
function mostSpecific(lines: readonly Line[]): Clue | null {
	// Each line's places, found once for its zones and again only when blanking titles changed the line
	// (the same text gives the same places): parser about 1.02× faster.
	const placesOf: Place[][] = [];
	for (const line of lines) {
		const places = findPlaces(line.text);
		placesOf.push(places);
		const [zone] = findZones(line.text, places);
		if (zone) return {zone};
	}
	let best: Place | null = null;
	for (const [i, line] of lines.entries()) {
		const text = withoutTitles(line.text);
		for (const place of text === line.text ? placesOf[i]! : findPlaces(text)) {
			if (!best || depth(place) > depth(best)) best = place;
		}
	}
	return best ? {place: best} : null;
}

/** Signature lines: an organ name alone on a line, maybe with the date (重庆市江北区人民政府). */
const signature = /^[\u4e00-\u9fff()()·]{2,40}(?:人民政府|政府|管委会|管理委员会|党工委|工委|委员会)(?:办公室)?(?:\s*[\d〇零一二三四五六七八九十]{4}年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日)?$/u;

/** A city or province right before its own organs is the parent speaking (在开封市委…), not the subject. */
const parentOrgan = /^(?:委|党委|人大|政协|纪委|人民政府|政府)/u;

function openingClue(body: readonly Line[]): Clue | null {
	const first = body[0];
	if (!first) return null;
	const sentence = withoutTitles(first.text.split(/[。!?!?]/u)[0] ?? '');
	let best: Place | null = null;
	for (const place of findPlaces(sentence)) {
		if (depth(place) < 2 && parentOrgan.test(sentence.slice(place.end))) continue;
		if (!best || depth(place) > depth(best)) best = place;
	}
	return best ? {place: best} : null;
}

/** The county named most often, if clearly so: the last resort before the file name. */
function bodyClue(body: readonly Line[]): Clue | null {
	const counts = new Map<string, {place: Place; count: number}>();
	for (const line of body) {
		for (const place of findPlaces(line.text)) {
			if (depth(place) < 2) continue;
			const entry = counts.get(place.name);
			if (entry) entry.count++;
			else counts.set(place.name, {place, count: 1});
		}
	}
	const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
	if (!first || first.count < 2 || (second && second.count === first.count)) return null;
	return {place: first.place};
}

function describe(division: Division, name: string): District {
	return {
		name,
		fullName: fullNameOf(division),
		province: provinceOf(division).name,
		city: cityOf(division)?.name ?? null,
		code: division.code,
	};
}

function resolve(clue: Clue, layout: Layout, hint: string | undefined): District {
	if ('zone' in clue) {
		const {zone} = clue;
		return {
			name: zone.name,
			fullName: fullNameOf(zone.within) + zone.suffix,
			province: provinceOf(zone.within).name,
			city: cityOf(zone.within)?.name ?? null,
			code: null,
		};
	}
	const {place} = clue;
	const division = disambiguate(place, layout.all, hint);
	if (division) return describe(division, place.name);
	// Unresolved: keep what every candidate agrees on rather than guess.
	const provinces = new Set(place.candidates.map(c => provinceOf(c).name));
	return {...nobody, name: place.name, province: provinces.size === 1 ? [...provinces][0]! : null};
}

/** The site's 来源:北京市门头沟区人民政府: it names who posted the page, usually the report's own government. */
function sourceClue(all: readonly Line[]): Clue | null {
	const sources = all.flatMap(line => {
		const source = /来源\s*[::]\s*(\S+)/u.exec(line.text)?.[1];
		return source ? [{text: source, line: line.line}] : [];
	});
	return mostSpecific(sources);
}

export function readDistrict(layout: Layout, hint?: string): {district: District; origin: Origin} {
	const tail = layout.tail.filter(line => signature.test(line.text));
	const clue =
		mostSpecific(layout.titles) ??
		mostSpecific(tail) ??
		mostSpecific(layout.organs) ??
		openingClue(layout.body) ??
		bodyClue(layout.body) ??
		sourceClue(layout.all);
	if (clue) return {district: resolve(clue, layout, hint), origin: 'text'};
	if (hint) {
		const fromHint = mostSpecific([{text: hint, line: 0}]);
		if (fromHint) return {district: resolve(fromHint, layout, hint), origin: 'filename'};
		return {district: {...nobody, name: hint}, origin: 'filename'};
	}
	return {district: nobody, origin: 'none'};
}
