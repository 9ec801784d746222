import {
	type Division,
	divisionsNamed,
	divisionsShortNamed,
	gazetteer,
	isWithin,
} from './divisions.js';
import {organWords} from './layout.js';

/** A division name found in text, with whatever prefix was written before it (北京市朝阳区, 重庆江北区). */
export type Place = {
	/** The whole chain as written: 北京市朝阳区. */
	readonly text: string;
	readonly index: number;
	readonly end: number;
	/** The last link, the place meant: 朝阳区. */
	readonly name: string;
	/** Divisions it can be; a written prefix narrows them (北京市朝阳区 → 110105 only). */
	readonly candidates: readonly Division[];
	/** True when a parent was written right before it. */
	readonly prefixed: boolean;
};

/** A zone that is not a division but is named after one (开封市示范区, 某市高新技术产业开发区). */
export type Zone = {
	readonly name: string;
	readonly index: number;
	/** The written part after the division: 示范区. */
	readonly suffix: string;
	readonly within: Division;
};

type Token = {index: number; end: number; name: string; candidates: readonly Division[]};

/** The first of `names` (longest first) written at `i`. */
function longestAt(text: string, i: number, names: readonly string[]): string | undefined {
	const second = text.charCodeAt(i + 1);
	for (const name of names) {
		// The second character rules out most names before a full comparison.
		if ((name.length < 2 || name.charCodeAt(1) === second) && text.startsWith(name, i)) {
			return name;
		}
	}

	return undefined;
}

function tokens(text: string): Token[] {
	const {byFirstCode} = gazetteer();
	const found: Token[] = [];
	for (let i = 0; i < text.length; ) {
		const names = byFirstCode[text.charCodeAt(i)];
		const name = names === undefined ? undefined : longestAt(text, i, names);
		if (name) {
			found.push({index: i, end: i + name.length, name, candidates: divisionsNamed(name)});
			i += name.length;
		} else i++;
	}
	return found;
}

const within = (candidates: readonly Division[], parents: readonly Division[]) =>
	candidates.filter(candidate => parents.some(parent => isWithin(candidate, parent)));

/** A short name written right before a place (重庆江北区), if it is one of its ancestors. */
function shortPrefix(text: string, token: Token): {length: number; parents: readonly Division[]} | null {
	for (let length = 4; length >= 2; length--) {
		if (token.index < length) continue;
		const parents = divisionsShortNamed(text.slice(token.index - length, token.index));
		if (parents.length > 0 && within(token.candidates, parents).length > 0) return {length, parents};
	}
	return null;
}

/**
Every division name in `text`, longest match first, with written chains merged into one place. Two-character
county names (城区, 郊区, 矿区) are words too (中心城区), so they count only after their city.
*/
export function findPlaces(text: string): Place[] {
	const places: Place[] = [];
	let previous: Place | null = null;
	for (const token of tokens(text)) {
		// Places are written out as literals: in Node 20 a spread followed by new keys ({...token, text})
		// takes a slow path that cost microseconds per place.
		const narrowed = previous && previous.end === token.index ? within(token.candidates, previous.candidates) : [];
		let place: Place;
		if (previous && narrowed.length > 0) {
			places.pop();
			place = placeOf(token, previous.index, narrowed, previous.text + token.name, true);
		} else {
			const short = shortPrefix(text, token);
			if (short) {
				const index = token.index - short.length;
				place = placeOf(token, index, within(token.candidates, short.parents), text.slice(index, token.end), true);
			} else if (token.name.length < 3 && token.candidates.every(c => c.level === 'county')) {
				previous = null;
				continue;
			} else {
				place = placeOf(token, token.index, token.candidates, token.name, false);
			}
		}
		places.push(place);
		previous = place;
	}
	return places;
}

function placeOf(token: Token, index: number, candidates: readonly Division[], text: string, prefixed: boolean): Place {
	return {index, end: token.end, name: token.name, candidates, text, prefixed};
}

const zoneAfter = new RegExp(`^([\\u4e00-\\u9fff]{1,12}?区)(?=${organWords}|\\s|$)`, 'u');

/** Zones named after a city or province: the part after the division ends in 区 and an organ follows. */
export function findZones(text: string, places: readonly Place[] = findPlaces(text)): Zone[] {
	const zones: Zone[] = [];
	for (const place of places) {
		const [division] = place.candidates;
		if (!division || place.candidates.length > 1 || division.level === 'county') continue;
		const match = zoneAfter.exec(text.slice(place.end));
		if (!match) continue;
		const suffix = match[1]!;
		zones.push({name: place.text + suffix, index: place.index, suffix, within: division});
	}
	return zones;
}

/** Text with 《…》 titles blanked (same length, so offsets hold): a cited law names other places and years. */
export function withoutTitles(text: string): string {
	// Bounded, so a page of unclosed 《 stays linear; no cited title runs past 100 characters.
	return text.replace(/《[^》]{0,100}》/gu, match => ' '.repeat(match.length));
}
