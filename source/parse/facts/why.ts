/**
The one line a fact carries to say why its rule read it (Fact.why): the words of the
rule's `own` found in the figure's words, then its topic and where that stood.
Built for facts only, a few a report, never for figures: the parse stays as fast.
*/
import {type Rule, widerDocket} from './rule.js';
import {earlierTopic, headingTopic, topicBefore} from './classify.js';
import type {Words} from './words.js';

/** Where a rule's topic was found, when not in the figure's own words. */
export type TopicPlace = 'own' | 'sentence' | 'section' | 'heading' | 'sentence before';

/** Where the rule's topic stands, as classify looks for it: own words, then the sentence, then the section. */
export function topicMatch(rule: Rule, words: Words): {readonly text: string; readonly place: TopicPlace} | null {
	const {topic} = rule;
	if (topic === undefined) {
		return null;
	}

	const own = topic.exec(words.own);
	if (own !== null) {
		return {text: own[0], place: 'own'};
	}

	const sentence = rule.topicIn === undefined ? null : topic.exec(words.before);
	if (sentence !== null) {
		return {text: sentence[0], place: 'sentence'};
	}

	const section = rule.topicIn === 'sentence-or-section' ? topic.exec(words.scope) : null;
	if (section !== null) {
		return {text: section[0], place: 'section'};
	}

	const heading = headingTopic(rule, words);
	if (heading !== null) return {text: (rule.topicFromHeading?.topic ?? topic).exec(heading)?.[0] ?? heading, place: 'heading'};
	if (earlierTopic(rule, words)) return {text: topic.exec(words.earlier)![0], place: 'sentence before'};
	const alone = rule.topicAlone?.exec(words.own);
	if (alone) return {text: alone[0], place: 'own'};
	const aloneBefore = rule.topicIn === 'sentence-or-section' ? rule.topicAlone?.exec(words.before) : undefined;
	if (aloneBefore) return {text: aloneBefore[0], place: 'sentence'};
	// Named only in the sentence before, however this one opens (Rule.topicBefore): asked last, so the words of the
	// figure's own sentence that stand for the topic are still said where they are.
	const before = topicBefore(rule, words);
	return before === null ? null : {text: before, place: 'sentence before'};
}

/**
How much of `words.lead` was carried from the figure before (信访总量18426件次、23667人次 reads the
23667 with 信访总量): the lead of `previous`, or 0 when the lead is the sentence's own text before the number.
*/
export function carriedLength(words: Words, index: number, previous: Words | undefined): number {
	return previous !== undefined && !words.sentence.endsWith(words.lead, index) ? previous.lead.length : 0;
}

/**
How a rule held a figure: by its own words, with the topic in them too (or none asked); by its own words with a
topic borrowed from the sentence, the section or the sentence before; or by words it did not find there itself
(carried from the figure before, the item before, the figure it follows); or by its own words naming a lesser
measure of the indicator (Rule.lesser) or a wider docket than it counts (Rule.broader). facts/outranked.ts weighs
these.
*/
export type Hold = 'own words' | 'borrowed topic' | 'lent words' | 'lesser measure' | 'wider docket';

/** 出庭 + 负责人 (sentence) · 信访 (carried) · 审查 (item before) */
export function factWhy(rule: Rule, words: Words, index: number, previous: Words | undefined): string {
	return factReading(rule, words, index, previous).why;
}

/** factWhy, with how the rule held the figure. */
export function factReading(rule: Rule, words: Words, index: number, previous: Words | undefined): {readonly why: string; readonly hold: Hold} {
	const own = rule.own.exec(words.own);
	let why: string;
	let lent = true;
	if (own === null && previous !== undefined && previous.rule !== rule && previous.rule) {
		// Right after a figure of another indicator (讲座15场8600余人次): what that figure reached.
		why = `after ${words.sentence.slice(previous.quantity.index, previous.quantity.end).trim()} (${previous.rule.indicator})`;
	} else if (own === null) {
		// Read with the words of the item before it in an enumeration (审查A29件、B148件).
		const before = previous === undefined ? null : rule.own.exec(previous.readLead ?? previous.lead);
		why = `${before?.[0] ?? ''} (item before)`;
	} else if (own.index < carriedLength(words, index, previous)) {
		why = `${own[0]} (carried)`;
	} else {
		why = own[0];
		lent = false;
	}

	const topic = topicMatch(rule, words);
	let reading: {readonly why: string; readonly hold: Hold};
	// A topic the rule's own match already names (宣讲 of a rule whose topic lists it) is not said twice.
	if (topic === null || (own !== null && (own[0].includes(topic.text) || rule.topic!.test(own[0])))) {
		reading = {why, hold: lent || (topic === null && rule.topic !== undefined) ? 'lent words' : 'own words'};
	} else {
		reading = topic.place === 'own'
			? {why: `${why} + ${topic.text}`, hold: lent ? 'lent words' : 'own words'}
			: {why: `${why} + ${topic.text} (${topic.place})`, hold: lent ? 'lent words' : 'borrowed topic'};
	}

	if (reading.hold === 'lent words') return reading;
	// A concluded count of a wider docket (审结一审行政案件) is a lesser measure first.
	if (rule.lesser?.test(words.own) === true) return {why: reading.why, hold: 'lesser measure'};
	return widerDocket(rule, words.own) === null ? reading : {why: reading.why, hold: 'wider docket'};
}
