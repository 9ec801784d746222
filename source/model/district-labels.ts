/**
How the views name a district. A name alone does not identify one: 朝阳区 is a
district of 北京 and one of 长春, and both may be loaded. Where loaded districts
share a name, each label carries the shortest thing that tells them apart: its
city (for a municipality's district, its province), else its province, else its
code, else its full name. A name no other loaded district has stays as written.

Under --lang en a name is the division's English (english-names.ts): Chaoyang District,
and where two share a name, Chaoyang (Beijing) and Chaoyang (Changchun), told apart by
the same level as in Chinese. The English is read when first asked for, as it needs
the pinyin dictionary, which a Chinese snapshot never loads.

Reads the province and city the parser resolved from the gazetteer and stored on
the report, rather than the gazetteer itself: the gazetteer is part of the parser,
which a snapshot of the bundled reports must not load (tests/build/start-path).
*/
import type {ReportSummary} from '../parse/types.js';
import {englishName} from './english-names.js';
import {districtId} from './identity.js';
import type {Labelled} from './labels.js';

type Named = ReportSummary;

/** Between a name and what tells it apart: reads as one label and keeps a query for the name matching. */
export const labelSeparator = '·';

// As shortName in parse/metadata/divisions.ts: 北京市 → 北京, 内蒙古自治区 → 内蒙古, 大兴安岭地区 → 大兴安岭.
const suffix = /(?:省|市|地区|盟|特别行政区|(?:壮族|回族|维吾尔)?自治区)$/u;

/**
A province or city as people shorten it, kept whole where the short form would be one
character. An autonomous prefecture stays whole (延边朝鲜族自治州): where its name ends
and its peoples begin takes the parser's list of peoples, and a long tag beats a wrong one.
*/
export function shortPlaceName(name: string): string {
	const short = name.replace(suffix, '');
	return short.length >= 2 ? short : name;
}

/**
A district's name in both languages. The English is made on first use and kept once made:
until the pinyin dictionary is loaded it reads as the Chinese, so a view drawn before
then still names every district.
*/
export class DistrictName implements Labelled {
	#en: string | null = null;

	constructor(readonly zh: string, private readonly english: () => string | null) {}

	get en(): string {
		this.#en ??= this.english();
		return this.#en ?? this.zh;
	}
}

const nameOf = (report: Named) => report.district.name ?? report.district.fullName;

/** A place as a tag shows it: 北京 and Beijing. */
type Tag = {readonly zh: string; readonly en: () => string | null};

const placeTag = (place: string | null): Tag | null => (place === null ? null : {zh: shortPlaceName(place), en: () => englishName(place)?.stem ?? null});

/** What may tell same-named districts apart, shortest first. */
const levels: ReadonlyArray<(report: Named) => Tag | null> = [
	({district}) => placeTag(district.city ?? district.province),
	({district}) => placeTag(district.province),
	({district}) => (district.code === null ? null : {zh: district.code, en: () => district.code}),
	({district}) => (district.fullName === null ? null : {zh: district.fullName, en: () => englishName(district.fullName!)?.full ?? null}),
];

/** Chaoyang (Beijing): the name without its kind of division, which its homonym shares. */
function taggedName(name: string, tag: Tag): DistrictName {
	return new DistrictName(`${name}${labelSeparator}${tag.zh}`, () => {
		const [own, by] = [englishName(name), tag.en()];
		return own === null || by === null ? null : `${own.stem} (${by})`;
	});
}

const plainName = (name: string) => new DistrictName(name, () => englishName(name)?.full ?? null);

/**
For one name's districts (two or more), each one's label. A district takes the first
level at which what it has is its own among them; one with nothing of its own (no
code, no place) keeps the bare name, which then is the only bare one. Should two
labels still meet (one's city is another's province), both take their full names.
*/
function disambiguate(name: string, members: readonly Named[]): DistrictName[] {
	const tags = members.map(() => null as Tag | null);
	for (const level of levels) {
		const values = members.map(level);
		const counts = new Map<string, number>();
		for (const value of values) {
			if (value !== null) {
				counts.set(value.zh, (counts.get(value.zh) ?? 0) + 1);
			}
		}

		values.forEach((value, index) => {
			if (tags[index] === null && value !== null && counts.get(value.zh) === 1) {
				tags[index] = value;
			}
		});
	}

	const labels = tags.map(tag => (tag === null ? plainName(name) : taggedName(name, tag)));
	const seen = new Map<string, number>();
	for (const label of labels) {
		seen.set(label.zh, (seen.get(label.zh) ?? 0) + 1);
	}

	return labels.map((label, index) => {
		const {fullName} = members[index]!.district;
		return seen.get(label.zh)! > 1 && fullName !== null ? plainName(fullName) : label;
	});
}

/**
The labels of the loaded districts that share a name, by districtId. Built once per
set of reports: the views ask for it per column on every frame.
*/
const built = new WeakMap<readonly Named[], ReadonlyMap<string, DistrictName>>();

export function districtLabels(reports: readonly Named[]): ReadonlyMap<string, DistrictName> {
	let labels = built.get(reports);
	if (labels !== undefined) {
		return labels;
	}

	// One report per district: a district's years all carry the same name and place.
	const byName = new Map<string, Map<string, Named>>();
	for (const report of reports) {
		const name = nameOf(report);
		if (name === null) {
			continue;
		}

		const districts = byName.get(name) ?? new Map<string, Named>();
		byName.set(name, districts);
		const id = districtId(report);
		if (!districts.has(id)) {
			districts.set(id, report);
		}
	}

	const found = new Map<string, DistrictName>();
	for (const [name, districts] of byName) {
		if (districts.size < 2) {
			continue;
		}

		const ids = [...districts.keys()];
		disambiguate(name, [...districts.values()]).forEach((label, index) => found.set(ids[index]!, label));
	}

	labels = found;
	built.set(reports, labels);
	return labels;
}

// A name no other district has, kept per set of reports so its English is made once.
const plain = new WeakMap<readonly Named[], Map<string, DistrictName>>();

/** A report's district as the views name it among `reports` (the loaded ones); null when the report never names it. */
export function districtLabel(reports: readonly Named[], report: Named): DistrictName | null {
	const id = districtId(report);
	const shared = districtLabels(reports).get(id);
	if (shared !== undefined) {
		return shared;
	}

	const name = nameOf(report);
	if (name === null) {
		return null;
	}

	const names = plain.get(reports) ?? new Map<string, DistrictName>();
	plain.set(reports, names);
	let found = names.get(id);
	if (found === undefined) {
		found = plainName(name);
		names.set(id, found);
	}

	return found;
}
