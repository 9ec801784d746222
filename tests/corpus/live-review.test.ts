import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {liveReview} from '../../source/corpus/live-review.js';
import {wholeStore, type Store} from '../../source/corpus/store.js';
import {readReviewFile} from '../../source/review/review-file.js';
import type {ReviewedFact} from '../../source/review/apply.js';
import {chaoyang2024, jiangbei2024} from '../fixtures/reports.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'rol-dash-live-review-'));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

const cases = chaoyang2024.facts.find(fact => fact.indicator === 'litigation.cases')!;
const caseTarget = {kind: 'value' as const, place: {district: null, year: 2024, file: chaoyang2024.file}, indicator: {id: 'litigation.cases', area: 'disputes', zh: '行政诉讼案件', en: 'Administrative lawsuits', unit: '件', polarity: 'neutral'} as never, fact: cases, cite: chaoyang2024.file};
const factOf = (store: Store, indicator: string) => (store.reports[0]!.facts as ReviewedFact[]).find(fact => fact.indicator === indicator);

test('a decision is saved to the review file at once and the dashboard gets the store reviewed again; undo takes it back on disk too', () => {
	const file = join(dir, 'rol-dash-review.csv');
	const live = liveReview({base: wholeStore([chaoyang2024, jiangbei2024]), decisions: [], problems: [], file, cwd: '/nowhere', now: () => new Date('2026-12-05T09:00:00Z')});
	const seen: Store[] = [];
	live.subscribe(store => seen.push(store));
	const said = live.review({kind: 'decide', target: caseTarget, verdict: {action: 'corrected', value: 1054, unit: '件'}, note: 'court list'}, 'en');
	expect(said).toBe(`saved to ${file}: corrected Administrative lawsuits 1,054 items`);
	const saved = readReviewFile(readFileSync(file, 'utf8'), file);
	expect(saved.decisions.map(({decision}) => [decision.file, decision.code, decision.year, decision.expression, decision.original, decision.value, decision.note, decision.time])).toEqual([
		[chaoyang2024.file, '110105', 2024, cases.match, 1045, 1054, 'court list', '2026-12-05T09:00:00.000Z'],
	]);
	expect(factOf(seen.at(-1)!, 'litigation.cases')).toMatchObject({value: 1054, review: {action: 'corrected', original: 1045}});

	expect(live.review({kind: 'undo'}, 'zh')).toBe(`已撤销,已保存到 ${file}`);
	expect(readReviewFile(readFileSync(file, 'utf8'), file).decisions).toEqual([]);
	expect(factOf(seen.at(-1)!, 'litigation.cases')).toMatchObject({value: 1045});
	expect(factOf(seen.at(-1)!, 'litigation.cases')!.review).toBeUndefined();
	expect(live.review({kind: 'undo'}, 'zh')).toBe('本次没有可撤销的决定');
});

test('a save that fails keeps nothing: the store is unchanged and the reason is said', () => {
	const file = join(dir, 'locked', 'review.csv');
	const live = liveReview({base: wholeStore([chaoyang2024]), decisions: [], problems: [], file, cwd: '/nowhere'});
	const seen: Store[] = [];
	live.subscribe(store => seen.push(store));
	const said = live.review({kind: 'decide', target: caseTarget, verdict: {action: 'rejected'}, note: ''}, 'en');
	expect(said).toMatch(/^not saved: /u);
	expect(seen).toEqual([]);
	expect(live.review({kind: 'undo'}, 'en')).toBe('nothing to undo in this session');
});

test('a note is the decision said again with it; a watched file loaded again is reviewed before the dashboard sees it', () => {
	const file = join(dir, 'review.csv');
	writeFileSync(file, '');
	const live = liveReview({base: wholeStore([chaoyang2024]), decisions: [], problems: [], file, cwd: '/nowhere'});
	const seen: Store[] = [];
	live.subscribe(store => seen.push(store));
	live.review({kind: 'decide', target: caseTarget, verdict: {action: 'confirmed'}, note: ''}, 'en');
	expect(live.review({kind: 'note', target: caseTarget, note: 'checked with the court'}, 'en')).toBe(`saved to ${file}: note on Administrative lawsuits`);
	expect(readReviewFile(readFileSync(file, 'utf8'), file).decisions.map(({decision}) => [decision.action, decision.note])).toEqual([['confirmed', ''], ['confirmed', 'checked with the court']]);
	live.rebase(wholeStore([{...chaoyang2024}]));
	expect(factOf(seen.at(-1)!, 'litigation.cases')!.review).toMatchObject({action: 'confirmed', note: 'checked with the court'});
});
