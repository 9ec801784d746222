import type {Level} from './self.js';
import {kinds as zoneKinds} from './zones.js';

/**
Name slots: the few characters where a report names who is reporting. A title's subject (天津滨海高新区 in
天津滨海高新区2023年度…报告), an organ line's name (开封市示范区 in 开封市示范区管委会), the subject of the
opening sentence (两江新区 in 2024年,两江新区坚持…; 市政府 in 2020年,市政府在市委的坚强领导下…). What a slot
holds is the report's own name, or its own level (市政府, 我区), never a place it merely mentions.
*/

/**
Organs and offices that follow a name: the name ends where they start (高新区 in 高新区综治局; 万盛经开区 in
万盛经开区机关事务中心, 青羊区 in 青羊区政务服务中心).
*/
const organ = /人民政府|政府|领导班子|办事处|管理委员会|管委会|党工委|工委|委员会|党委|人大|政协|办公室|[\u4e00-\u9fff]{2}局|机关事务|[\u4e00-\u9fff]{2}中心|委|局|厅/u;

/** A slot never runs past the words that end a name in a title. */
const titleEnd = /关于|(?:19|20)\d{2}|法治|依法|年度|工作|情况|报告/u;

/**
Where the subject of an opening sentence ends: its predicate (坚持, 深入, 在市委…领导下), a bracket or a
clause break. Only from the third character on, so a name that starts like a predicate (将乐县) stays whole.
*/
const predicate = /坚持|深入|认真|全面|紧紧|紧密|始终|围绕|聚焦|按照|立足|持续|积极|切实|着力|扎实|大力|落实|贯彻|高度|不断|进一步|牢牢|坚定|秉持|锚定|严格|统筹|主动|法治|依法|深学|各级|各项|获评|荣获|被|共|以|在|把|将|的|与|[((]以下|[,,。;;::“”"]/u;

/** What a place is said to have won or been chosen for, right after its name. */
const award = /^(?:、[^,,。;;]{0,30})?(?:获评|荣获|获得|获批|入选|被评为|被确定为|被命名|被授予|被列为|被表彰|成功创建|创成)/u;

/** A dual name in brackets right after the subject stays with it: 高新区(新市区). */
const dualName = /^[((][\u4e00-\u9fff]{2,10}[))]/u;

/** What opens an opening sentence before its subject: the year, and the leadership it worked under. */
const lead = /^(?:(?:19|20)\d{2}\s*年度?(?:以来|来)?|一年来|今年以来|过去一年)?\s*[,,]?\s*/u;
const underLeadership = /^在[^,,。;;]{0,60}?下\s*[,,]\s*/u;
/** A second body's guidance after the leadership, without its own 在 (…领导下,省农业农村厅的正确指导下,六安市农业农村局…). */
const underGuidance = /^[^,,。;;]{2,40}?(?:指导|领导|支持|监督|关心|帮助|关怀)下\s*[,,]\s*/u;

/**
What may open a title line before its name: a table's or list's marks, the label of a site's field that holds the
title (内容概述:, 标题:), 中共. Only such labels: 某区:2023年… is a headline that opens on the name.
*/
const titleLead = /^[|\s【[•·]*(?:(?:内容概述|内容摘要|摘要|标题|文章标题|公文标题|信息名称|名称|题目|主题)\s*[::]\s*)?(?:中共)?/u;
const leadingYear = /^(?:19|20)\d{2}\s*年度?/u;
const organBreak = /[\s、,,]+/u;
const party = /^中共/u;
const openBracket = /[((]/u;
const handover = /(?:现将|现予?公布|(?:特|现)?向社会公布)\s*([^,,。;;]{2,30}?)\s*(?:(?:19|20)\d{2}\s*年|有关|法治|工作|一年来|上一年)/u;
const region = /^(?:我|全|本)?自治区/u;
const ownLevel = /^(?:我|全)?(省|市|区|县|州|旗|盟)(?:委|政府|人民政府|各级|$)/u;

/** The name in a title: 天津滨海高新区 in 天津滨海高新区2023年度…报告, 湖北省 in 湖北省人民政府关于…. */
export function titleSlot(title: string): string {
	const text = title.replace(titleLead, '').replace(leadingYear, '');
	const end = text.search(titleEnd);
	return cutAtOrgan(end < 0 ? text : text.slice(0, end)).trim();
}

/**
A street's office or a town's government written under the county's (鲤城区人民政府金龙街道办事处): the office is
the county government's agency, and the report is the street's, so its name goes on past the county's organ.
*/
const dispatchedOffice = /^(?:人民)?政府([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))(?:办事处|人民政府)/u;

/** A zone's kind with the start of a bureau's longer name after it (重庆高新区|生态 in 重庆高新区生态环境局). */
const zoneBeforeBureau = new RegExp(`(?:${zoneKinds.join('|')})(?=[\u4e00-\u9fff]{1,6}$)`, 'u');

export function cutAtOrgan(text: string): string {
	const at = text.search(organ);
	if (at < 0) return text;
	// 重庆高新区生态环境局, 两江新区市场监督管理局: a bureau of more than two characters leaves its first ones behind the
	// cut; a zone's kind before them ends the zone's name (a district's name is found within its slot).
	if (text.charCodeAt(at + 2) === 0x5C40) {
		const zone = zoneBeforeBureau.exec(text.slice(0, at));
		if (zone !== null) return text.slice(0, zone.index + zone[0].length);
	}

	const office = dispatchedOffice.exec(text.slice(at));
	return office ? text.slice(0, at) + office[1]! : text.slice(0, at);
}

/**
A site's name in its banner (重庆市人民政府网, 某市人民政府门户网站, 中国政府网): the portal that hosts the page, which
may be a city's for a district's report, not an organ that reports.
*/
const siteName = /网站?$|门户/u;

/** The names on an organ or signature line: 中共开封市示范区工委 开封市示范区管委会 → 开封市示范区 twice. */
export function organSlots(line: string): string[] {
	return line
		.split(organBreak)
		.filter(part => !siteName.test(part))
		.map(part => cutAtOrgan(part.replace(party, '')).replace(organsWork, '').trim())
		.filter(part => part.length >= 2);
}

/** What a zone's organ is for, between its name and the organ: 西咸新区 in 西咸新区工作委员会, 西咸新区开发建设管理委员会. */
const organsWork = /(?:工作|开发建设|建设发展|开发|建设)$/u;

/**
What follows a subject that reports on its year (坚持…, 深入…, 在区委的正确领导下…): a subject followed so
is the report's own, whatever else the text names. 某区在全省考核中位列第一 is not followed so.
*/
const reporting = /^(?:坚持|深入|认真|全面|紧紧|紧密|始终|围绕|聚焦|按照|立足|持续|积极|切实|着力|扎实|大力|落实|贯彻|高度|不断|进一步|牢牢|坚定|秉持|锚定|严格|统筹|主动|深学|以|法治政府建设工作|各级|在[^,,。;;]{0,40}?(?:领导|指导|监督|支持)下)/u;

/** The subject of an opening sentence, and whether it reports (firm): 两江新区, 云南省委、省政府 → 云南省, 我区, 市政府. */
export function subjectOf(sentence: string): {readonly slot: string; readonly firm: boolean} {
	const slot = subjectSlot(sentence);
	const rest = sentence.slice(sentence.indexOf(slot) + slot.length).replace(dualName, '');
	return {slot, firm: slot !== '' && reporting.test(rest)};
}

export function subjectSlot(sentence: string): string {
	let text = sentence.replace(lead, '');
	for (let guard = 0; guard < 3 && underLeadership.test(text); guard++) {
		text = text.replace(underLeadership, '');
		text = text.replace(underGuidance, '');
	}
	// 现将…报告如下 hands the report over: its subject is read by handoverSlot, past 现将.
	if (text.startsWith('现将')) return '';
	const rest = text.slice(2).search(predicate);
	const slot = rest < 0 ? text.slice(0, 30) : text.slice(0, Math.min(rest + 2, 30));
	// 南明区获评全国示范地区 tells of an award, not of who reports: a city opens on its districts' honours.
	if (rest >= 0 && award.test(text.slice(rest + 2))) return '';
	const bracket = openBracket.exec(slot);
	if (!bracket) return slot.trim();
	// 高新区(新市区)人民政府坚持 → 高新区(新市区); 两江新区(以下简称…) was cut above, 某区(某街道)… keeps only 某区.
	const dual = dualName.exec(slot.slice(bracket.index));
	return (dual ? slot.slice(0, bracket.index + dual[0].length) : slot.slice(0, bracket.index)).trim();
}

/** 现将县人民政府2022年法治政府建设工作情况报告如下 names its subject too: 县人民政府; so does a disclosure report's 现公布邵东县人民政府2018年…年度报告. */
export function handoverSlot(sentence: string): string | null {
	const match = handover.exec(sentence);
	return match ? match[1]! : null;
}

/** The report's own level when a slot names it without a name: 我区, 全县, 市政府, 县委、县政府, 自治区. */
export function levelIn(slot: string): Level | null {
	if (region.test(slot)) return '自治区';
	const match = ownLevel.exec(slot);
	return match ? (match[1] as Level) : null;
}
