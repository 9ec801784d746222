/**
Zones that govern like a district but are no division of GB/T 2260: development zones, new areas, bonded
zones. A report from one names itself by the zone (北京经济技术开发区, 两江新区, 经开区), and that name, not
the district the zone lies in, is its district; it has no code.
*/

/** Longest first, so 经济技术开发区 is not read as 开发区. */
export const kinds = [
	'高新技术产业开发区', '经济技术开发区', '高新技术开发区', '自由贸易试验区', '经济开发区', '技术开发区', '综合保税区',
	'旅游度假区', '自贸试验区', '航空港经济区', '保税港区', '经济区', '工业园区', '产业园区', '保税区', '自贸区', '开发区', '高新区', '经开区',
	'综保区', '示范区', '试验区', '实验区', '合作区', '度假区', '管理区', '新区', '园区', '新城',
];

/** A zone written at the end of a name slot: what is before the kind is its own name (天津滨海 in 天津滨海高新区). */
const atEnd = new RegExp(`(?:${kinds.join('|')})$`, 'u');
/** The same, followed by a dual name in brackets: 高新区(新市区). */
const beforeBrackets = new RegExp(`(?:${kinds.join('|')})(?=[((])`, 'u');

export type ZoneName = {
	/** As written: 天津滨海高新区, 经开区. */
	readonly name: string;
	/** The kind it ends with: 高新区. */
	readonly kind: string;
	/** Offset of the name in the slot it was read from. */
	readonly index: number;
};

/**
The zone a name slot ends with, if any. A slot is already cut to the name (see slots.ts), so the zone's own
name is everything before its kind; the longest kind wins (北京经济技术开发区, not …开发区).
*/
export function zoneAt(slot: string): ZoneName | null {
	// 高新区、示范区: two zones reporting together are named by the first.
	const listed = slot.indexOf('、');
	if (listed > 0) {
		const first = zoneAt(slot.slice(0, listed));
		if (first !== null) return first;
	}

	const match = atEnd.exec(slot) ?? beforeBrackets.exec(slot);
	if (!match) return null;
	const name = slot.slice(0, match.index + match[0].length);
	return {name, kind: match[0], index: 0};
}

/** A zone with no name of its own (高新区, 经济开发区): another mention may give its name. */
export const isGeneric = (zone: ZoneName): boolean => zone.name === zone.kind;

/** 经开区 and 经济技术开发区 are the same kind of zone, written short and long. */
const longForms: Readonly<Record<string, string>> = {经开区: '经济技术开发区', 高新区: '高新技术产业开发区', 综保区: '综合保税区', 自贸区: '自由贸易试验区'};

export const sameKind = (a: string, b: string): boolean => a === b || longForms[a] === b || longForms[b] === a;

/**
The kinds a zone that names only its kind may be written in full with: its own and its long form, and for 园区 or
开发区 any kind ending so (工业园区, 经济技术开发区), also written short (经开区). Not 新区 for 高新区: a new area and a
high-tech zone are two zones.
*/
function fullKinds(kind: string): string[] {
	const suffix = kind === '园区' || kind === '开发区';
	return kinds.filter(other => sameKind(other, kind) || (suffix && (other.endsWith(kind) || (longForms[other]?.endsWith(kind) ?? false))));
}

/** A zone written with a name of its own, not its kind alone nor after 各, 全 or the report's voice (各开发区, 我园区). */
const namesItself = (zone: ZoneName): boolean => !isGeneric(zone) && !/^[各全我本该]/u.test(zone.name);

/** A law on a zone (《珠海经济特区国家高新技术产业开发区条例》) is its legislature's, naming it by statute: not one of the zone's own documents. */
const enacted = /^《[^》]*条例(?:[((]草案[))])?》/u;

/**
A zone that names only its kind (园区, 经开区) and writes its full name at the head of its own documents' titles
(制定出台《苏州工业园区法治政府建设…》, or after the year: 《2021年池州经开区重点工作…》): that name, as a slot for claimOf,
or null.
*/
export function zoneInTitles(lines: ReadonlyArray<{readonly text: string}>, kind: string): string | null {
	const full = fullKinds(kind);
	const pattern = new RegExp(`《(?:(?:19|20)\\d{2}\\s*年度?)?([\u4e00-\u9fff]{2,12}?(?:${full.join('|')}))`, 'gu');
	for (const {text} of lines) {
		if (!text.includes('《')) continue;
		for (const found of text.matchAll(pattern)) {
			if (enacted.test(text.slice(found.index))) continue;
			// Read back as a zone, its kind must be one of these (兰州高新区 ends in 新区, but is a 高新区).
			const zone = zoneAt(found[1]!);
			if (zone !== null && full.includes(zone.kind) && namesItself(zone)) return zone.name;
		}
	}

	return null;
}

/**
The one zone a report heads its own yearly documents with (《2021年池州经开区重点工作责任清单》, 《两江新区2024年…》), for a
report that speaks as a zone (管委会, 党工委) and names itself nowhere else; null when none or several.
*/
export function zoneOfYearlyDocuments(lines: ReadonlyArray<{readonly text: string}>): string | null {
	let found: string | null = null;
	for (const {text} of lines) {
		if (!text.includes('《')) continue;
		for (const match of text.matchAll(yearlyZone)) {
			const zone = zoneAt(match[1] ?? match[2]!);
			if (zone === null || isSubCounty(zone) || !namesItself(zone)) continue;
			if (found !== null && found !== zone.name) return null;
			found = zone.name;
		}
	}

	return found;
}

const zoneWritten = `[\u4e00-\u9fff]{2,12}?(?:${kinds.join('|')})`;
const yearlyZone = new RegExp(`《(?:(?:19|20)\\d{2}\\s*年度?(${zoneWritten})|(${zoneWritten})(?:管委会|管理委员会)?(?:19|20)\\d{2}\\s*年)`, 'gu');

/**
Divisions below a county (街道, 镇, 乡, and 苏木, a township of Inner Mongolia): GB/T 2260 stops at counties, so a report from one names itself as
written (六村堡街道, 公义镇) with no code, like a zone; the county it lies in may precede it in the slot
(眉山市彭山区公义镇). Words that merely end like one (城镇, 城乡, 各街道, 全镇) are not names.
*/
const subCounty = /(?:街道|苏木|(?<![城乡村集故小])镇|(?<![城乡村家故下])乡)$/u;
/** 中村乡, 孔村镇: a town named after a village, the whole slot its name (never 农村 or 乡村, which are words). */
const villageNamed = /(?<=^(?!农村|乡村)[\u4e00-\u9fff]{1,3}村)[乡镇]$/u;
// A stem ending on 我, 本 or 该 is a clause run into the report's own voice (一年来我镇, 今年该乡), not a name.
// Nor a clause that ends on the word (进一步提高乡…, 认真组织镇…, set at a line's head by a hard break): a verb is no name.
const notAName = /^[各全我本该所每其]|[我本该]$|[及与、,,。;;::()()《》“”"\s]|辖区|社区|乡镇|城镇|街镇|进一步|认真|组织|提高|坚持|全面|依法|推进|加强|开展|积极|深入|推动|落实|切实|不断|着力|确保|围绕|建立|健全|完善|制定|成立/u;
const yearLead = /^(?:19|20)\d{2}\s*年度?/u;

export const subCountyKinds: ReadonlySet<string> = new Set(['街道', '苏木', '镇', '乡']);

/** The 街道, 镇 or 乡 a name slot ends with (its 办事处 or 人民政府 already cut off), if any. */
export function subCountyAt(slot: string): ZoneName | null {
	const text = slot.replace(yearLead, '');
	const match = subCounty.exec(text) ?? villageNamed.exec(text);
	if (!match) return null;
	const stem = text.slice(0, match.index);
	if (stem.length < 2 || stem.length > 16 || !/^[\u4e00-\u9fff]+$/u.test(stem) || notAName.test(stem)) return null;
	return {name: text, kind: match[0], index: slot.length - text.length};
}

export const isSubCounty = (zone: ZoneName): boolean => subCountyKinds.has(zone.kind) && zone.name !== zone.kind;
