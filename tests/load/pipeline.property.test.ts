import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {toDocument} from '../../source/load/index.js';
import {parseReport} from '../../source/parse/index.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import type {Report} from '../../source/parse/types.js';

// What a terminal would act on: C0 (but newline and tab), DEL, C1, bidi overrides and isolates.
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function throughEverything(bytes: Uint8Array, name = 'input.txt'): string[] {
	const document = toDocument(name, bytes, {});
	if ('reason' in document) {
		return [document.reason];
	}

	const report: Report = parseReport(document.text, {file: document.file});
	const outputs = (['text', 'md', 'csv', 'json'] as const).map(format => renderSnapshot(wholeStore([report]), {format}));
	// CSV ends its records with CRLF by design.
	return outputs.map(output => output.replaceAll('\r\n', '\n'));
}

const reportBytes = fc.array(fc.oneof(
	fc.constantFrom('行政复议', '受理', '审结', '件', '%', '万', '余', '同比下降', '\n', '一、', '(一)', '2024年', '\u001B[2J', '\u001B]0;x\u0007', '\u009B', '\u202E', '\r', '\u0000'),
	fc.integer({min: 0, max: 99_999}).map(String),
	fc.string(),
), {maxLength: 60}).map(parts => new TextEncoder().encode(parts.join('')));

describe('any bytes through loader, parser and every output format', () => {
	it('never throws and never emits a control character', () => {
		fc.assert(fc.property(fc.oneof(fc.uint8Array({maxLength: 4096}), reportBytes), bytes => {
			for (const output of throughEverything(bytes)) {
				expect(output).not.toMatch(unsafe);
			}
		}), {numRuns: 150});
	});

	it('the same through the HTML path', () => {
		fc.assert(fc.property(reportBytes, bytes => {
			const html = new TextEncoder().encode(`<html><body><p>${new TextDecoder().decode(bytes)}</p></body></html>`);
			for (const output of throughEverything(html, 'page.html')) {
				expect(output).not.toMatch(unsafe);
			}
		}), {numRuns: 60});
	});

	// A guard against runaway (super-linear) patterns, not a benchmark: the bound is far above normal speed.
	it.each([
		['digits without punctuation', '1'.repeat(1 << 20)],
		['numerals and measure words', '一二三四五六七八九十个'.repeat(1 << 16)],
		['one endless clause', ('行政复议受理审结件,' + '同比下降').repeat(1 << 15)],
		['unbalanced quotes', '“《〔'.repeat(1 << 17) + '7152件'],
	])('finishes a megabyte of %s in bounded time', (_name, text) => {
		const start = performance.now();
		parseReport(text);
		expect(performance.now() - start).toBeLessThan(10_000);
	});
});
