/** Chinese numerals (七, 十二, 两百三十, 一千零五, 1.5万 handled elsewhere) to numbers. */
const digits: Record<string, number> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const smallUnits: Record<string, number> = {十: 10, 百: 100, 千: 1000};
const bigUnits: Record<string, number> = {万: 1e4, 亿: 1e8};

export const chineseNumeralChars = '零〇一二三四五六七八九两十百千万亿';

/** Returns null when the string is not a well-formed numeral. */
export function chineseToNumber(text: string): number | null {
	if (text.length === 0) {
		return null;
	}

	let total = 0;
	let section = 0;
	let digit: number | null = null;
	for (const char of text) {
		if (char in digits) {
			digit = digits[char]!;
		} else if (char in smallUnits) {
			// 十 alone means ten: 十二 = 12.
			section += (digit ?? 1) * smallUnits[char]!;
			digit = null;
		} else if (char in bigUnits) {
			// 万 alone means ten thousand, as 十 alone means ten (万余人次).
			total += (section + (digit ?? 0) || 1) * bigUnits[char]!;
			section = 0;
			digit = null;
		} else {
			return null;
		}
	}

	return total + section + (digit ?? 0);
}

/** The multiplier a 万/亿/千 suffix stands for. */
export function multiplierOf(char: string | undefined): number {
	switch (char) {
		case '万': {
			return 1e4;
		}

		case '亿': {
			return 1e8;
		}

		case '千': {
			return 1e3;
		}

		default: {
			return 1;
		}
	}
}
