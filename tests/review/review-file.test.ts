import {describe, expect, test} from 'vitest';
import type {Decision} from '../../source/review/decision.js';
import {readReviewFile, reviewColumns, writeReviewFile} from '../../source/review/review-file.js';

const corrected: Decision = {
	file: 'seeds/a.txt', hash: 'ab12', code: '110105', year: 2024, indicator: 'litigation.cases', expression: '1045件', line: 24,
	sentence: '全年行政诉讼案件共1045件,败诉16件。', original: 1040, action: 'corrected', value: 1045, unit: '件', note: '=SUM(A1) typed by hand', time: '2026-12-05T08:00:00Z',
};

describe('the review file', () => {
	test('what rol-dash writes, it reads back: BOM, CRLF, quoted cells, a note that looks like a formula', () => {
		const text = writeReviewFile([corrected]);
		expect(text.startsWith('\uFEFFfile,sha256,code,year,indicator,expression,line,sentence,original_value,decision,value,unit,note,time\r\n')).toBe(true);
		expect(text).toContain(',"全年行政诉讼案件共1045件,败诉16件。",');
		expect(text).toContain(`,'=SUM(A1) typed by hand,`);
		const read = readReviewFile(text, 'review.csv');
		expect(read.problems).toEqual([]);
		expect(read.decisions).toEqual([{source: 'review.csv', record: 2, decision: corrected}]);
	});

	test('a hand-edited file: LF ends, columns in another order, an extra column, a number with a separator, spaces after commas', () => {
		const text = [
			'decision,indicator,expression,sentence,value,unit,who',
			'corrected, litigation.cases, 1045件,"全年行政诉讼案件共1045件,败诉16件。","1,045",件,me',
			'rejected,legal_aid.cases,12件,法律援助12件。,,,me',
			'',
		].join('\n');
		const {decisions, problems} = readReviewFile(text, 'hand.csv');
		expect(problems).toEqual([]);
		expect(decisions.map(({decision}) => [decision.action, decision.indicator, decision.expression, decision.value, decision.file, decision.code])).toEqual([
			['corrected', 'litigation.cases', '1045件', 1045, '', null],
			['rejected', 'legal_aid.cases', '12件', null, '', null],
		]);
	});

	test('a spreadsheet saved it: CR-only ends, no final line end, full-width digits', () => {
		const text = `\uFEFF${reviewColumns.join(',')}\r,,,,petitions.volume,１２件,,信访12件,,added,１２,件,,`;
		const {decisions, problems} = readReviewFile(text, 'excel.csv');
		expect(problems).toEqual([]);
		expect(decisions[0]!.decision).toMatchObject({action: 'added', value: 12, expression: '１２件'});
	});

	test('a record it cannot use is named with its number and the reason; the others still load', () => {
		const text = ['indicator,expression,sentence,decision,value', 'a.b,1件,一件。,approved,', 'a.b,2件,两件。,corrected,', 'a.b,3件,三件。,confirmed,'].join('\r\n');
		const {decisions, problems} = readReviewFile(text, 'r.csv');
		expect(problems).toEqual([
			{source: 'r.csv', record: 2, reason: 'decision must be confirmed, corrected, rejected or added (got "approved")'},
			{source: 'r.csv', record: 3, reason: 'a corrected decision needs a value'},
		]);
		expect(decisions.map(({record}) => record)).toEqual([4]);
	});

	test('a file that is not a review file says which columns it lacks', () => {
		expect(readReviewFile('district,code,year\r\n朝阳区,110105,2024\r\n', 'facts.csv')).toEqual({
			decisions: [],
			problems: [{source: 'facts.csv', record: null, reason: 'not a review file: no indicator, expression, sentence, decision column'}],
		});
	});
});
