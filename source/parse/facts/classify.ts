/**
Which catalog indicator a figure states, if any. Every rule that fits is a
candidate; the one whose own words stand nearest the number wins, so in
办理人大代表建议393件、政协提案404件 the 404 is a proposal, not a suggestion.
*/
import {type Rule, afterItsNoun, countsUnit} from './rule.js';
import {rules} from './rules/index.js';
import type {Words} from './words.js';
import {requiredChars} from './required.js';
import {notAnAmount} from './amount.js';
import {carried, isPart, reachesPast, remember} from './parts.js';
import {globalOf} from './global-pattern.js';
import {companion} from './companion.js';
import {withoutListedTitles} from '../titles.js';

function distance(pattern: RegExp, words: Words): number {
	let best = Number.POSITIVE_INFINITY;
	const global = globalOf(pattern);
	// exec in a loop: matchAll copies the pattern on every call.
	global.lastIndex = 0;
	for (let match = global.exec(words.own); match !== null; match = global.exec(words.own)) {
		const end = match.index + match[0].length;
		const gap = end <= words.at ? words.at - end : Math.max(0, match.index - words.at);
		best = Math.min(best, gap);
		if (match[0].length === 0) {
			// As matchAll does: step over an empty match by one code point.
			global.lastIndex += (words.own.codePointAt(global.lastIndex) ?? 0) > 0xFFFF ? 2 : 1;
		}
	}

	return best;
}

/** The rest of the sentence after the figure: sliced only for the rare rule that asks (notAfter). */
function after(words: Words): string {
	return words.sentence.slice(words.quantity.end);
}

/** The few characters before the number and whatever follows it: where the counted noun stands. */
function near(words: Words): string {
	return words.own.slice(Math.max(0, words.at - 6));
}

/** The noun after the number, for a figure that stands before it ('' for one after its noun). */
function nounOf(words: Words): string {
	return words.own.slice(words.at);
}

function topicFound(rule: Rule, words: Words): boolean {
	if (!rule.topic) {
		return true;
	}

	if (rule.topic.test(words.own)) {
		return true;
	}

	if (rule.topicIn !== undefined && (rule.topic.test(words.before) || (rule.topicIn === 'sentence-or-section' && rule.topic.test(words.scope)) || headingTopic(rule, words) !== null || earlierTopic(rule, words) || topicBefore(rule, words) !== null)) {
		return true;
	}

	// Where it was published may stand earlier in the sentence (林业局网站中,2020年共发布信息42条).
	const alone = rule.topicAlone;
	return alone !== undefined && (alone.test(words.own) || (rule.topicIn === 'sentence-or-section' && alone.test(words.before)));
}

/** The rule's topic in the sentence before, for a rule whose topic may stand there however this sentence opens (Rule.topicBefore), or null. */
export function topicBefore(rule: Rule, words: Words): string | null {
	return rule.topicBefore === true && rule.topic !== undefined ? (rule.topic.exec(words.earlier)?.[0] ?? null) : null;
}

/** What may stand before the verb of a sentence that has no subject of its own: 已审结, 共办结, 全年结案. */
const noSubject = /^、?(?:已|共|累计|全年|依法|先后|共计|当年|年内|目前|现已)*$/u;

/**
收到行政复议申请1696件。已审结1550件,…: a sentence that opens on the rule's verb, with no subject of its own,
goes on with the subject of the sentence before it in the paragraph (…开展普法宣传。覆盖群众1100余人次,…), when
that sentence names the topic; for a rule with rivals (topicFromHeading), under the same terms as a section title's:
that sentence names no rival, and this one none before the figure. Only the sentence's first clause (past 经审查, which
introduces it): a figure after another clause has a subject of that clause's.
*/
export function earlierTopic(rule: Rule, words: Words): boolean {
	if (rule.topic === undefined || words.earlier === '' || !(firstClause(words) || byMeans.test(words.sentence) || goesOnWithEarlier(words))) return false;
	const rivals = rule.topicFromHeading?.rivals;
	const verb = rule.own.exec(words.lead);
	return verb !== null && noSubject.test(words.lead.slice(0, verb.index).trim()) && !(rivals?.test(words.before) ?? false)
		&& rule.topic.test(words.earlier) && !(rivals?.test(words.earlier) ?? false);
}

/**
1.行政复议。全年共收到申请215件,审结176件: a sentence whose first figure went on with the sentence before (its rule's
topic is there, not in this sentence) names no subject of its own in its first clause; a later clause that opens on
its verb goes on with the same sentence.
*/
function goesOnWithEarlier(words: Words): boolean {
	let first = words.previous;
	while (first?.previous !== undefined) first = first.previous;
	const topic = first?.rule?.topic;
	return topic !== undefined && !topic.test(words.sentence) && topic.test(words.earlier);
}

/**
A sentence that opens on the means by which something was done (通过调解、和解方式结案…件,调撤结案率达26.3%) names no
subject in any clause: each figure whose lead opens on its rule's words goes on with the sentence before.
*/
const byMeans = /^\s*通过/u;

/** How a review or study a sentence reports on is introduced before its first clause (经审查,立案688件). */
const procedure = /^(?:经|经过)(?:审查|审核|研究|核查)[,,]\s*/u;
/** The rules a review followed, before it (依据《提案工作条例》…,经审查,立案630件): a document names no subject. */
const basis = /^(?:依据|根据|按照|依照)《[^,;。]{0,60}[,,]\s*/u;
/** When, before the first clause (今年以来,开展活动共计30余场; 至年底,共审结240件): a time names no subject either. */
const when = /^(?:今年以来|本年度|年内|全年|(?:19|20)\d{2}\s*年(?:度|以来)?|(?:截至|截止|至)(?:目前|年底|年末|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末)?))[,,]\s*/u;

/** Whether the figure stands in its sentence's first clause, past the rules followed and a procedure's or a time's introduction. */
function firstClause(words: Words): boolean {
	let before = words.before.trim();
	if (before === words.lead) return true;
	// Only a before whose second character is 据 or 照 (依据, 根据, 按照, 依照) may open on the rules followed.
	if (before.charCodeAt(1) === 0x636E || before.charCodeAt(1) === 0x7167) before = before.replace(basis, '');
	const opener = before.charCodeAt(0) === 0x7ECF ? procedure : when;
	const rest = before.replace(opener, '');
	// 开展活动共计30余场、覆盖人数达2万人次: a later item of the first clause's list is in the first clause too.
	return rest === words.lead || !clauseBreak.test(rest);
}

const clauseBreak = /[,,;;::]/u;

/** The section title that gives a rule its topic under topicFromHeading (see Rule), or null. */
export function headingTopic(rule: Rule, words: Words): string | null {
	const heading = rule.topicFromHeading;
	const topic = heading?.topic ?? rule.topic;
	if (heading === undefined || topic === undefined || words.scope === '' || !heading.noun.test(words.own) || heading.rivals.test(words.sentence)) {
		return null;
	}

	const titles = words.scope.split(' > ');
	for (let i = titles.length - 1; i >= 0; i--) {
		const title = titles[i]!;
		const rival = heading.rivals.test(title);
		if (topic.test(title)) {
			return rival ? null : title;
		}

		if (rival) {
			return null;
		}
	}

	return null;
}

export function fits(rule: Rule, unit: string, words: Words): boolean {
	return countsUnit(rule, unit) && fitsWords(rule, words);
}

/** fits without the unit test, for rules already chosen by their unit. */
function fitsWords(rule: Rule, words: Words): boolean {
	return !afterItsNoun(rule, words)
		&& rule.own.test(words.own)
		// A title listed before its kind is a name (办理《关于法律顾问…的建议》等人大建议4件): its words say nothing of what the figure counts.
		&& !(rule.not?.test(withoutListedTitles(words.own)) ?? false)
		&& !(rule.notNear?.test(near(words)) ?? false)
		&& !(rule.notNoun?.test(nounOf(words)) ?? false)
		&& !(rule.notInSentence?.test(words.sentence) ?? false)
		&& !(rule.notBefore?.test(words.before) ?? false)
		&& !(rule.notAfter?.test(after(words)) ?? false)
		&& !(rule.notInSection?.test(words.scope) ?? false)
		&& topicFound(rule, words);
}

/** Which test of fitsWords turns a rule down, with the words it matched (topic: none found). */
export type Misfit = {readonly test: 'noun' | 'own' | 'not' | 'notNear' | 'notNoun' | 'notInSentence' | 'notBefore' | 'notAfter' | 'notInSection' | 'topic'; readonly words: string};

/**
Why a rule does not fit, for the explain trace: fitsWords' tests in its order, saying which failed; null when it
fits. A test added to fitsWords belongs here too (tests/parse/explain checks the two agree on every seed figure).
*/
export function misfit(rule: Rule, words: Words): Misfit | null {
	// Own words first, as the trace lists only rules that found theirs: a measure word counted only before a noun
	// is worth saying of a rule whose words are there.
	if (!rule.own.test(words.own)) {
		return {test: 'own', words: ''};
	}

	if (afterItsNoun(rule, words)) {
		return {test: 'noun', words: words.quantity.unit};
	}

	const against = [
		['not', rule.not, withoutListedTitles(words.own)],
		['notNear', rule.notNear, near(words)],
		['notNoun', rule.notNoun, nounOf(words)],
		['notInSentence', rule.notInSentence, words.sentence],
		['notBefore', rule.notBefore, words.before],
		['notAfter', rule.notAfter, after(words)],
		['notInSection', rule.notInSection, words.scope],
	] as const;
	for (const [test, pattern, text] of against) {
		const match = pattern?.exec(text);
		if (match) {
			return {test, words: match[0]};
		}
	}

	return topicFound(rule, words) ? null : {test: 'topic', words: ''};
}

type UnitRules = {
	/** The rules that count the unit, in catalog order (earlier rules still win ties). */
	readonly rules: readonly Rule[];
	/** By character slot: the rules (bit i for rules[i]) whose own words need that character. */
	readonly masks: Uint32Array;
	/** The rules whose needed characters are not known: always tried. */
	readonly always: number;
};

// Most figures have a unit only a few rules take, so only those are tried; of those, a rule is tried only when
// the figure's own words hold a character every match of its `own` needs (see required.ts).
const byUnit = new Map<string, UnitRules>();
// Read from the source as written: a case-insensitive pattern could match other characters, so it is always tried.
const needed = rules.map(rule => (rule.own.flags.includes('i') ? null : requiredChars(rule.own.source)));
/** UTF-16 code → its slot in the masks; 0 for a character no rule needs. */
const slotOf = new Uint16Array(0x10000);
let slots = 1;
for (const chars of needed) {
	for (const char of chars ?? []) {
		const code = char.charCodeAt(0);
		if (slotOf[code] === 0) slotOf[code] = slots++;
	}
}

for (const unit of new Set(rules.flatMap(rule => [...rule.units, ...(rule.unitsBeforeNoun ?? [])]))) {
	const counting = rules.filter(rule => countsUnit(rule, unit));
	const masks = new Uint32Array(slots);
	let always = 0;
	counting.forEach((rule, i) => {
		// Past 32 rules a unit's rules are simply always tried.
		const bit = i < 32 ? 1 << i : 0;
		const chars = needed[rules.indexOf(rule)];
		if (chars === null || chars === undefined) {
			always |= bit;
			return;
		}

		for (const char of chars) masks[slotOf[char.charCodeAt(0)]!]! |= bit;
	});
	byUnit.set(unit, {rules: counting, masks, always});
}

/** The rules of a unit that may fit: those whose needed characters occur in `own`. */
function mayFit(forUnit: UnitRules, own: string): number {
	let mask = forUnit.always;
	for (let i = 0; i < own.length; i++) {
		mask |= forUnit.masks[slotOf[own.charCodeAt(i)]!]!;
	}

	return mask;
}

for (const rule of rules) {
	if (rule.own.flags !== 'u') {
		throw new Error(`${rule.indicator}: own must have exactly the u flag, not '${rule.own.flags}'`);
	}
}

/**
The indicator a figure states, or null: the nearest fitting rule (or, for a later item of an enumeration, the
rule of the item before), unless the figure is no amount at all or `excluded` sets it aside (a plan, another
year), and unless it is only a part of a total stated before it. Most figures fit no rule, so the rules are
asked first and the exclusions only of a figure one of them reads: the same readings, fewer tests.
*/
export function classify(unit: string, words: Words, excluded?: (words: Words) => boolean): Rule | null {
	const reading = words.quantity.change ? null : readingOf(unit, words);
	if (reading === null || notAnAmount(words) !== null || (excluded?.(words) ?? false)) {
		remember(words, null);
		return null;
	}

	remember(words, reading.rule, reading.lead);
	if (!isPart(reading.rule, words)) return reading.rule;
	words.part = true;
	return null;
}

/** The rule that reads a figure and the lead it reads it with, before anything sets the figure aside. */
function readingOf(unit: string, words: Words): {rule: Rule; lead: string} | null {
	const rule = nearestRule(unit, words);
	if (rule !== null) {
		return listedWithOthers(rule, words) ? null : {rule, lead: words.lead};
	}

	// 办理102件人大代表建议、84件政协提案: the words the list's items share may be only the last item's noun, which rules
	// out what an earlier item's own noun names; that noun alone is then read. Not words that go on past the noun
	// (…5件政协提案的办理结果进行公开): what they say of the list holds for every item.
	if (words.shared > 0 && words.shared <= 8 && !words.own.includes('的', words.own.length - words.shared)) {
		const alone = {...words, own: words.own.slice(0, -words.shared), shared: 0};
		const itself = nearestRule(unit, alone);
		if (itself !== null && !listedWithOthers(itself, alone)) return {rule: itself, lead: words.lead};
	}

	const item = carried(words);
	if (item !== undefined && fitsWords(item.rule, item.words)) {
		return {rule: item.rule, lead: item.words.lead};
	}

	const paired = companion(unit, words);
	return paired === undefined ? null : {rule: paired, lead: words.lead};
}

/**
办理法律援助、人民调解、法律咨询等法律服务业务46.7万余件: kinds of several indicators listed before 等 and a noun none of
them counts is their sum, none of them; the rule that read a later kind does not read the figure. A rule whose words
reach past 等 (开展法治讲座、法律咨询等活动120场) reads the noun after the list, and one whose words stand in the first item
governs the list (审查政策性文件、重大决策事项、政府合同等489项: documents reviewed, of several kinds).
*/
function listedWithOthers(rule: Rule, words: Words): boolean {
	const {lead} = words;
	const etc = lead.lastIndexOf('等');
	const firstItemEnd = lead.indexOf('、');
	if (etc < 0 || firstItemEnd < 0 || firstItemEnd > etc || reachesPast(rule.own, words.own, etc + 1) || rule.own.test(lead.slice(0, firstItemEnd))) return false;
	return lead.slice(0, etc).split('、').some(item => !rule.own.test(item) && rules.some(other => other.indicator !== rule.indicator && other.own.test(item)));
}

function nearestRule(unit: string, words: Words): Rule | null {
	const forUnit = byUnit.get(unit);
	const mask = forUnit === undefined ? 0 : mayFit(forUnit, words.own);
	if (mask === 0) {
		return null;
	}

	let best: Rule | null = null;
	// Measured only once a second rule fits: most figures fit one rule, which wins at any (finite, since
	// its own words were found) distance.
	let bestDistance: number | undefined;
	const counting = forUnit!.rules;
	for (let i = 0; i < counting.length; i++) {
		const rule = counting[i]!;
		if ((i < 32 && ((mask >>> i) & 1) === 0) || !fitsWords(rule, words)) {
			continue;
		}

		if (best === null) {
			best = rule;
			continue;
		}

		bestDistance ??= distance(best.own, words);
		const gap = distance(rule.own, words);
		if (gap < bestDistance) {
			best = rule;
			bestDistance = gap;
		}
	}

	return best;
}

/** The rule that would read a figure but for kinds of other indicators listed with its words before 等, or null. */
export function combinedWith(unit: string, words: Words): Rule | null {
	const rule = nearestRule(unit, words);
	return rule !== null && listedWithOthers(rule, words) ? rule : null;
}
