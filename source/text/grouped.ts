/**
Numbers as en-US writes them with at most N decimals (7,152 · 2.7 · 11.6), the same
string Intl.NumberFormat('en-US', {maximumFractionDigits: N}) gives, without building
one: a NumberFormat costs 15–30 ms of ICU loading, more than drawing a whole
snapshot. Rounding is on the shortest decimal form of the number, half away from
zero, as ICU rounds. The rare forms this does not write (exponents, NaN, ∞) go
to Intl (tests/text/grouped.test.ts compares the two).
*/
import {groupedFormat} from './intl.js';

/** Adds one to a string of decimal digits: "0999" → "1000", "99" → "100". */
function increment(digits: string): string {
	const out = [...digits];
	for (let index = out.length - 1; index >= 0; index--) {
		if (out[index] !== '9') {
			out[index] = String(Number(out[index]) + 1);
			return out.join('');
		}

		out[index] = '0';
	}

	return '1' + out.join('');
}

function groupThousands(integer: string): string {
	let out = '';
	for (let end = integer.length; end > 0; end -= 3) {
		const start = Math.max(0, end - 3);
		out = integer.slice(start, end) + (out === '' ? '' : ',' + out);
	}

	return out;
}

export function formatGrouped(value: number, fractionDigits: number): string {
	const shortest = String(Math.abs(value));
	if (!/^\d+(\.\d+)?$/.test(shortest)) {
		return groupedFormat(fractionDigits).format(value);
	}

	const [whole = '0', fraction = ''] = shortest.split('.');
	let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
	if ((fraction[fractionDigits] ?? '0') >= '5') {
		digits = increment(digits);
	}

	const integer = digits.slice(0, digits.length - fractionDigits).replace(/^0+(?=\d)/, '') || '0';
	const decimals = digits.slice(digits.length - fractionDigits).replace(/0+$/, '');
	const negative = value < 0 || Object.is(value, -0);
	return (negative ? '-' : '') + groupThousands(integer) + (decimals === '' ? '' : '.' + decimals);
}
