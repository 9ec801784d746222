import {expect, test} from 'vitest';
import {applyReview} from '../../source/review/apply.js';
import {readReviewFile, writeReviewFile} from '../../source/review/review-file.js';
import {decide, decisionOf, fileDecisions, openSession, undo, type ReportAnchor} from '../../source/review/session.js';
import type {Figure} from '../../source/parse/types.js';
import {chaoyang2024} from '../fixtures/reports.js';

const anchor: ReportAnchor = {file: 'seeds/000_9fca992f16ce8107.txt', hash: 'c0ffee', code: '110105', year: 2024};
const cases = chaoyang2024.facts.find(fact => fact.indicator === 'litigation.cases')!;
const disclosed = chaoyang2024.facts.find(fact => fact.indicator === 'transparency.disclosed')!;
const figure: Figure = {value: 87, unit: '件', approx: false, yoy: null, text: '已办结“一业一证”87件。', match: '87件', line: 5, section: ''};
const now = new Date('2026-12-05T08:00:00Z');

test('decisions made in a session are saved as the file a next load reads back, and apply the same', () => {
	let session = openSession('rol-dash-review.csv', []);
	session = decide(session, decisionOf({report: anchor, fact: cases, figure: null}, {action: 'corrected', value: 1054, unit: '件'}, 'court list', now));
	session = decide(session, decisionOf({report: anchor, fact: disclosed, figure: null}, {action: 'rejected'}, '', now));
	session = decide(session, decisionOf({report: anchor, fact: null, figure}, {action: 'added', indicator: 'services.one_thing', value: 87, unit: '件'}, '', now));
	const saved = writeReviewFile(fileDecisions(session));
	const read = readReviewFile(saved, 'rol-dash-review.csv');
	expect(read.problems).toEqual([]);
	expect(read.decisions.map(({decision}) => [decision.action, decision.indicator, decision.expression, decision.original, decision.value, decision.time])).toEqual([
		['corrected', 'litigation.cases', cases.match, 1045, 1054, '2026-12-05T08:00:00.000Z'],
		['rejected', 'transparency.disclosed', disclosed.match, 21_500, null, '2026-12-05T08:00:00.000Z'],
		['added', 'services.one_thing', '87件', null, 87, '2026-12-05T08:00:00.000Z'],
	]);
	const {facts, orphans} = applyReview(chaoyang2024.facts, [figure], read.decisions);
	expect(orphans).toEqual([]);
	expect(facts.filter(fact => fact.review !== undefined).map(fact => [fact.indicator, fact.value, fact.review!.action])).toEqual([
		['transparency.disclosed', 21_500, 'rejected'],
		['litigation.cases', 1054, 'corrected'],
		['services.one_thing', 87, 'added'],
	]);
});

test('undo takes back this session\'s last decision, never one read from a file', () => {
	const fromFile = readReviewFile(writeReviewFile([decisionOf({report: anchor, fact: cases, figure: null}, {action: 'confirmed'}, '', now)]), 'rol-dash-review.csv').decisions;
	let session = openSession('rol-dash-review.csv', fromFile);
	expect(undo(session)).toBe(session);
	session = decide(session, decisionOf({report: anchor, fact: cases, figure: null}, {action: 'corrected', value: 1054, unit: '件'}, '', now));
	expect(session.decisions.at(-1)!.record).toBe(3);
	const undone = undo(session);
	expect(undone.decisions).toEqual(fromFile);
	expect(fileDecisions(undone).map(decision => decision.action)).toEqual(['confirmed']);
});
