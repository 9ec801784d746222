/**
One file's bytes → a document: decode, extract the article from HTML, sanitize.
Pure and synchronous, so files, stdin and tests all go through the same steps.
*/
import type {Hints} from '../parse/types.js';
import {sanitize} from '../text/sanitize.js';
import {type Encoding, decodeBytes} from './decode.js';
import {HtmlTooDeepError, htmlToText, looksLikeHtml} from './html.js';
import {reasons} from './reasons.js';

export type Document = {
	readonly file: string;
	/** Sanitized: no escape sequences or control characters other than \n and \t. */
	readonly text: string;
	readonly hints: Hints;
	readonly encoding: Encoding;
	readonly format: 'text' | 'html';
	/** Invalid byte sequences replaced by U+FFFD (a truncated file); usually 0. */
	readonly replaced: number;
};

export type LoadError = {
	readonly file: string;
	readonly reason: string;
};

const visible = /\S/;

/** Never throws: a failure is a LoadError naming the file. */
export function toDocument(file: string, bytes: Uint8Array, hints: Hints): Document | LoadError {
	try {
		const decoded = decodeBytes(bytes);
		if ('reason' in decoded) {
			return {file, reason: decoded.reason};
		}

		const html = looksLikeHtml(file, decoded.text);
		// Sanitized after extraction: entities such as &#27; only become ESC there.
		const text = sanitize(html ? htmlToText(decoded.text) : decoded.text);
		if (!visible.test(text)) {
			return {file, reason: html ? reasons.noHtmlText : reasons.whitespace};
		}

		return {file, text, hints, encoding: decoded.encoding, format: html ? 'html' : 'text', replaced: decoded.replaced};
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return {file, reason: error instanceof HtmlTooDeepError ? reasons.htmlTooDeep : `cannot read (${detail})`};
	}
}
