import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

import {decodeBytes} from '../../source/load/decode.js';
import {reasons} from '../../source/load/reasons.js';

const seedPath = new URL('../../seeds/002_1867eea4f21729fd.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');
// Made with `iconv -f UTF-8 -t GB18030 seeds/002_1867eea4f21729fd.txt`: an encoder independent of the decoder under test.
const gb18030 = readFileSync(new URL('../fixtures/load/seed-002.gb18030.txt', import.meta.url));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
	return endian === 'le' ? bytes : bytes.swap16();
}

describe('decodeBytes', () => {
	it('decodes a GB18030 copy of a seed to exactly the UTF-8 original', () => {
		expect(gb18030.equals(Buffer.from(seed))).toBe(false);
		expect(decodeBytes(gb18030)).toEqual({text: seed, encoding: 'gb18030', replaced: 0});
	});

	it('decodes UTF-8 and drops its BOM', () => {
		expect(decodeBytes(Buffer.from(seed))).toEqual({text: seed, encoding: 'utf-8', replaced: 0});
		const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]);
		expect(decodeBytes(withBom)).toEqual({text: seed, encoding: 'utf-8', replaced: 0});
	});

	it('decodes UTF-16 LE and BE with BOM', () => {
		expect(decodeBytes(utf16(seed, 'le'))).toEqual({text: seed, encoding: 'utf-16le', replaced: 0});
		expect(decodeBytes(utf16(seed, 'be'))).toEqual({text: seed, encoding: 'utf-16be', replaced: 0});
	});

	it('keeps a UTF-8 file cut off mid-character as UTF-8, not GB18030 mojibake', () => {
		// The last character loses its third byte, as in an interrupted download.
		const cut = Buffer.from(`${seed}法`).subarray(0, -1);
		expect(decodeBytes(cut)).toEqual({text: `${seed}\uFFFD`, encoding: 'utf-8', replaced: 1});
	});

	it('decodes UTF-16 saved without its BOM, LE and BE', () => {
		const le = utf16(seed, 'le').subarray(2);
		expect(decodeBytes(le)).toEqual({text: seed, encoding: 'utf-16le', replaced: 0});
		expect(decodeBytes(Buffer.from(le).swap16())).toEqual({text: seed, encoding: 'utf-16be', replaced: 0});
		// Near misses: NUL bytes at both parities, or control characters once decoded, are a binary file's.
		expect(decodeBytes(Buffer.from('%PDF-1.7\n\0\0\0\u0001\u0002\u0003'))).toEqual({reason: reasons.binary});
		expect(decodeBytes(Buffer.from('\u0001\u0002\u0003\u0004', 'utf16le'))).toEqual({reason: reasons.binary});
	});

	it('reports NUL bytes outside UTF-16 as binary', () => {
		expect(decodeBytes(Buffer.from('%PDF-1.7\n\0\0\u0001'))).toEqual({reason: reasons.binary});
		expect(reasons.binary).toBe('binary file (NUL bytes)');
	});

	it('reports bytes that are neither UTF-8 nor GB18030', () => {
		expect(decodeBytes(Uint8Array.from([0x41, 0xff, 0x80, 0xff]))).toEqual({reason: 'not decodable as UTF-8, UTF-16 or GB18030'});
	});

	it('reports no bytes as an empty file', () => {
		expect(decodeBytes(new Uint8Array())).toEqual({reason: 'empty file'});
	});
});
