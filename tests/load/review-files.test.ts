import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Buffer} from 'node:buffer';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {readReviewFiles} from '../../source/load/review-files.js';
import {writeAtomically} from '../../source/save/atomic.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'rol-dash-review-'));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

const header = 'indicator,expression,sentence,decision,value,unit';

// 法律援助12件。 and 12件 in GB18030 (from iconv: an encoder independent of the decoder), as a spreadsheet saves "CSV" on a Chinese Windows.
const sentenceGb = Buffer.from('b7a8c2c9d4aed6fa3132bcfea1a3', 'hex');
const expressionGb = Buffer.from('3132bcfe', 'hex');

test('a review file a spreadsheet saved in GB18030 reads as one in UTF-8; one that does not exist yet is no problem', () => {
	const ascii = (text: string) => Buffer.from(text, 'latin1');
	writeFileSync(join(dir, 'gbk.csv'), Buffer.concat([ascii(`${header}\r\nlegal_aid.cases,`), expressionGb, ascii(','), sentenceGb, ascii(',corrected,13,\r\n')]));
	const {decisions, problems} = readReviewFiles([join(dir, 'gbk.csv'), join(dir, 'not-yet.csv')]);
	expect(problems).toEqual([]);
	expect(decisions.map(({decision}) => [decision.expression, decision.sentence, decision.value])).toEqual([['12件', '法律援助12件。', 13]]);
});

test('a file that cannot be read is named with its reason; the other files still count', () => {
	writeFileSync(join(dir, 'binary.csv'), Buffer.from([0x00, 0x01, 0x02]));
	writeFileSync(join(dir, 'good.csv'), `${header}\nlegal_aid.cases,12件,法律援助12件。,confirmed,,\n`);
	const {decisions, problems} = readReviewFiles([join(dir, 'binary.csv'), join(dir, 'good.csv')]);
	expect(problems.map(({source, reason}) => [source.endsWith('binary.csv'), reason])).toEqual([[true, expect.stringMatching(/binary/)]]);
	expect(decisions).toHaveLength(1);
});

test('an atomic write leaves the whole new text and no temporary file', () => {
	const path = join(dir, 'rol-dash-review.csv');
	writeAtomically(path, 'first');
	writeAtomically(path, 'second');
	expect(readFileSync(path, 'utf8')).toBe('second');
	expect(readdirSync(dir)).toEqual(['rol-dash-review.csv']);
});
