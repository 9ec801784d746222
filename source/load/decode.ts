/**
Bytes → text, detecting the encoding. Reports saved from government sites over
the years come as UTF-8 (with or without BOM), UTF-16 with BOM (Windows
Notepad), or GB18030/GBK (older sites and Windows tools).
*/
import {Buffer, isAscii, isUtf8, transcode} from 'node:buffer';

import {reasons} from './reasons.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = {
	readonly text: string;
	readonly encoding: Encoding;
	/** Invalid sequences replaced by U+FFFD (a file cut off mid-character); usually 0. */
	readonly replaced: number;
};

export type Undecodable = {
	readonly reason: string;
};

// A few damaged sequences are tolerated in text that is otherwise clearly in one
// encoding; more than this and the guess is not safe.
const maxReplaced = 3;
// Text from a GB18030 file read as UTF-8 turns almost every Chinese character
// into U+FFFD, so a handful of bad sequences among this much multi-byte text
// (bytes minus UTF-16 code units, about two per Chinese character) means UTF-8.
const minMultiByteExcess = 64;

function strict(label: Encoding, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, {fatal: true}).decode(bytes);
	} catch {
		return null;
	}
}

function countReplaced(text: string): number {
	let count = 0;
	for (let at = text.indexOf('\uFFFD'); at !== -1 && count <= maxReplaced; at = text.indexOf('\uFFFD', at + 1)) {
		count++;
	}

	return count;
}

/** The text with a few bad sequences replaced, or null when there are too many. */
function lenient(label: Encoding, bytes: Uint8Array): Decoded | null {
	const text = new TextDecoder(label).decode(bytes);
	const replaced = countReplaced(text);
	return replaced <= maxReplaced ? {text, encoding: label, replaced} : null;
}

function utf16(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded | Undecodable {
	// The decoder drops the BOM itself.
	const text = strict(label, bytes);
	if (text !== null) {
		return {text, encoding: label, replaced: 0};
	}

	return lenient(label, bytes) ?? {reason: reasons.undecodable};
}

/**
Bytes known to be valid UTF-8 → text. V8's own decoding (Buffer#toString,
TextDecoder) makes about 260 MB/s of Chinese text here; ICU's converter to UTF-16
and a copy into a string make 670–1,000 MB/s, the same strings (checked on 3,011
files: the benchmark's corpus, the seeds and the test fixtures). ASCII is read as
is, one byte a character. A Node built without ICU has no transcode: V8 decodes.
*/
function validUtf8(bytes: Uint8Array): string {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (isAscii(buffer)) {
		return buffer.toString('latin1');
	}

	try {
		const utf16 = transcode(buffer, 'utf8', 'utf16le');
		return utf16.toString('utf16le');
	} catch {
		return buffer.toString('utf8');
	}
}

/**
UTF-16 saved without its BOM, as some exporters write it: the NUL bytes are the high halves of ASCII characters (line
breaks, digits), so three in four or more stand at odd offsets (LE) or at even ones (BE), and they are at least one
unit in a hundred; the text then decodes strictly and holds no control character a text file has not. A binary
file's NULs fall at both. Null otherwise.
*/
function bomlessUtf16(bytes: Uint8Array): Decoded | null {
	// The share of NULs says nothing of a few bytes: a short file with NULs stays binary.
	if (bytes.length % 2 !== 0 || bytes.length < minUtf16Bytes) return null;
	let even = 0;
	let odd = 0;
	for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) {
		if (at % 2 === 0) even++;
		else odd++;
	}

	// A character whose low byte is 0 (一 is U+4E00, common in reports: 一是, 统一) sets some NULs at the other parity.
	if (Math.min(even, odd) * 4 > even + odd || (even + odd) * 100 < bytes.length / 2) return null;
	const label = odd > even ? 'utf-16le' : 'utf-16be';
	const text = strict(label, bytes);
	return text === null || controlChar.test(text) ? null : {text, encoding: label, replaced: 0};
}

const minUtf16Bytes = 64;

/** Control characters no text file holds (tab, line breaks and form feed aside). */
const controlChar = /[\u0000-\u0008\u000B\u000E-\u001F]/u;

/**
Detects the encoding and decodes: a UTF-16 BOM decides UTF-16; otherwise NUL
bytes mean binary, unless they make UTF-16 without a BOM; then strict UTF-8 (BOM dropped), then strict GB18030.
Never throws.
*/
export function decodeBytes(bytes: Uint8Array): Decoded | Undecodable {
	if (bytes.length === 0) {
		return {reason: reasons.empty};
	}

	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return utf16('utf-16le', bytes);
	}

	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return utf16('utf-16be', bytes);
	}

	if (bytes.indexOf(0) !== -1) {
		return bomlessUtf16(bytes) ?? {reason: reasons.binary};
	}

	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	// isUtf8 (simdutf) validates; validUtf8 decodes.
	if (isUtf8(bytes)) {
		return {text: validUtf8(bytes.subarray(bom ? 3 : 0)), encoding: 'utf-8', replaced: 0};
	}

	// A UTF-8 file cut off mid-character (an interrupted download) fails the strict
	// check, yet would decode "successfully" as GB18030 mojibake, since almost any
	// run of high bytes is valid GB18030. So a nearly valid UTF-8 file stays UTF-8.
	// The first 64 KB rule out a GB18030 file cheaply, before decoding all of it twice.
	const nearly = lenient('utf-8', bytes.subarray(0, 65_536)) === null ? null : lenient('utf-8', bytes);
	if (nearly !== null && (bom || bytes.length - nearly.text.length >= minMultiByteExcess)) {
		return nearly;
	}

	if (bom) {
		return {reason: reasons.undecodable};
	}

	const gb = strict('gb18030', bytes);
	return gb === null ? {reason: reasons.undecodable} : {text: gb, encoding: 'gb18030', replaced: 0};
}
