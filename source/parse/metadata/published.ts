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

/**
Whether a line can end like a date: in 日 or a digit, then maybe a closing bracket. Asked before the patterns,
which are anchored at the start and would otherwise read every paragraph of a report's tail from its first
character.
*/
function endsLikeDate(text: string): boolean {
	let end = text.length - 1;
	if (text[end] === ')' || text[end] === ')') end--;
	while (end >= 0 && /\s/u.test(text[end]!)) end--;
	const last = text[end];
	return last === '日' || (last !== undefined && last >= '0' && last <= '9');
}

const leap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the month has the day: 2月30日 and 13月 are misreadings, not dates. */
function isRealDay(year: number, month: number, day: number): boolean {
	if (!(month >= 1 && month <= 12 && day >= 1)) return false;
	return day <= (month === 2 && leap(year) ? 29 : monthDays[month - 1]!);
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

export function isoDate(text: string): string | null {
	if (!endsLikeDate(text)) return null;
	const match = written.exec(text) ?? numeric.exec(text);
	if (!match) return null;
	const [year, month, day] = [yearValue(match[1]!), smallValue(match[2]!), smallValue(match[3]!)];
	if (!(year >= 1990 && year <= 2100)) return null;
	if (!isRealDay(year, month, day)) return null;
	return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
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
