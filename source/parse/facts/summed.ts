/**
A count broken down in its own sentence by items that add up to it exactly: 主动公开政府信息1549条,通过政府网站公开政府信息
598条,在…微信公众号公开政府信息901条,在…媒体发布政府信息50条. Each item is one channel or kind of what the count counts,
however its own words read (公开政府信息 names the indicator as well as the total's words do); the sum says so where no
其中 does. Only an exact sum of two items or more, all in the count's measure word and none hedged, that runs to the
sentence's last figure in that measure word is taken as a breakdown: within a longer list, two items that happen to add
up to a third are no breakdown of it. The count may also end the sentence before in its paragraph, its items making up
all of the next (…主动公开政府信息总数2942条。通过局门户网站公开…52条,其他信息2167条,…发布政策解读信息7条).
*/
import type {Quantity} from '../types.js';

/**
A quantity of one sentence, in order, the indicator it was read as (null when none), and whether an enumeration goes on
right after it (审核规范性文件6件、合同协议4件…: one of its items, not their total).
*/
export type SentenceReading = {readonly quantity: Quantity; readonly indicator: string | null; readonly listed: boolean};

/** Measure words a breakdown adds up in: counts of things, not rates or money. */
const countUnits: ReadonlySet<string> = new Set(['件', '件次', '条', '篇', '份', '项', '个', '次', '人次', '人', '名', '场', '场次', '起', '宗', '批次', '例']);

/**
For each reading of a sentence that is an item of such a breakdown and read as the same indicator as its total, the
index of that total among `readings`; -1 for every other reading.
*/
export function summedInto(readings: readonly SentenceReading[]): number[] {
	const into = readings.map(() => -1);
	for (let i = 0; i < readings.length; i++) {
		const total = readings[i]!;
		const {unit, value, approx} = total.quantity;
		if (total.indicator === null || approx || into[i] !== -1 || !countUnits.has(unit) || value <= 0 || total.listed) continue;
		const items = itemsSummingTo(readings, i);
		for (const j of items) {
			if (readings[j]!.indicator === total.indicator) into[j] = i;
		}
	}

	return into;
}

/** 审核规范性文件6件、合同协议4件、公告2件: a figure an enumeration goes on after is one of its items, not their total. */
export function listGoesOn(sentence: string, end: number): boolean {
	let at = end;
	while (sentence.charCodeAt(at) === 0x20) at++;
	const next = sentence.charAt(at);
	return next !== '' && '、和及与'.includes(next);
}

/**
Whether any figure (or `before`, a count ending the sentence before) is the exact sum of two or more of the figures after
it in its measure word: asked first, with nothing allocated, since most sentences break nothing down so.
*/
export function maySum(quantities: readonly Quantity[], before?: Quantity): boolean {
	for (let i = before === undefined ? 0 : -1; i < quantities.length; i++) {
		const total = i === -1 ? before! : quantities[i]!;
		if (total.approx || !countUnits.has(total.unit)) continue;
		let sum = 0;
		let items = 0;
		for (let j = i + 1; j < quantities.length && sum < total.value; j++) {
			if (quantities[j]!.unit !== total.unit) continue;
			sum += quantities[j]!.value;
			items++;
		}

		if (items >= 2 && sum === total.value) return true;
	}

	return false;
}

/** All the readings after the total at `at` in its measure word, when their values add up to it exactly; else none. */
function itemsSummingTo(readings: readonly SentenceReading[], at: number): number[] {
	const {unit, value} = readings[at]!.quantity;
	const items: number[] = [];
	let sum = 0;
	for (let j = at + 1; j < readings.length; j++) {
		const {quantity} = readings[j]!;
		if (quantity.unit !== unit) continue;
		if (quantity.approx || sum >= value) return [];
		sum += quantity.value;
		items.push(j);
	}

	return items.length >= 2 && sum === value ? items : [];
}
