/**
The decision: which district a report is, from its evidence (evidence.ts), by one ranked rule.

1. The title: the zone or the most specific division it names.
2. The signature, the organs under the title, the subject of the opening, in that order: the first that is
   firm (a signature over its date, a subject that reports on its year: 某区坚持…), that a slot of another
   role names too, or that agrees with the level the report speaks as in its own voice (self.ts: 我市,
   区政府常务会议). An organ line may be the banner of the site hosting the report, a signature its footer,
   an opening a district's ranking: a county's report under a city's banner is still the county's.
3. The division of the report's own level that its text names most (its own documents 《鹤岗市人民政府关于…》,
   法治湖南), helped by a document number in its abbreviation (鹤政发) or the site's 来源 line; a place the
   report is addressed to is its parent and never counts, nor one that leads it with a government or acts on
   it (superiors.ts) while holding another division of the level the text names. Named once, it must head one of the report's own
   yearly documents (《许昌市2024年…工作要点》) or something it issued (发布“包头市…地图”) and be the only
   division of that level the text names.
4. A report naming itself only in its brand phrases (法治皋兰; 法治湛江 when it speaks as a city), all of one
   division (brands.ts).
5. A dated signature or a subject from step 2 at odds with the level, when the text names nothing of that
   level; an organ line or an undated signature at odds with it is a hosting site's banner or footer, never
   the report.
6. The site's 来源 line, then the file name.
Nothing clear at any step leaves the district unknown: a wrong district files one government's figures
under another's, an unknown one shows as unknown.
*/
import type {District, Origin} from '../types.js';
import {findBrands} from './brands.js';
import {type Division, cityOf, fullNameOf, isWithin, isZone, parent, provinceOf} from './divisions.js';
import {type Claim, type Evidence, type Role, type Tally, type ZoneClaim, claimOf, levelOf, once} from './evidence.js';
import type {Place} from './places.js';
import type {Line} from '../lines.js';
import {type Level, type SelfLevel, selfLevel} from './self.js';
import {disambiguate} from './twins.js';
import {isGeneric, isSubCounty, sameKind, zoneInTitles, zoneOfYearlyDocuments} from './zones.js';

export type Decision = {
	readonly district: District;
	readonly origin: Origin;
	/** Which evidence won, for explaining a result: 'title names it', 'most named 市 (3)'. */
	readonly reason: string;
};

const nobody: District = {name: null, fullName: null, province: null, city: null, code: null};

const slotRoles: readonly Role[] = ['title', 'signature', 'organ', 'subject'];

/** Documents are numbered with a province's one-character abbreviation (湘政发, 鄂政办): by province code. */
const provinceAbbreviations: Readonly<Record<string, string>> = {
	11: '京', 12: '津', 13: '冀', 14: '晋', 15: '内', 21: '辽', 22: '吉', 23: '黑', 31: '沪', 32: '苏', 33: '浙', 34: '皖',
	35: '闽', 36: '赣', 37: '鲁', 41: '豫', 42: '鄂', 43: '湘', 44: '粤', 45: '桂', 46: '琼', 50: '渝', 51: '川', 52: '黔',
	53: '云', 54: '藏', 61: '陕', 62: '甘', 63: '青', 64: '宁', 65: '新',
};

export function decide(evidence: Evidence, hint?: string): Decision {
	// The level is read only when a slot below the title needs it: most reports are settled by their title.
	const self = once(() => selfLevel(evidence.votes()));
	let astray: Claim | null = null;
	for (const role of slotRoles) {
		for (const claim of evidence.claimsOf(role)) {
			if (!claim.zone && !claim.place) continue;
			// Firmness and seconding are asked first: they need no reading of the whole text.
			if (role === 'title' || claim.firm || seconded(claim, evidence.claims()) || fits(claim, self().own)) {
				return fromClaim(claim, evidence, hint);
			}
			// An organ line at odds with the report's voice is the banner of the site hosting it (a county's site
			// reposting its province's report), an undated signature its footer: neither names the report, even
			// when nothing else does.
			if (role === 'subject' || (role === 'signature' && claim.firm)) astray ??= claim;
		}
	}
	// A report in a town's own voice (我镇, 本街道) that no slot named: the one town its text names, or no one. The
	// county or city it names most is its parent (在雷州市委、市政府的坚强领导下), never the report.
	const town = townVoiceOf(evidence.lines);
	if (town !== undefined) return theTownNamed(evidence, town) ?? fromHint(evidence, hint, self().own, town) ?? {district: nobody, origin: 'none', reason: `it speaks as a ${town} and names none`};
	return (
		mostNamed(evidence, self().own ?? self().level, hint, self().own !== null) ??
		ownYearlyDocument(evidence, self().own ?? self().level, hint) ??
		zoneYearlyDocument(evidence, self().own ?? self().level) ??
		ownBrand(evidence, self().own, hint) ??
		(astray && fromClaim(astray, evidence, hint, ` (it speaks as ${self().own ?? '?'})`)) ??
		fromSource(evidence, self().own, hint) ??
		fromHint(evidence, hint, self().own, undefined) ??
		{district: nobody, origin: 'none', reason: 'nothing names it'}
	);
}

function fromClaim(claim: Claim, evidence: Evidence, hint: string | undefined, note = ''): Decision {
	const who = claim.role === 'source' ? 'the site\'s 来源 line' : claim.role;
	return claim.zone
		? {district: zoneDistrict(named(claim.zone, evidence), evidence), origin: 'text', reason: `${who} names the zone${note}`}
		: {district: placeDistrict(claim.place!, evidence, hint), origin: 'text', reason: `${who} names it${note}`};
}

/** Zones speak as 区 (全区, 区党工委) or as zones (管委会); a division by the suffix of its name. */
function fits(claim: Claim, level: Level | null): boolean {
	if (level === null) return true;
	// A 街道 or 镇 speaks as its parent's district or county (在区委、区政府领导下) or as an organ (党工委): only a
	// province or a city voice rules it out.
	if (claim.zone && isSubCounty(claim.zone)) return level === 'zone' || level === '区' || level === '县' || level === '旗';
	if (claim.zone) return level === 'zone' || level === '区';
	return claim.place !== null && levelOf(claim.place.name) === level;
}

/** The site's 来源 line names who posted the page: the report's government, if it agrees with its level. */
function fromSource(evidence: Evidence, level: Level | null, hint: string | undefined): Decision | null {
	const claim = evidence.claimsOf('source').find(candidate => (candidate.zone || candidate.place) && fits(candidate, level));
	return claim ? fromClaim(claim, evidence, hint) : null;
}

/** Two slots of different roles naming the same place outweigh the level the text speaks as. */
function seconded(claim: Claim, claims: readonly Claim[]): boolean {
	const name = claim.zone?.name ?? claim.place?.name;
	return claims.some(other => other.role !== claim.role && other.role !== 'source' && (other.zone?.name ?? other.place?.name) === name);
}

/**
A zone that names only its kind (经济开发区) takes the name another slot gives it (宁河经济开发区), or else the name
its own documents' titles open with (《苏州工业园区…》 for 园区).
*/
function named(zone: ZoneClaim, evidence: Evidence): ZoneClaim {
	if (!isGeneric(zone)) return zone;
	const slotted = evidence.claims().find(claim => claim.zone && !isGeneric(claim.zone) && sameKind(claim.zone.kind, zone.kind))?.zone;
	if (slotted) return slotted;
	const titled = zoneInTitles(evidence.lines, zone.kind);
	const claimed = titled === null ? undefined : claimOf('subject', 0, titled).zone;
	return claimed && !isGeneric(claimed) ? claimed : zone;
}

function zoneDistrict(zone: ZoneClaim, evidence: Evidence): District {
	const host = zone.host ?? hostFromText(evidence, isSubCounty(zone));
	if (!host) return {...nobody, name: zone.name};
	return {
		name: zone.name,
		// 开封市示范区 → 河南省开封市示范区; 天津滨海高新区 keeps its own prefix: 天津市天津滨海高新区.
		fullName: fullNameOf(host) + zone.name.slice(zone.hostWritten.length),
		province: provinceOf(host).name,
		city: cityOf(host)?.name ?? null,
		code: null,
	};
}

/** The city (else the province) a zone's report names clearly most: 平安珠海, 法治珠海 → 珠海市. */
function hostFromText(evidence: Evidence, belowCounty = false): Division | null {
	// A 街道 or 镇 lies in the county its report names clearly most (文峰区委、区政府).
	for (const wanted of belowCounty ? (['county', 'city', 'province'] as const) : (['city', 'province'] as const)) {
		const tallies = [...evidence.withShortNames().values()].filter(tally => tally.candidates.length === 1 && tally.candidates[0]!.level === wanted);
		const best = clearlyMost(tallies.map(tally => ({tally, score: tally.count})), 2);
		if (best) return best.candidates[0]!;
	}
	return null;
}

function placeDistrict(place: Pick<Place, 'name' | 'candidates'>, evidence: Evidence, hint: string | undefined): District {
	const division = disambiguate(place, evidence.lines, hint, () => evidence.indexed());
	if (division && isZone(division)) {
		const host = parent(division);
		return {...nobody, name: place.name, fullName: host ? fullNameOf(host) + place.name : null, province: host ? provinceOf(host).name : null, city: host ? (cityOf(host)?.name ?? null) : null};
	}
	if (division && !(municipal(division) && underProvince(evidence))) {
		return {name: place.name, fullName: fullNameOf(division), province: provinceOf(division).name, city: cityOf(division)?.name ?? null, code: division.code};
	}
	if (division) {
		// 西城区 of a county-level city in 青海 that answers to 省州市: a district of that name no code gives.
		return {...nobody, name: place.name};
	}
	// Unresolved twins: keep what every candidate agrees on rather than guess.
	const provinces = new Set(place.candidates.map(candidate => provinceOf(candidate).name));
	return {...nobody, name: place.name, province: provinces.size === 1 ? [...provinces][0]! : null};
}

/** The four municipalities, whose districts have no province or prefecture above them. */
const municipalities: ReadonlySet<string> = new Set(['11', '12', '31', '50']);
const municipal = (division: Division): boolean => municipalities.has(division.code.slice(0, 2));

/**
The report answers to an unnamed province or prefecture (在省委、省政府…领导下, 按照省委, 对标省州市…目标, 州委、州政府),
as no district of a municipality does; a province named (与河北省政府签订) is another government.
*/
const provinceAbove = /[在对按依据照标](?:省委|省政府|省、?州)|州委、州政府/u;

function underProvince(evidence: Evidence): boolean {
	return evidence.lines.some(line => provinceAbove.test(line.text));
}

function clearlyMost(entries: ReadonlyArray<{tally: Tally; score: number}>, minimum: number): Tally | null {
	const [first, second] = [...entries].sort((a, b) => b.score - a.score);
	if (!first || first.score < minimum || (second && second.score === first.score)) return null;
	return first.tally;
}

/**
The division of the report's own level that its text names most. Without a level, only a county named
twice and more than any other (a report that says neither 我区 nor 全区 rarely names itself less).
*/
function mostNamed(evidence: Evidence, level: Level | null, hint: string | undefined, ownVoice = true): Decision | null {
	if (level === 'zone') return null;
	// Provinces and cities are often written short (法治湖南, 平安珠海); counties and districts never are.
	const short = level === '省' || level === '自治区' || level === '市' || level === '州' || level === '盟';
	const scored = ofOwnLevel(short ? evidence.withShortNames() : evidence.whole().tallies, level, evidence).map(tally => ({
		tally,
		score: tally.count + (level === null ? 0 : support(tally.candidates, tally.name, evidence)),
	}));
	// A province names itself seldom, so once is enough when the report speaks as one (我省, 省政府常务会议); a level
	// read only from organs it names (贯彻落实省委、省政府工作要求) may be its parent's, and once is not.
	const minimum = (level === '省' || level === '自治区') && ownVoice ? 1 : 2;
	const best = clearlyMost(scored, minimum);
	if (!best) return null;
	const sourced = level !== null && evidence.claimsOf('source').some(claim => claim.place?.name === best.name);
	return {district: placeDistrict(best, evidence, hint), origin: 'text', reason: `most named ${level ?? 'county'} (${best.count}${sourced ? ', and the site\'s 来源 line' : ''})`};
}

/** A province or prefecture written before the division it leads (重庆市, 四川省, 凉山彝族自治州). */
const parentsWritten = '[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|自治州|州|盟|地区)';
/** A department of the government, at the head of its own documents (城市管理局, 司法局, 卫生健康委员会). */
const organWritten = '[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|办|中心)';

/**
A report that names its own government once, at the head of one of its yearly documents (《许昌市2024年度法治政府
建设工作要点》) or of something it issued or launched (印发《洛阳市…》, 发布“包头市公共法律服务法治地图”), and no other
division of the level it speaks as in its own voice (市政府常务会议): that division. A parent's document is of
another level, and is carried out (落实, 转发), not issued; a peer's would be named beside the report's own.
*/
function ownYearlyDocument(evidence: Evidence, level: Level | null, hint: string | undefined): Decision | null {
	if (level === null || level === 'zone') return null;
	const mine = ofOwnLevel(evidence.whole().tallies, level, evidence);
	if (mine.length !== 1) return null;
	const [tally] = mine as [Tally];
	// 《许昌市2024年…工作要点》, or with the year first: 《2021年大英县政务公开重点任务分工方案》. The division may follow its
	// parents and lead its organ, as a department's own documents are titled (《重庆市涪陵区城市管理局2025年…工作要点》).
	const yearly = new RegExp(`《(?:${parentsWritten}){0,2}(?:${tally.name}(?:人民政府|政府|${organWritten})?(?:19|20)\\d{2}\\s*年|(?:19|20)\\d{2}\\s*年度?${tally.name})`, 'u');
	const issued = new RegExp(`(?:印发|发布|出台|推出|上线|开通|建成|编制)[《“"]${tally.name}`, 'u');
	const own = evidence.lines.find(line => line.text.includes(tally.name) && (yearly.test(line.text) || issued.test(line.text)));
	if (!own) return null;
	const what = yearly.test(own.text) ? 'its own yearly document' : 'what it issued';
	return {district: placeDistrict(tally, evidence, hint), origin: 'text', reason: `${what} names it (${tally.name})`};
}

/** A report in a zone's voice (管委会, 党工委) that names itself only at the head of its own yearly documents. */
function zoneYearlyDocument(evidence: Evidence, level: Level | null): Decision | null {
	if (level !== 'zone') return null;
	const name = zoneOfYearlyDocuments(evidence.lines);
	const zone = name === null ? undefined : claimOf('subject', 0, name).zone;
	return zone ? {district: zoneDistrict(zone, evidence), origin: 'text', reason: `its own yearly document names the zone (${zone.name})`} : null;
}

/**
The divisions of the report's level the text names, its parents left out: whom it is addressed to, and whoever
leads or acts on it (superiors.ts) where another division named of that level lies within them. A county-level
city names its prefecture as its leader (在金华市委、市政府的领导下), a county its city as its inspector; a city's
department may name its own city so, and with nothing of that level inside it, the city stays.
*/
function ofOwnLevel(tallies: ReadonlyMap<string, Tally>, level: Level | null, evidence: Evidence): Tally[] {
	const mine: Tally[] = [];
	for (const tally of tallies.values()) {
		const candidates = tally.candidates.filter(candidate => ofLevel(candidate, tally.name, level) && !evidence.addressees().includes(candidate));
		if (candidates.length > 0) mine.push({...tally, candidates});
	}
	const {superiors} = evidence.whole();
	if (superiors.length === 0) return mine;
	const above = (division: Division) =>
		superiors.includes(division) && mine.some(tally => tally.candidates.some(candidate => isWithin(candidate, division)));
	return mine.flatMap(tally => {
		const candidates = tally.candidates.filter(candidate => !above(candidate));
		return candidates.length === 0 ? [] : [{...tally, candidates}];
	});
}

/**
A report that names itself only in its brand phrases, all of them one division's: a county's (法治皋兰, 平安皋兰), or a
city's when it speaks as a city (法治湛江).
*/
function ownBrand(evidence: Evidence, level: Level | null, hint: string | undefined): Decision | null {
	if (level === null || level === 'zone') return null;
	const found = new Map<string, readonly Division[]>();
	for (const {text} of evidence.lines) findBrands(text, level, found);
	// A county-level city (义乌市) names its parent city's brand too (法治金华): its own is the county's.
	const counties = [...found].filter(([, candidates]) => candidates.some(candidate => candidate.level === 'county'));
	const brands = counties.length > 0 ? counties : [...found];
	if (brands.length !== 1) return null;
	const [[name, candidates]] = brands as [[string, readonly Division[]]];
	return {district: placeDistrict({name, candidates}, evidence, hint), origin: 'text', reason: `its brand names it (${name})`};
}

function ofLevel(candidate: Division, written: string, level: Level | null): boolean {
	if (isZone(candidate)) return false;
	if (level === null) return candidate.level === 'county' && written.length >= 3;
	return levelOf(levelOf(written) ? written : candidate.name) === level;
}

/** A document number in its abbreviation (遂府, 鹤政发), the 来源 line, or a parent above it (an addressee, a superior): one point each. */
function support(candidates: readonly Division[], name: string, evidence: Evidence): number {
	const abbreviated = candidates.some(candidate =>
		evidence.whole().abbreviations.has(candidate.name[0]!) ||
		(candidate.level === 'province' && evidence.whole().abbreviations.has(provinceAbbreviations[candidate.code.slice(0, 2)] ?? '')));
	const sourced = evidence.claimsOf('source').some(claim => claim.place?.name === name);
	const parents = [...evidence.addressees(), ...evidence.whole().superiors];
	const below = candidates.some(candidate => parents.some(parent => isWithin(candidate, parent)));
	return Number(abbreviated) + Number(sourced) + Number(below);
}

/**
A town's own voice, by its kind: 我镇, 本街道, 全镇 (not 全乡镇, every town of a county). A county or a city the file name
gives is its parent.
*/
const townVoice = /[我本全](镇|乡|街道|苏木)(?![镇村街])/u;

/** The kind of town the text speaks as (镇 for 我镇), if any. */
function townVoiceOf(lines: readonly Line[]): string | undefined {
	for (const {text} of lines) {
		const voice = townVoice.exec(text);
		if (voice !== null) return voice[1];
	}

	return undefined;
}

/**
A town's name where the text writes it as a name: at the head of a line or a sentence, after the year opening it, or
in brackets or quotes, maybe after its county ((兴仁市大山镇), 东里镇深入贯彻…, 2025年,宝力根花苏木人民政府…), or as the
subject after the leadership it works under (在县委、县政府的领导下,金鸡镇始终坚持…). Not after another comma, where
a clause's words run into it (…,对涉及镇域经济…), nor the title of its head (李胜镇长) or a word it opens (镇党委, 镇域,
镇村, 镇人大), nor the report's own voice, a preposition or a verb before it, or an item's marker (2018年度我乡, 现就我镇,
通过街道…, 二是乡…).
*/
const townWritten = /(?:^\s*|[((“"《。;;!?]\s*|(?:19|20)\d{2}年度?[,,]?\s*|(?:领导|指导|支持|监督)下[,,]\s*)(?![度全各]|[一二三四五六七八九十]是|(?:通过|按照|根据|围绕|经|将|现|对|在|为|由|向|把|从|以|于|与|和|及)|[^,,。;;]{0,14}[我本该此其])([\u4e00-\u9fff]{2,16}?(?:镇|乡|街道|苏木))(?![长党政委域村级区街内属直]|人(?!民))/gu;

const countyWritten = /[省市县区旗州盟]/u;

/** The one town of the voice's kind (镇 for 我镇) the text names, its county stripped (兴仁市大山镇 and 大山镇 are one); null for none or several. */
function theTownNamed(evidence: Evidence, kind: string): Decision | null {
	const found = new Map<string, ZoneClaim>();
	for (const {text} of evidence.lines) {
		if (!text.includes(kind)) continue;
		for (const match of text.matchAll(townWritten)) {
			const zone = claimOf('subject', 0, match[1]!).zone;
			// A town's own name is short; a longer one names its county (眉山市彭山区公义镇), or it is a clause that ends on
			// the voice (始终坚持党对全面依法治镇工作…), no name.
			if (zone && zone.name.length - zone.kind.length > 5 && !countyWritten.test(zone.name)) continue;
			// The first with its county written keeps it (兴仁市大山镇 before a bare 大山镇).
			if (zone && isSubCounty(zone) && zone.kind === kind && !found.get(zone.name)?.host) found.set(zone.name, zone);
		}
	}
	if (found.size !== 1) return null;
	const zone = found.values().next().value!;
	return {district: zoneDistrict(zone, evidence), origin: 'text', reason: `it speaks as a ${kind}, the one its text names`};
}


/** `town`: the kind of town the text speaks as, whose county or city a file name gives is its parent. */
function fromHint(evidence: Evidence, hint: string | undefined, own: Level | null, town: string | undefined): Decision | null {
	if (!hint) return null;
	const claim = claimOf('hint', 0, hint);
	if (claim.zone) return {district: zoneDistrict(claim.zone, evidence), origin: 'filename', reason: 'file name names the zone'};
	if (claim.place) {
		// A report that speaks as another level than the file name's place is not that place's (a town's report
		// filed under its county's name, a county's under its city's).
		if (!fits(claim, own) || town !== undefined) return null;
		return {district: placeDistrict(claim.place, evidence, hint), origin: 'filename', reason: 'file name names it'};
	}
	return {district: {...nobody, name: hint}, origin: 'filename', reason: 'file name, not in the gazetteer'};
}
