import type {Line} from '../lines.js';
import type {Layout} from './layout.js';

const digits: Readonly<Record<string, number>> = {
	〇: 0, 零: 0, O: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 2025 or 二〇二五 (digit by digit). */
export function yearValue(text: string): number {
	if (/^\d{4}$/u.test(text)) return Number(text);
	let value = 0;
	for (const char of text) value = value * 10 + (digits[char] ?? NaN);
	return value;
}

/** 1, 01 or 一 / 十 / 十二 / 二十四 / 三十一. */
function smallValue(text: string): number {
	if (/^\d{1,2}$/u.test(text)) return Number(text);
	const [tens, units] = text.split('十');
	if (units === undefined) return digits[text] ?? NaN;
	return (tens ? (digits[tens] ?? NaN) : 1) * 10 + (units ? (digits[units] ?? NaN) : 0);
}

const cn = '[〇零O○一二三四五六七八九十]';
const organ = '(?:[\\u4e00-\\u9fff()()·]{2,40}(?:人民政府|政府|管委会|管理委员会|党工委|工委|委员会)(?:办公室)?\\s*)?';
/** A date alone on its line (or after the signature), maybe in brackets: 2025年1月24日, 二〇二五年一月二十四日. */
const written = new RegExp(
	`^${organ}[((]?\\s*(\\d{4}|${cn}{4})\\s*年\\s*(\\d{1,2}|${cn}{1,3})\\s*月\\s*(\\d{1,2}|${cn}{1,3})\\s*日\\s*[))]?$`,
	'u',
);
/** 2025-01-24, 2025.1.24, 2025/1/24 alone on a line. */
const numeric = /^[((]?\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})\s*[))]?$/u;

export function isoDate(text: string): string | null {
	const match = written.exec(text) ?? numeric.exec(text);
	if (!match) return null;
	const [year, month, day] = [yearValue(match[1]!), smallValue(match[2]!), smallValue(match[3]!)];
	if (!(year >= 1990 && year <= 2100)) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 2月30日 over into March: only a real day survives the round trip.
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return date.toISOString().slice(0, 10);
}

function last(lines: readonly Line[], bracketed = false): string | null {
	for (let i = lines.length - 1; i >= 0; i--) {
		const {text} = lines[i]!;
		if (bracketed && !/^[((].*[))]$/u.test(text)) continue;
		const date = isoDate(text);
		if (date) return date;
	}
	return null;
}

/**
The date the report was signed: a date line at the end (2025年1月24日 under the signature), else a
bracketed one under the title ((2025年1月20日), as official documents write it); a bare date in the
header is more often the site's than the report's. The site's posting date (日期:2021-03-31 10:00 in the page header) is never used,
even as a fallback: it is when a web page went up, often weeks later, and one column meaning two
things would make dates incomparable across reports.
*/
export function readPublished(layout: Layout): string | null {
	return last(layout.tail) ?? last(layout.header, true);
}
