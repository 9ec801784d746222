import type {Line} from '../lines.js';
import {type Division, childrenOf, cityOf, parent, provinceOf, shortName} from './divisions.js';
import type {Place} from './places.js';

/**
Epithets that point at a province without naming it. Only multi-character ones: a lone 京 or 渝 also
sits in ordinary words (矢志不渝), while 川渝, 京华, 首都 do not.
*/
const aliases: Readonly<Record<string, readonly string[]>> = {
	// 副中心: Beijing's sub-centre in 通州 (通州区 is a twin with Nantong's).
	'110000': ['首都', '京华', '京城', '京津冀', '在京', '进京', '来京', '副中心'],
	'120000': ['津门', '京津冀'],
	'130000': ['京津冀'],
	'310000': ['申城', '沪上', '在沪', '来沪'],
	'500000': ['川渝', '成渝', '巴渝', '渝中', '渝北', '在渝', '来渝'],
	'510000': ['川渝', '成渝', '巴蜀'],
	'440000': ['粤港澳'],
};

/** Words that would point at this candidate: its province, its city, their short forms and epithets, its siblings. */
function terms(candidate: Division): Set<string> {
	const words = new Set<string>();
	const province = provinceOf(candidate);
	const city = cityOf(candidate);
	for (const division of [province, city]) {
		if (!division) continue;
		// The short form (北京) counts the full one (北京市) too, so never add both.
		words.add(shortName(division) ?? division.name);
	}
	for (const alias of aliases[province.code] ?? []) words.add(alias);
	const up = parent(candidate);
	if (up) {
		for (const sibling of childrenOf(up)) {
			if (sibling.code !== candidate.code && sibling.name.length >= 3 && sibling.level === 'county') {
				words.add(sibling.name);
			}
		}
	}
	return words;
}

/** A name with a parent written right before it: 长春市朝阳区, 长春朝阳区, 吉林省朝阳区, 吉林长春朝阳区. */
function writtenForms(candidate: Division, name: string): string[] {
	const parents = [cityOf(candidate), provinceOf(candidate)].filter((division): division is Division => division !== null && division !== undefined);
	return parents.flatMap(division => [division.name, shortName(division)]).filter((prefix): prefix is string => Boolean(prefix)).map(prefix => prefix + name);
}

function count(text: string, word: string): number {
	let n = 0;
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
	return n;
}

/**
Which of several same-named divisions (朝阳区 in 北京市 and 长春市; 江北区 in 重庆市 and 宁波市) a report
means. First a written prefix anywhere in the text or the hint (北京市朝阳区, 重庆江北区); then the page's
索引号, when it opens with one candidate's code (see indexCodes); then the mentions of each candidate's province, city, epithets and sibling counties, counted across the text,
and the candidate with strictly the most wins. A tie yields null: a wrong code would file one district's
reports under another's series, silently, whereas an unresolved one shows as such and a hint
(a file name like 北京市朝阳区2024.txt) fixes it. Population or a default would be right only for
whichever twin is bigger, and every report of the other would be misfiled.
*/
export function disambiguate(place: Pick<Place, 'name' | 'candidates'>, lines: readonly Line[], hint?: string, indexed: () => readonly string[] = () => []): Division | null {
	let candidates = place.candidates;
	if (candidates.length === 1) return candidates[0]!;
	const texts = lines.map(line => line.text);
	if (hint) texts.push(hint);

	const text = texts.join('\n');
	// Looking for the written forms directly (北京市朝阳区, 北京朝阳区) is far cheaper than finding every place.
	const prefixed = candidates.filter(candidate => writtenForms(candidate, place.name).some(form => text.includes(form)));
	if (prefixed.length === 1) return prefixed[0]!;
	if (prefixed.length > 1) candidates = prefixed;
	const codes = indexed();
	const coded = candidates.filter(candidate => codes.includes(candidate.code));
	if (coded.length === 1) return coded[0]!;

	const scored = candidates
		.map(candidate => ({candidate, score: [...terms(candidate)].reduce((sum, word) => sum + count(text, word), 0)}))
		.sort((a, b) => b.score - a.score);
	const [best, next] = scored;
	if (!best || best.score === 0 || (next && next.score === best.score)) return null;
	return best.candidate;
}

/**
A site's 索引号 opens with its publisher's division code (370402/2022-00029, 4114000003) or with the publisher's
unified social credit code, whose third to eighth characters are the division it is registered in
(11500111MB15011811). Only ever matched against the candidates of a name the text gives: a number that merely
looks like a code picks nothing, and a credit code keeps the division of its registration, which a later
renaming may have changed.
*/
const indexNumber = /索\s*引\s*号\s*[\]】]?\s*[::]?\s*[\]】]?\s*([0-9A-Z]{6,20})/u;
const divisionFirst = /^[1-6]\d{5}/u;
const creditCode = /^[1-9A-Y][1-9][1-6]\d{5}[0-9A-Z]{9,10}$/u;

/** The division codes a page's 索引号 lines may hold: both readings of a number that could be either. */
export function indexCodes(lines: readonly Line[]): string[] {
	const codes: string[] = [];
	for (const {text} of lines) {
		if (!text.includes('引')) continue;
		const number = indexNumber.exec(text)?.[1];
		if (number === undefined) continue;
		if (divisionFirst.test(number)) codes.push(number.slice(0, 6));
		if (creditCode.test(number)) codes.push(number.slice(2, 8));
	}

	return codes;
}
