/**
Evidence, then decision: every clue a report gives about who wrote it, each gathered once with its role, and
ranked by decide.ts. The name slots (title, signature, issuing organs, the subject of the opening, the site's
来源 line) are read from the few lines that hold them; what the whole text says (the level it speaks as, the
places it names, its document numbers) is read on first use, since a title settles most reports.
*/
import type {Line} from '../lines.js';
import {type Division, divisionsNamed, isZone, parent} from './divisions.js';
import type {Layout} from './layout.js';
import {type Place, countNames, findPlaces} from './places.js';
import {withoutTitles} from '../titles.js';
import {type Level, type Votes, add, noVotes, vote} from './self.js';
import {findShortNames} from './short-names.js';
import {isoDate} from './published.js';
import {cutAtOrgan, handoverSlot, levelIn, organSlots, subjectOf, titleSlot} from './slots.js';
import {findSuperiors} from './superiors.js';
import {indexCodes} from './twins.js';
import {type ZoneName, subCountyAt, zoneAt} from './zones.js';

export type Role = 'title' | 'signature' | 'organ' | 'subject' | 'source' | 'hint';

/** A zone as a slot names it, with the division it lies in when the name says so (天津 in 天津滨海高新区). */
export type ZoneClaim = ZoneName & {readonly host: Division | null; readonly hostWritten: string};

/** What one name slot says about the report: its zone, its division, or only its level (我区, 市政府). */
export type Claim = {
	readonly role: Role;
	readonly line: number;
	readonly zone: ZoneClaim | null;
	readonly place: Place | null;
	readonly level: Level | null;
	/**
	Said the way only the report says it of itself: a subject that reports on its year (某区坚持…), a
	signature over its date. A banner, a footer or a place ranked among its peers is not firm.
	*/
	readonly firm: boolean;
};

/** How often the text names a division, by the name it is written with (twins share one tally). */
export type Tally = {readonly name: string; readonly candidates: readonly Division[]; count: number};

export type Evidence = {
	/** In the order decide() ranks them: by role, then by position. */
	readonly claims: () => readonly Claim[];
	/** The title's claims, the first of `claims`: read before the others, which most reports never need. */
	readonly titles: readonly Claim[];
	/** The claims of one role, in order: read on first use, so that a report settled early reads no later slot. */
	readonly claimsOf: (role: Role) => readonly Claim[];
	/** Who a report is addressed to (中共红河州委、红河州人民政府:): a parent, never the report itself. */
	readonly addressees: () => readonly Division[];
	/** Every line, for telling twins apart (朝阳区 in 北京 or 长春). */
	readonly lines: readonly Line[];
	/** The division codes the page's 索引号 may hold (twins.ts), for telling twins apart too. */
	readonly indexed: () => readonly string[];
	/** What the whole text says, read on first use: a title settles most reports without it. */
	readonly votes: () => Votes;
	readonly whole: () => WholeText;
	/** Short names (法治湖南, 平安珠海) counted on top of whole().tallies: only a province or a city needs them. */
	readonly withShortNames: () => ReadonlyMap<string, Tally>;
};

/** The places the whole text names and the abbreviations of its document numbers. */
export type WholeText = {
	readonly tallies: ReadonlyMap<string, Tally>;
	/** First characters of document numbers (遂 of 遂府〔2021〕13号): the issuing government's abbreviation. */
	readonly abbreviations: ReadonlySet<string>;
	/** Who leads the report with a government or acts on it (superiors.ts): its parents, as the text names them. */
	readonly superiors: readonly Division[];
};

const depth = (place: Place) => {
	const level = place.candidates[0]?.level;
	return level === 'county' ? 2 : level === 'city' ? 1 : 0;
};

export function mostSpecific(places: readonly Place[]): Place | null {
	let best: Place | null = null;
	for (const place of places) if (!best || depth(place) > depth(best)) best = place;
	return best;
}

/** The level a written name has by its suffix: 金平县 县, 内蒙古自治区 自治区; a prefecture 和田地区 none a report speaks as. */
export function levelOf(name: string): Level | null {
	if (name.endsWith('自治区')) return '自治区';
	if (name.endsWith('地区')) return null;
	const last = name.at(-1);
	return last === '省' || last === '市' || last === '州' || last === '盟' || last === '县' || last === '旗' || last === '区' ? last : null;
}

/** The zone a slot ends with, unless the name is a division after all (浦东新区) or carries one in brackets (高新区(新市区)). */
export function claimOf(role: Role, line: number, slot: string, text = slot, firm = false): Claim {
	const level = levelIn(slot);
	// An opening's subject may still carry its organ: 高新区管委会坚持…
	const name = cutAtOrgan(slot).trim();
	const zone = zoneAt(name);
	if (zone) {
		const inSlot = findPlaces(slot);
		const kindStart = zone.name.length - zone.kind.length;
		const dual = inSlot.find(place => place.end > kindStart && !place.candidates.every(isZone));
		if (dual) return {role, line, zone: null, place: dual, level, firm};
		return {role, line, zone: withHost(zone, inSlot, kindStart), place: null, level, firm};
	}
	const below = subCountyAt(name);
	if (below) {
		const claim = subCountyClaim(below);
		if (claim) return {role, line, zone: claim, place: null, level, firm};
	}
	const place = mostSpecific(findPlaces(text)) ?? wholeName(slot);
	if (place === null && role === 'title' && committeeNamed(name, text)) {
		return {role, line, zone: {name, kind: '', index: 0, host: null, hostWritten: ''}, place: null, level, firm};
	}
	return {role, line, zone: null, place, level, firm};
}

/**
松山湖管委会2024年…报告: a title whose government is a 管委会 named by a bare name, no division's, governs a zone of that
name written without its kind (a lake, a park, a port). Only a name of two to six characters that names no division
and is no generic word: 城市管理委员会 is a city's department, 各管委会 no one.
*/
function committeeNamed(name: string, title: string): boolean {
	return /^[\u4e00-\u9fff]{2,6}$/u.test(name) && !/^[各全我本该]|城市|城管/u.test(name)
		&& (title.includes(`${name}管委会`) || title.includes(`${name}管理委员会`));
}

/** A slot that is a name and nothing else: two-character counties (莘县人民政府) are words elsewhere, not here. */
function wholeName(slot: string): Place | null {
	const name = slot.trim();
	const candidates = name.length === 2 ? divisionsNamed(name) : [];
	return candidates.length > 0 ? {index: 0, end: 2, name, candidates, text: name, prefixed: false} : null;
}

/**
A 街道, 镇 or 乡 keeps only its own name (公义镇 of 眉山市彭山区公义镇); the county or city written before it
is its host. A division whose name runs into the kind (a county, not a town) is no sub-county.
*/
const oneCharTown = /^[^各全我本该所每其城乡村集故小下家新老大][镇乡]$/u;

function subCountyClaim(below: ZoneName): ZoneClaim | null {
	// Only a county or city written in full (彭山区) is a host: 和平 of 和平街道 is the street's own name.
	const inSlot = findPlaces(below.name).filter(place => levelOf(place.text) !== null);
	const kindStart = below.name.length - below.kind.length;
	if (inSlot.some(place => place.end > kindStart)) return null;
	const start = Math.max(0, ...inSlot.map(place => place.end));
	const name = below.name.slice(start);
	// A town of one character (夏镇) only after the county written before it (托克逊县夏镇): alone, 全镇 or 城镇 is a word.
	const own = name.length - below.kind.length;
	if (own < 1 || (own === 1 && (start === 0 || !oneCharTown.test(name)))) return null;
	const host = mostSpecific(inSlot.filter(place => place.candidates.length === 1));
	return {name, kind: below.kind, index: below.index + start, host: host?.candidates[0] ?? null, hostWritten: ''};
}

function withHost(zone: ZoneName, inSlot: readonly Place[], kindStart: number): ZoneClaim {
	// 石家庄高新技术产业开发区 is in the table under a statistics code: its parent is the host.
	const listed = inSlot.find(place => place.end > kindStart);
	const listedHost = listed?.candidates[0] ? parent(listed.candidates[0]) : null;
	if (listedHost) return {...zone, host: listedHost, hostWritten: ''};
	const before = mostSpecific(inSlot.filter(place => place.end <= kindStart && place.candidates.length === 1));
	if (before) return {...zone, host: before.candidates[0]!, hostWritten: before.text};
	const [short] = findShortNames(zone.name.slice(0, kindStart));
	if (short?.index === 0 && short.candidates.length === 1) return {...zone, host: short.candidates[0]!, hostWritten: ''};
	return {...zone, host: null, hostWritten: ''};
}

/** The organs a report is sent to, last in a greeting's name: 市委, 区政府, 人大常委会, 依法治区办. */
const superiorOrgans = '(?:委|委员会|政府|人大|常委会|政协|办公室|依法治[省市区县州旗]办)';
/** Whom a report is addressed to: organs alone on a line, ending with a colon (省政府、市委、市人大:). */
const addressed = new RegExp(`^[^。,,;;!?]{2,60}${superiorOrgans}[::]$`, 'u');
/** The same greeting at the head of a line that runs on into the opening: a page that lost its line breaks. */
const greeting = new RegExp(`^[^。,,;;!?::]{2,60}${superiorOrgans}[::]\\s*(?=\\S)`, 'u');

/** A first line's greeting to the report's superiors (中共嘉兴市委、嘉兴市人民政府:) and the opening run on after it. */
export function splitGreeting(text: string): {greeting: string; rest: string} | null {
	const match = greeting.exec(text);
	return match ? {greeting: match[0], rest: text.slice(match[0].length)} : null;
}

/** Signature lines: an organ name alone on a line, maybe with the date (重庆市江北区人民政府). */
const signatureLength = 64;
const datedSignature = /年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日$/u;
const signature = /^[\u4e00-\u9fff()()·\s]{2,40}(?:人民政府|政府|办事处|管委会|管理委员会|党工委|工委|委员会|司法局)(?:办公室)?(?:\s*[\d〇零一二三四五六七八九十]{4}年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日)?$/u;

/** A title run into the opening on one line (scraped pages): 湖北省人民政府关于2023年度法治政府建设情况的报告2023年,…. */
const gluedTitle = /^[^。,,;;!?]{4,90}?(?:法治政府建设|依法行政|法治建设)[^。,,;;!?]{0,24}?(?:报告|总结)(?=(?:19|20)\d{2}\s*年|[一二三四五六七八九十]+、)/u;

const heading = /^[一二三四五六七八九十]+、/u;
const sentenceEnd = /[。!?!?]/u;
/** An opening that leads with its year or its leadership names its subject next. */
const openingLead = /^(?:(?:19|20)\d{2}\s*年|在|一年来|今年以来)/u;

/** Characters read for the report's level: a few pages. */
const votingLength = 3000;
/** The year and number of a document number (〔2021〕13号); its issuer's characters come right before. */
const docNumber = /[〔[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*\d{1,4}\s*号/gu;
const issuer = /([\u4e00-\u9fff])[\u4e00-\u9fff]{0,7}\s*$/u;
const source = /来源\s*[::]\s*(\S+)/u;

/**
Lines before the first heading (一、…): the opening, where a report states who it is and which year. Five lines, or
more short ones up to about as much text as five paragraphs' first sentences: a page may set each sentence on a line of
its own.
*/
export function preamble(body: readonly Line[]): readonly Line[] {
	let end = 0;
	let read = 0;
	while (end < body.length && end < preambleLines && (end < 5 || read < preambleChars) && !heading.test(body[end]!.text)) {
		read += body[end]!.text.length;
		end++;
	}

	return body.slice(0, end);
}

const preambleLines = 15;
const preambleChars = 300;

/** The title glued to the first line of the body, if any, and the opening that follows it. */
export function splitGlued(line: Line | undefined): {title: string; rest: string} | null {
	if (line === lastSplit.line) return lastSplit.split;
	const match = line ? gluedTitle.exec(line.text) : null;
	const split = match ? {title: match[0], rest: line!.text.slice(match[0].length)} : null;
	lastSplit = {line, split};
	return split;
}

/** The last line split: the evidence and the year both ask of the same first line, and the pattern is long. */
let lastSplit: {line: Line | undefined; split: {title: string; rest: string} | null} = {line: undefined, split: null};

export function gatherEvidence(layout: Layout): Evidence {
	return new ReportEvidence(layout);
}

type Glued = {title: string; rest: string};
type Addressed = {claims: Claim[]; addressees: Division[]};

/**
One report's evidence. Each later slot is read only when decide() gets to it: a title settles most reports, a
dated signature many others. A class, not an object of closures: nothing is made per report but the fields,
and its methods are compiled each on its own rather than inside one large function.
*/
class ReportEvidence implements Evidence {
	readonly titles: readonly Claim[];
	readonly lines: readonly Line[];
	private readonly glued: Glued | null;
	private signatures: Claim[] | undefined;
	private organs: Addressed | undefined;
	private opening: (Addressed & {votes: Votes}) | undefined;
	private sources: Claim[] | undefined;
	private countedLines: readonly Line[] | undefined;
	private wholeText: WholeText | undefined;
	private allClaims: readonly Claim[] | undefined;
	private allAddressees: readonly Division[] | undefined;
	private levelVotes: Votes | undefined;
	private shortNameTallies: ReadonlyMap<string, Tally> | undefined;
	private indexedCodes: readonly string[] | undefined;

	constructor(private readonly layout: Layout) {
		this.glued = splitGlued(layout.body[0]);
		this.titles = titleClaims(layout, this.glued);
		this.lines = layout.all;
	}

	claimsOf(role: Role): readonly Claim[] {
		switch (role) {
			case 'title': return this.titles;
			case 'signature': return this.signatureClaims();
			case 'organ': return this.organClaims().claims;
			case 'subject': return this.openingClaims().claims;
			case 'source': return this.sourceClaims();
			case 'hint': return [];
		}
	}

	claims(): readonly Claim[] {
		return (this.allClaims ??= [...this.titles, ...this.signatureClaims(), ...this.organClaims().claims, ...this.openingClaims().claims, ...this.sourceClaims()]);
	}

	addressees(): readonly Division[] {
		return (this.allAddressees ??= [...this.organClaims().addressees, ...this.openingClaims().addressees]);
	}

	votes(): Votes {
		return (this.levelVotes ??= this.readVotes());
	}

	whole(): WholeText {
		return (this.wholeText ??= readWhole(this.counted()));
	}

	indexed(): readonly string[] {
		// The cleaner sets a 索引号 line aside with the 来源 lines, as furniture; a table row keeps it in the text.
		return (this.indexedCodes ??= indexCodes([...this.layout.all, ...this.layout.furniture]));
	}

	withShortNames(): ReadonlyMap<string, Tally> {
		return (this.shortNameTallies ??= this.readShortNames());
	}

	private signatureClaims(): Claim[] {
		return (this.signatures ??= signatureClaims(this.layout));
	}

	private organClaims(): Addressed {
		return (this.organs ??= organClaims(this.layout));
	}

	private openingClaims(): Addressed & {votes: Votes} {
		return (this.opening ??= openingClaims(this.layout, this.glued));
	}

	private sourceClaims(): Claim[] {
		return (this.sources ??= sourceClaims(this.layout));
	}

	/** Whom a report is addressed to is named in its text, but as its parent: such lines are not counted. */
	private counted(): readonly Line[] {
		const {all, organs} = this.layout;
		return (this.countedLines ??= all.filter(line => !(organs.includes(line) && addressed.test(line.text))));
	}

	private readVotes(): Votes {
		const {votes} = this.openingClaims();
		// The first pages say how a report speaks of itself as surely as the whole, and a long report costs no more.
		let read = 0;
		for (const line of this.counted()) {
			if (read > votingLength) break;
			vote(line.text, votes);
			read += line.text.length;
		}
		return votes;
	}

	private readShortNames(): ReadonlyMap<string, Tally> {
		// Copies, since the short names add to the counts; written out, not spread, which is several times slower.
		const tallies = new Map<string, Tally>();
		for (const [name, tally] of this.whole().tallies) tallies.set(name, {name: tally.name, candidates: tally.candidates, count: tally.count});
		for (const {text} of this.counted()) {
			for (const short of findShortNames(text)) {
				count(tallies, short.candidates.length === 1 ? short.candidates[0]!.name : short.name, short.candidates);
			}
		}
		return tallies;
	}
}

/** The titles' claims, a title run into the first line of the body included. */
function titleClaims(layout: Layout, glued: Glued | null): Claim[] {
	const titles: Claim[] = [];
	for (const line of layout.titles) {
		const text = withoutTitles(line.text);
		titles.push(claimOf('title', line.line, titleSlot(text), text));
	}
	if (glued) titles.push(claimOf('title', layout.body[0]!.line, titleSlot(withoutTitles(glued.title)), withoutTitles(glued.title)));
	return titles;
}

/** Signature lines at the end: signed and dated, a signature is the report's; undated, it may be the site's footer. */
function signatureClaims(layout: Layout): Claim[] {
	const signatures: Claim[] = [];
	const {tail} = layout;
	for (let i = 0; i < tail.length; i++) {
		const line = tail[i]!;
		if (line.text.length > signatureLength || !signature.test(line.text)) continue;
		const dated = datedSignature.test(line.text) || isoDate(tail[i + 1]?.text ?? '') !== null;
		for (const slot of organSlots(line.text)) signatures.push(claimOf('signature', line.line, slot, slot, dated));
	}
	return signatures;
}

/** The organ lines under the title, and whom a line ending in a colon addresses. */
function organClaims(layout: Layout): Addressed {
	const claims: Claim[] = [];
	const addressees: Division[] = [];
	for (const line of layout.organs) {
		if (addressed.test(line.text)) {
			for (const place of findPlaces(line.text)) addressees.push(...place.candidates);
			continue;
		}
		for (const slot of organSlots(line.text)) claims.push(claimOf('organ', line.line, slot));
	}
	return {claims, addressees};
}

/** The subjects of the opening, whom its first line addresses, and the votes of the levels its subjects name. */
function openingClaims(layout: Layout, glued: Glued | null): Addressed & {votes: Votes} {
	const subjects: Claim[] = [];
	const votes = noVotes();
	const addressees: Division[] = [];
	const opening = preamble(layout.body);
	for (let i = 0; i < opening.length; i++) {
		const line = opening[i]!;
		let text = withoutTitles(i === 0 && glued ? glued.rest : line.text);
		if (i === 0 && addressed.test(text)) {
			for (const place of findPlaces(text)) addressees.push(...place.candidates);
			continue;
		}
		const greeted = i === 0 ? splitGreeting(text) : null;
		if (greeted) {
			for (const place of findPlaces(greeted.greeting)) addressees.push(...place.candidates);
			text = greeted.rest;
		}
		const stop = text.search(sentenceEnd);
		const first = stop < 0 ? text : text.slice(0, stop);
		// Only an opening that leads with its year or its leadership has its subject first; a first line may also be page text.
		if (i === 0 || openingLead.test(first)) {
			const {slot, firm} = subjectOf(first);
			// A place the opening governs names no subject; a later clause may still (…,某某街道坚持…).
			const claim = placeIsObject(slot) ? null : shortSubject(claimOf('subject', line.line, slot, slot, firm), slot, layout);
			if (claim) subjects.push(claim);
			if (claim?.level) add(votes, claim.level, 5, true);
			const later = claim === null || (!claim.zone && !claim.place && !claim.level) ? subCountyLater(first, line.line) : null;
			if (later) subjects.push(later);
		}
		handoverClaim(text, line.line, subjects, votes);
	}

	// 市委:\n按照工作要求,现将嵩县2024年度法治建设情况报告如下: a handover that names the report may stand in the header,
	// read there as a title line for its 报告.
	for (const line of layout.header) {
		if (line.text.includes('现')) handoverClaim(withoutTitles(line.text), line.line, subjects, votes);
	}

	return {claims: subjects, addressees, votes};
}

/** The subject a handover (现将…报告如下, 现公布…) names, as a claim of the opening. */
function handoverClaim(text: string, line: number, subjects: Claim[], votes: Votes): void {
	const handover = handoverSlot(text);
	if (!handover) return;
	const claim = claimOf('subject', line, handover);
	subjects.push(claim);
	if (claim.level) add(votes, claim.level, 5, true);
}

/** Words that govern the place after them: a sentence opening on one (向, 与, 会同, 协助…) has no subject of its own there. */
const governing = /^(?:向|对|与|同|和|跟|给|为|赴|到|往|从|据|按|经|于|自|把|将|替|随|会同)$/u;
const governingStarts = '向对与同和跟给为赴到往从据按经于自把将替随会';
/** Those no division's name starts with: whatever follows them, a zone's name too (依托杭州高新区…), is their object. */
const governingWord = /^(?:对于|关于|根据|依据|按照|通过|经过|围绕|面向|联合|协助|配合|参照|前往|依托|借助|利用|依靠)/u;

/**
2023年向四川省…移送案件线索11件: the first place of an opening subject stands after a word governing it, so it is
the sentence's object (where cases went, whom the district worked with), not who reports. A one-character word
counts only before a place (向阳区 is a name).
*/
function placeIsObject(slot: string): boolean {
	if (governingWord.test(slot)) return true;
	// Most subjects open on no governing word: claimOf finds their places, not this.
	if (!governingStarts.includes(slot[0] ?? '')) return false;
	const first = findPlaces(slot)[0];
	return first !== undefined && first.index > 0 && governing.test(slot.slice(0, first.index).trim());
}

const countyKinds = ['市', '县', '区', '旗'] as const;

/**
2023年,邹城坚持…: a county or county-level city that reports under its name without its kind, which is written in
full elsewhere in the text (中共邹城市委…). Only a firm subject (followed by how it reported), and only a kind
the text writes: the short name alone is a word as often as a place.
*/
function shortSubject(claim: Claim, slot: string, layout: Layout): Claim {
	if (!claim.firm || claim.place || claim.zone || claim.level || slot.length < 2 || slot.length > 3) return claim;
	const written = countyKinds.map(kind => slot + kind).filter(full => layout.body.some(line => line.text.includes(full)));
	if (written.length !== 1) return claim;
	const full = claimOf('subject', claim.line, written[0]!, written[0]!, true);
	return full.place?.candidates.some(division => division.level === 'county') ? full : claim;
}

/** The site's 来源 lines: who posted the page. */
function sourceClaims(layout: Layout): Claim[] {
	const sources: Claim[] = [];
	for (const line of layout.furniture) {
		const from = source.exec(line.text)?.[1];
		if (from) sources.push(claimOf('source', line.line, organSlots(from)[0] ?? from, from));
	}
	return sources;
}

const clauseBreak = /[,,]/u;
const instance = /^(?:其中|如|例如|比如|譬如)$/u;

/**
A 街道 or 镇 that reports as the subject of a later clause of the opening sentence, after a preamble that
names no place: 根据…部署,2023年,某某街道以…为核心; 在…新征程上,某某街道办事处坚持…. A district's report
that names its street there has named itself first.
*/
function subCountyLater(sentence: string, line: number): Claim | null {
	const clauses = sentence.split(clauseBreak);
	for (let i = 1; i < clauses.length && i < 8; i++) {
		const {slot, firm} = subjectOf(clauses[i]!);
		if (!firm || !subCountyAt(cutAtOrgan(slot).trim())) continue;
		const before = clauses.slice(0, i).join(',');
		// 其中,某街道… gives an instance of what the report's own subject did.
		if (instance.test(clauses[i - 1]!.trim()) || findPlaces(before).some(place => levelOf(place.text) !== null)) return null;
		const claim = claimOf('subject', line, slot, slot, true);
		return claim.zone ? claim : null;
	}
	return null;
}

/** A value read on first use and kept. */
export function once<T>(read: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= read());
}

function readWhole(lines: readonly Line[]): WholeText {
	const counts = new Map<string, number>();
	const abbreviations = new Set<string>();
	const superiors: Division[] = [];
	for (const {text} of lines) {
		countNames(text, counts);
		superiors.push(...findSuperiors(text));
		// Found by the bracketed year, then read back to the issuer: a pattern led by the issuer's characters
		// would be tried at every Chinese character.
		if (text.includes('号')) {
			for (const match of text.matchAll(docNumber)) {
				const first = issuer.exec(text.slice(Math.max(0, match.index - 9), match.index))?.[1];
				if (first) abbreviations.add(first);
			}
		}
	}
	const tallies = new Map<string, Tally>();
	for (const [name, count] of counts) tallies.set(name, {name, candidates: divisionsNamed(name), count});
	return {tallies, abbreviations, superiors};
}

function count(tallies: Map<string, Tally>, name: string, candidates: readonly Division[]): void {
	const tally = tallies.get(name);
	if (tally) tally.count++;
	else tallies.set(name, {name, candidates, count: 1});
}
