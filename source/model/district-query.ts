/**
What a --district value names among the loaded reports: a name or code as written (朝阳区, 110105), or the
name in pinyin (chaoyang, chaoyangqu, Chao-yang), resolved here to the districts' codes or names. A value that
names no loaded district is reported with the nearest names, so a typo is said and not run over everything.
*/
import {nearest} from '../options/nearest.js';
import {matchesDistrict, type Placed} from './filters.js';

/** A district name's whole pinyin, lower case, no tones or spaces (朝阳区 → chaoyangqu). */
export type PinyinOf = (name: string) => string;

export type DistrictQueries = {
	/** The queries to filter by: as given where they match, pinyin replaced by what it names. */
	readonly queries: string[];
	/** Queries that name no loaded district, each with the nearest loaded names. */
	readonly unmatched: Array<{readonly query: string; readonly nearest: string[]}>;
};

const latin = /^[a-z\s'’-]+$/i;
const suffixes = ['', 'qu', 'xian', 'shi', 'qi', 'zhen', 'xinqu'];

const foldLatin = (text: string) => text.toLowerCase().replace(/[\s'’-]+/g, '');

export function isLatinQuery(query: string): boolean {
	return latin.test(query.trim());
}

export function resolveDistrictQueries(queries: readonly string[], reports: readonly Placed[], pinyinOf?: PinyinOf): DistrictQueries {
	const names = [...new Set(reports.map(report => report.district.name ?? report.district.fullName).filter((name): name is string => name !== null))];
	const resolved: string[] = [];
	const unmatched: Array<{query: string; nearest: string[]}> = [];
	for (const query of queries) {
		if (reports.some(report => matchesDistrict(report, query))) {
			resolved.push(query);
			continue;
		}

		if (pinyinOf !== undefined && isLatinQuery(query)) {
			const wanted = foldLatin(query);
			const named = names.filter(name => {
				const spelled = pinyinOf(name);
				return spelled.startsWith(wanted) && suffixes.includes(spelled.slice(wanted.length));
			});
			if (named.length > 0) {
				resolved.push(...named);
				continue;
			}

			unmatched.push({query, nearest: nearest(wanted, names.map(pinyinOf)).map(spelled => names.find(name => pinyinOf(name) === spelled)!)});
			continue;
		}

		unmatched.push({query, nearest: nearest(query.trim(), names)});
	}

	return {queries: resolved, unmatched};
}
