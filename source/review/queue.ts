/**
The review queue: the headline facts of the reports in view (a peer group in one
year), district by district in catalog order, that nobody has decided on yet. A
person walks it one fact at a time; progress counts what has been decided among all
of them, so a decision made elsewhere (in the table, or in another file) counts too.
*/
import {indicators} from '../catalog/indicators.js';
import {statedHeadlines} from '../model/headline.js';
import type {ReportSummary} from '../parse/types.js';
import type {ReviewedFact} from './apply.js';

export type QueueItem = {readonly report: ReportSummary; readonly fact: ReviewedFact};

export type Queue = {
	/** Headline facts nobody has decided on, in the order they are offered. */
	readonly waiting: readonly QueueItem[];
	/** How many headline facts there are, and how many have a decision. */
	readonly total: number;
	readonly reviewed: number;
};

const catalogOrder = new Map<string, number>(indicators.map((indicator, index) => [indicator.id, index]));

export function reviewQueue(reports: readonly ReportSummary[]): Queue {
	const waiting: QueueItem[] = [];
	let total = 0;
	for (const report of reports) {
		const headlines = [...statedHeadlines(report).values()] as ReviewedFact[];
		headlines.sort((a, b) => (catalogOrder.get(a.indicator) ?? Infinity) - (catalogOrder.get(b.indicator) ?? Infinity));
		for (const fact of headlines) {
			total++;
			if (fact.review === undefined) {
				waiting.push({report, fact});
			}
		}

		// A rejected reading is no headline any more (the next statement, if any, takes its place), yet it was decided.
		total += (report.facts as ReviewedFact[]).filter(fact => fact.review?.action === 'rejected').length;
	}

	return {waiting, total, reviewed: total - waiting.length};
}
