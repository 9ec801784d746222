import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {decodeBytes} from '../../source/load/decode.js';
import {toDocument} from '../../source/load/document.js';
import {sanitize} from '../../source/text/sanitize.js';
import {unsafeCharacters} from '../fixtures/load/unsafe-characters.js';

const text = (...parts: Array<string | number[]>): Uint8Array => Buffer.concat(parts.map(part => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

// Byte runs that reach every branch: escapes (7- and 8-bit), BOMs, line ends,
// bidi, UTF-8 and GB18030 Chinese, HTML entities that decode to controls.
const pieces = [
	text('\u001B['), text('\u001B]8;;'), text('\u001B]0;'), text('\u001BP'), text('\u001B\\'), text('\u0007'), text('\u001B'),
	text('\u009B'), text('\u009D'), text('\u009C'), text('\u202E'), text('\u2066'), text('\uFEFF'),
	text([0xef, 0xbb, 0xbf]), text([0xff, 0xfe]), text([0xfe, 0xff]), text([0xd8, 0x00]),
	text('\r\n'), text('\r'), text('\n'), text('\t'), text('31m'), text('2J'), text('H'),
	text('法治政府'), text([0xb7, 0xa8, 0xd6, 0xce]), text([0x81, 0x30, 0x81, 0x30]),
	text('<p>'), text('<table><tr><td>'), text('&#27;'), text('&#x9b;'), text('&#8238;'), text('<!DOCTYPE html>'),
];

const mixed = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.uint8Array({maxLength: 6})), {maxLength: 400})
	.map(parts => new Uint8Array(Buffer.concat(parts)));

// UTF-16 code units, lone surrogates included, weighted towards the ones escapes are made of.
const anyString = fc
	.array(fc.oneof(fc.integer({min: 0, max: 0xffff}), fc.constantFrom(0x1b, 0x9b, 0x9c, 0x9d, 0x07, 0x0d, 0x0a, 0x5b, 0x5c, 0x5d, 0x3b, 0x32, 0x6d, 0x202e, 0x2066, 0xfeff)), {maxLength: 300})
	.map(units => String.fromCharCode(...units));

function decodeAndSanitize(bytes: Uint8Array): string | undefined {
	const decoded = decodeBytes(bytes);
	return 'text' in decoded ? sanitize(decoded.text) : undefined;
}

describe('decoder + sanitizer on arbitrary bytes', () => {
	it('never throws and never yields a control, ESC, C1 or bidi character (random bytes up to 64 KB)', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 65_536}), bytes => {
				expect(unsafeCharacters(decodeAndSanitize(bytes) ?? '')).toEqual([]);
			}),
			{numRuns: 150},
		);
	});

	it('the same for byte strings built from escape, encoding and HTML pieces', () => {
		fc.assert(
			fc.property(mixed, bytes => {
				expect(unsafeCharacters(decodeAndSanitize(bytes) ?? '')).toEqual([]);
				for (const file of ['a.txt', 'a.html']) {
					const document = toDocument(file, bytes, {});
					expect(unsafeCharacters('text' in document ? document.text : '')).toEqual([]);
				}
			}),
			{numRuns: 400},
		);
	});

	it('sanitize is safe and idempotent on any string', () => {
		fc.assert(
			fc.property(anyString, input => {
				const once = sanitize(input);
				expect(unsafeCharacters(once)).toEqual([]);
				expect(sanitize(once)).toBe(once);
			}),
			{numRuns: 2000},
		);
	});
});
