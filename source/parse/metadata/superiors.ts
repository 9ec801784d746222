/**
Places a report names as above it: whoever leads it together with a government (在金华市委、市政府的坚强领导下:
a government is not led by itself) and whoever acts on it (定西市委依法治市办对我县开展督察). A county-level city
names its prefecture this way more often than it names itself.
*/
import type {Division} from './divisions.js';
import {findPlaces} from './places.js';

// Bounded and stopped at clause marks, so a long line is read once and a match never spans two clauses.
const led = /在([^,,。;;在]{2,30}?)领导下/gu;
const actsOn = /([^,,。;;对]{2,30}?)对我(?:省|市|州|盟|县|旗|区)/gu;

export function findSuperiors(text: string): Division[] {
	const found: Division[] = [];
	if (text.includes('领导下')) {
		for (const match of text.matchAll(led)) {
			const span = match[1]!;
			const places = findPlaces(span);
			// 在浙江省委、省政府和金华市委的领导下: 浙江省 leads with its government; 金华市委 alone may be the report's own.
			places.forEach((place, i) => {
				if (span.slice(place.end, places[i + 1]?.index ?? span.length).includes('政府')) found.push(...place.candidates);
			});
		}
	}
	if (text.includes('对我')) {
		for (const match of text.matchAll(actsOn)) for (const place of findPlaces(match[1]!)) found.push(...place.candidates);
	}
	return found;
}
