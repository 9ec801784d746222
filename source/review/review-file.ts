/**
The review file: one decision per record, in a CSV a person can open in a
spreadsheet or edit by hand (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting,
a leading quote before a cell a spreadsheet would run as a formula). Reading is
forgiving where people and spreadsheets differ (columns in any order, extra columns,
numbers with thousands separators, the formula guard) and says which record it
could not use and why, keeping the rest.
*/
import {csvField} from '../text/csv-field.js';
import {csvRecords} from './csv-records.js';
import {isReviewAction, type Decision, type Sourced} from './decision.js';

export const reviewColumns = [
	'file', 'sha256', 'code', 'year', 'indicator', 'expression', 'line', 'sentence', 'original_value', 'decision', 'value', 'unit', 'note', 'time',
] as const;

type Column = (typeof reviewColumns)[number];

const required: readonly Column[] = ['indicator', 'expression', 'sentence', 'decision'];

export type ReviewProblem = {readonly source: string; readonly record: number | null; readonly reason: string};

export type ReviewRead = {readonly decisions: Sourced[]; readonly problems: ReviewProblem[]};

/** What csvField writes before a cell a spreadsheet would run as a formula, taken off again. */
const formulaGuard = /^'(?=[=+\-@\t\r])/;

function unguarded(cell: string): string {
	return cell.replace(formulaGuard, '');
}

/** A number as a person or a spreadsheet writes it: 1,045 and 1 045 and １０４５ read as 1045. */
function numberOf(cell: string): number | null | undefined {
	const text = cell.normalize('NFKC').replace(/[,\s]/gu, '');
	if (text === '') {
		return null;
	}

	const value = Number(text);
	return Number.isFinite(value) ? value : undefined;
}

export function readReviewFile(text: string, source: string): ReviewRead {
	const records = csvRecords(text);
	const header = (records[0] ?? []).map(cell => cell.toLowerCase());
	const missing = required.filter(column => !header.includes(column));
	if (missing.length > 0) {
		return {decisions: [], problems: [{source, record: null, reason: `not a review file: no ${missing.join(', ')} column`}]};
	}

	const at = new Map<Column, number>(reviewColumns.map(column => [column, header.indexOf(column)]));
	const decisions: Sourced[] = [];
	const problems: ReviewProblem[] = [];
	records.slice(1).forEach((cells, index) => {
		const record = index + 2;
		const cell = (column: Column) => unguarded(cells[at.get(column)!] ?? '');
		const action = cell('decision').toLowerCase();
		if (!isReviewAction(action)) {
			problems.push({source, record, reason: `decision must be confirmed, corrected, rejected or added (got "${cell('decision')}")`});
			return;
		}

		const [year, line, original, value] = (['year', 'line', 'original_value', 'value'] as const).map(column => numberOf(cell(column)));
		if (year === undefined || line === undefined || original === undefined || value === undefined) {
			problems.push({source, record, reason: 'year, line, original_value and value must be numbers or empty'});
			return;
		}

		if ((action === 'corrected' || action === 'added') && value === null) {
			problems.push({source, record, reason: `a ${action} decision needs a value`});
			return;
		}

		decisions.push({
			source,
			record,
			decision: {
				file: cell('file'),
				hash: cell('sha256'),
				code: cell('code') === '' ? null : cell('code'),
				year,
				indicator: cell('indicator'),
				expression: cell('expression'),
				line,
				sentence: cell('sentence'),
				original,
				action,
				value,
				unit: cell('unit'),
				note: cell('note'),
				time: cell('time'),
			},
		});
	});
	return {decisions, problems};
}

function cellsOf(decision: Decision): Array<string | number | null> {
	return [
		decision.file, decision.hash, decision.code, decision.year, decision.indicator, decision.expression, decision.line, decision.sentence,
		decision.original, decision.action, decision.value, decision.unit, decision.note, decision.time,
	];
}

/** The whole file for these decisions, as it is written back after each decision. */
export function writeReviewFile(decisions: readonly Decision[]): string {
	const lines = [reviewColumns as readonly string[], ...decisions.map(cellsOf)].map(cells => cells.map(csvField).join(','));
	return `\uFEFF${lines.map(line => `${line}\r\n`).join('')}`;
}
