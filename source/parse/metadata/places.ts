import {
	type Division,
	divisionsNamed,
	divisionsShortNamed,
	firstTwo,
	gazetteer,
	isWithin,
	mayStartName,
} from './divisions.js';

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

type Token = {index: number; end: number; name: string; candidates: readonly Division[]};

/** The first of `names` (longest first, all starting with the two characters at `i`) written at `i`. */
function longestAt(text: string, i: number, names: readonly string[]): string | undefined {
	for (const name of names) if (name.length === 2 || text.startsWith(name, i)) return name;
	return undefined;
}

/** Calls `visit` with each division name written in `text`, longest first at each position, left to right. */
function eachName(text: string, visit: (index: number, name: string) => void): void {
	const {byFirstTwo, pairs} = gazetteer();
	const last = text.length - 1;
	for (let i = 0; i < last; ) {
		if (!mayStartName(pairs, text.charCodeAt(i), text.charCodeAt(i + 1))) {
			i++;
			continue;
		}
		const names = byFirstTwo.get(firstTwo(text, i));
		const name = names && longestAt(text, i, names);
		if (name) {
			visit(i, name);
			i += name.length;
		} else i++;
	}
}

function tokens(text: string): Token[] {
	const found: Token[] = [];
	eachName(text, (index, name) => found.push({index, end: index + name.length, name, candidates: divisionsNamed(name)}));
	return found;
}

/**
How often each division name is written in `text`, added to `counts`: findPlaces without its chains and
without an object per name, for counting across a whole report. Two-character county names (城区, 郊区, 和县) are
words as often as names, and are left out, unless one opens a document's title (《房县法治政府建设实施方案》):
no word opens a title so.
*/
export function countNames(text: string, counts: Map<string, number>): void {
	eachName(text, (index, name) => {
		if (name.length > 2 || text.charCodeAt(index - 1) === 0x300A || divisionsNamed(name).some(division => division.level !== 'county')) {
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	});
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
