import {describe, expect, test} from 'vitest';
import {applyReview, inTables} from '../../source/review/apply.js';
import type {Decision, Sourced} from '../../source/review/decision.js';
import {decisionsFor, indexDecisions} from '../../source/review/for-report.js';
import type {Figure} from '../../source/parse/types.js';
import {chaoyang2024, fact, mentougou2020} from '../fixtures/reports.js';
import {reviewContext, reviewReports} from '../../source/review/reviewed-reports.js';

const sentence = '全年以区政府为被告的行政诉讼案件共1045件,败诉16件。';
const cases = fact({indicator: 'litigation.cases', value: 1045, unit: '件', line: 24, section: '争议', text: sentence, match: '1045件'});
const lost = fact({indicator: 'litigation.lost', value: 16, unit: '件', line: 24, section: '争议', text: sentence, match: '16件'});
const aidSentence = '全年办理法律援助案件4,414件。';
const aidFigure: Figure = {value: 4414, unit: '件', approx: false, yoy: null, text: aidSentence, match: '4,414件', line: 30, section: '服务'};

let records = 1;
function decided(partial: Partial<Decision> & Pick<Decision, 'indicator' | 'expression' | 'sentence' | 'action'>, source = 'a.csv'): Sourced {
	records++;
	return {
		source,
		record: records,
		decision: {file: 'seeds/x.txt', hash: '', code: '110105', year: 2024, line: 24, original: null, value: null, unit: '', note: '', time: '', ...partial},
	};
}

describe('decisions applied to a report', () => {
	test('a correction takes the person\'s value and keeps the parser\'s; a rejection leaves the tables, not the list', () => {
		const {facts, orphans, conflicts} = applyReview([cases, lost], [], [
			decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'corrected', value: 1054, unit: '件', note: 'typo in the report'}),
			decided({indicator: 'litigation.lost', expression: '16件', sentence, action: 'rejected'}),
		]);
		expect(orphans).toEqual([]);
		expect(conflicts).toEqual([]);
		expect(facts[0]).toMatchObject({value: 1054, unit: '件', review: {action: 'corrected', original: 1045, originalUnit: '件', note: 'typo in the report'}});
		expect(facts[1]).toMatchObject({value: 16, review: {action: 'rejected'}});
		expect(facts.filter(inTables).map(each => each.indicator)).toEqual(['litigation.cases']);
	});

	test('an assigned figure becomes a fact at its own sentence and line, marked as added by a person', () => {
		const {facts} = applyReview([cases], [aidFigure], [
			decided({indicator: 'legal_aid.cases', expression: '4,414件', sentence: aidSentence, action: 'added', value: 4414, unit: '件', line: 12}),
		]);
		expect(facts.at(-1)).toMatchObject({indicator: 'legal_aid.cases', value: 4414, line: 30, text: aidSentence, review: {action: 'added'}});
	});

	test('the anchor is the text: the same sentence moved, rewrapped or padded still finds its number', () => {
		const moved = {...cases, line: 80, text: sentence.replace('共', '共 \n')};
		const {facts, orphans} = applyReview([moved], [], [decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'confirmed'})]);
		expect(orphans).toEqual([]);
		expect(facts[0]!.review?.action).toBe('confirmed');
	});

	test('a decision whose number is gone from the report is orphaned, not dropped', () => {
		const edited = {...cases, value: 1046, match: '1046件', text: sentence.replace('1045', '1046')};
		const decision = decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'corrected', value: 1050, unit: '件'});
		const {facts, orphans} = applyReview([edited], [], [decision]);
		expect(facts[0]).toEqual(edited);
		expect(orphans).toEqual([decision]);
	});

	test('two review files that disagree on one number: a conflict, the parser\'s reading stands, both are named', () => {
		const mine = decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'corrected', value: 1054, unit: '件'}, 'mine.csv');
		const yours = decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'confirmed'}, 'yours.csv');
		const {facts, conflicts} = applyReview([cases], [], [mine, yours]);
		expect(conflicts).toEqual([[mine, yours]]);
		expect(facts[0]).toMatchObject({value: 1045, review: {action: 'conflict', sources: [{source: 'mine.csv'}, {source: 'yours.csv'}]}});
	});

	test('two files that agree are no conflict; in one file the later record wins', () => {
		const first = decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'corrected', value: 1054, unit: '件'});
		const later = decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'confirmed'});
		const same = decided({indicator: 'litigation.cases', expression: '1045件', sentence, action: 'confirmed'}, 'b.csv');
		const {facts, conflicts} = applyReview([cases], [], [first, later, same]);
		expect(conflicts).toEqual([]);
		expect(facts[0]).toMatchObject({value: 1045, review: {action: 'confirmed'}});
	});
});

describe('which decisions are about a report', () => {
	test('by the cited file, or by district code and year (a copy in another folder)', () => {
		const byFile = decided({indicator: 'a', expression: '1件', sentence: 's', action: 'confirmed', file: 'seeds/x.txt', code: null, year: null});
		const byDistrict = decided({indicator: 'b', expression: '2件', sentence: 's', action: 'confirmed', file: 'elsewhere/x.txt'});
		const other = decided({indicator: 'c', expression: '3件', sentence: 's', action: 'confirmed', file: 'y.txt', code: '110109'});
		const index = indexDecisions([byFile, byDistrict, other]);
		expect(decisionsFor(index, {file: 'seeds/x.txt', code: '110105', year: 2024})).toEqual([byFile, byDistrict]);
		expect(decisionsFor(index, {file: 'z.txt', code: '110105', year: 2023})).toEqual([]);
	});
});

describe('a load\'s reports reviewed', () => {
	const chaoyang = {...chaoyang2024};
	const copy = {...chaoyang2024, file: 'copy/x.txt'};
	const identity = (report: typeof chaoyang2024) => ({file: report.file, code: report.district.code, year: report.year});

	test('a report no decision is about is the same object; a decision found in one of two copies is not orphaned', () => {
		const decision = decided({indicator: 'litigation.cases', expression: '1045', sentence: chaoyang2024.facts.find(each => each.indicator === 'litigation.cases')!.text, action: 'rejected', file: chaoyang.file});
		const elsewhere = {...mentougou2020};
		const {reports, orphans} = reviewReports([chaoyang, elsewhere], reviewContext([decision]), identity);
		expect(reports[1]).toBe(elsewhere);
		expect(orphans).toEqual([]);
		expect(reports[0]!.facts.find(each => each.indicator === 'litigation.cases')?.review?.action).toBe('rejected');
		const edited = {...copy, facts: copy.facts.filter(each => each.indicator !== 'litigation.cases')};
		expect(reviewReports([edited], reviewContext([decision]), identity).orphans).toEqual([decision]);
	});
});
