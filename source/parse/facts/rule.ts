import type {IndicatorId} from '../../catalog/indicators.js';

/**
One catalog indicator, recognised by the domain's vocabulary around a figure.
`own` is read in the figure's own words (the clause before it, or the noun phrase
after it when the number stands before its noun: 对809名执法人员进行轮训);
`topic` may also be found earlier in the sentence or in the section's titles, which
is how 审结6929件 after 新收行政复议案件7152件 still knows it is about 复议.
*/
export type Rule = {
	readonly indicator: IndicatorId;
	readonly units: readonly string[];
	/**
	Measure words the rule counts only when the figure stands before its noun (13件“高效办成一件事”): written after
	the noun (办成一件事2.3万件) they count something else.
	*/
	readonly unitsBeforeNoun?: readonly string[];
	/**
	Words before a figure after its noun in such a measure word that say it counts the things themselves: a verb of
	launching or completing them (上线…“一件事一次办”事项333件, 完成…部署的“高效办成一件事”30件).
	*/
	readonly itemsAfterNoun?: RegExp;
	readonly own: RegExp;
	readonly topic?: RegExp;
	/** Where the topic may be found beyond the figure's own words. */
	readonly topicIn?: 'sentence' | 'sentence-or-section';
	/**
	The topic may also stand in the sentence before in the paragraph, however this one opens (…县政协建立了…督办机制。
	…圆满完成120件提案的办理答复工作): for a noun that is the topic's whenever the paragraph is on it (提案).
	*/
	readonly topicBefore?: true;
	/** Words in the figure's own words that rule it out. */
	readonly not?: RegExp;
	/** Words right by the number (the counted noun) that rule it out: 调解组织156个, not 调解组织共调解纠纷3456件. */
	readonly notNear?: RegExp;
	/**
	Words opening the noun after a number that stands before it, which rule it out: that noun is what is counted
	(组织12名律师开展法律咨询 counts those who answered, not the questions they answered).
	*/
	readonly notNoun?: RegExp;
	/** Words anywhere in the sentence that rule it out. */
	readonly notInSentence?: RegExp;
	/** Words in the sentence before the figure that rule it out (what follows it may be a procedure it went through). */
	readonly notBefore?: RegExp;
	/** Words in the sentence after the figure that rule it out: 调处纠纷640件,调解成功627件 (a success counted after). */
	readonly notAfter?: RegExp;
	/** Words in the section's titles that rule it out: 行政复议1件 under 依申请公开情况 counts the disclosure office's cases. */
	readonly notInSection?: RegExp;
	/**
	The topic from the section's title alone, where the sentence never names it (行政复议案件 > 审结情况: 已审结案件1148件):
	the innermost title naming the topic or a rival must name the topic and no rival, the figure's own words must
	name the counted noun, and the sentence no rival (a title is a weaker subject than the sentence's own words).
	`topic`, when set, is what a title must name instead of the rule's topic: words broad enough in a sentence
	(法治, 法律) are in every title of a report on 法治政府建设.
	*/
	readonly topicFromHeading?: {readonly rivals: RegExp; readonly noun: RegExp; readonly topic?: RegExp};
	/**
	Words in the figure's own words that stand for the topic where it is found nowhere else (a passage on a
	government's site that never says 公开: 在政府门户网站发布信息59条), or, for a rule whose topic may stand in the
	sentence, in the sentence before the figure (林业局网站中,…共发布信息42条). Asked last, so a topic found anywhere is
	still where the reading says it stood.
	*/
	readonly topicAlone?: RegExp;
	/**
	Under 其中 its total breaks down into kinds of what it counts: every part is a part, whatever rule its own
	words fit (主动公开政府信息61条。其中,…回复网络申请公开事项5条 is one kind of information published).
	*/
	readonly partsAreKinds?: true;
	/**
	Words in the figure's own words that make it a lesser measure of the indicator (审结一审行政案件5129件: the suits a
	court concluded, beside 受理…5109件, the suits brought). Such a reading stays a fact only while the report counts
	the indicator in no other own words (facts/outranked.ts): a concluded count is the best a report may give.
	*/
	readonly lesser?: RegExp;
	/**
	A wider docket than the indicator counts: a court's 受理行政案件1161件 also holds its reviews of non-litigation
	enforcement. A reading whose own words match `docket` and not `named` is held as a lesser measure is
	(facts/outranked.ts); a part of it under 其中 whose own words match `named` (其中行政诉讼242件) is the indicator's
	own count, not a sub-total (facts/parts.ts).
	*/
	readonly broader?: {readonly docket: RegExp; readonly named: RegExp};
	/**
	Words in the figure's own words naming a later stage of what the indicator counts (提案…经审查立案1018件, after
	共收到提案1237件: the proposals accepted for handling, after those received): such a reading is no part of the larger
	count in its own words, and stands beside it however its topic was found (facts/outranked.ts).
	*/
	readonly stage?: RegExp;
};

/**
A rule with every key of Rule, the absent ones undefined, in one order: rules written with different optional
keys would each have a hidden class of their own, and the loads of classify that read them all would go
megamorphic.
*/
export function oneShape(rule: Rule): Rule {
	// Every key spelled out (the type says so): a key left out here would silently drop from every rule.
	const shaped: {readonly [Key in keyof Required<Rule>]: Rule[Key]} = {
		indicator: rule.indicator,
		units: rule.units,
		unitsBeforeNoun: rule.unitsBeforeNoun,
		itemsAfterNoun: rule.itemsAfterNoun,
		own: rule.own,
		topic: rule.topic,
		topicIn: rule.topicIn,
		topicBefore: rule.topicBefore,
		not: rule.not,
		notNear: rule.notNear,
		notNoun: rule.notNoun,
		notInSentence: rule.notInSentence,
		notBefore: rule.notBefore,
		notAfter: rule.notAfter,
		notInSection: rule.notInSection,
		topicFromHeading: rule.topicFromHeading,
		topicAlone: rule.topicAlone,
		partsAreKinds: rule.partsAreKinds,
		lesser: rule.lesser,
		broader: rule.broader,
		stage: rule.stage,
	};
	return shaped;
}

/** Whether a rule counts a measure word at all: its units, or those it counts only before a noun. */
export function countsUnit(rule: Rule, unit: string): boolean {
	return rule.units.includes(unit) || (rule.unitsBeforeNoun?.includes(unit) ?? false);
}

/** A figure in a measure word the rule counts only before its noun, standing after it: nothing follows it in its own words. */
export function afterItsNoun(rule: Rule, words: {readonly own: string; readonly at: number; readonly quantity: {readonly unit: string}}): boolean {
	return rule.unitsBeforeNoun !== undefined && words.own.length <= words.at && !rule.units.includes(words.quantity.unit)
		&& !(rule.itemsAfterNoun?.test(words.own) ?? false);
}

/** The words that name a wider docket than the rule counts (Rule.broader) in a figure's own words, or null. */
export function widerDocket(rule: Rule, own: string): string | null {
	const {broader} = rule;
	if (broader === undefined || broader.named.test(own)) return null;
	return broader.docket.exec(own)?.[0] ?? null;
}

export const count = ['件', '起', '宗', '个', '项'] as const;
export const rate = ['%'] as const;
export const times = ['人次', '次'] as const;
