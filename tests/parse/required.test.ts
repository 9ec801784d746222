import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {closingBracket, closingParen, requiredChars} from '../../source/parse/facts/required.js';
import {rules} from '../../source/parse/facts/rules/index.js';

/**
A pattern's source without its lookarounds, to generate strings from (fast-check cannot): a lookaround only narrows
what a pattern matches, so every string the pattern matches, the stripped one matches too, and the property
checked on its strings is the stronger.
*/
function withoutLookarounds(source: string): string {
	let out = '';
	for (let i = 0; i < source.length; i++) {
		if (source[i] === '\\') {
			out += source.slice(i, i + 2);
			i++;
		} else if (source[i] === '[') {
			const end = closingBracket(source, i);
			out += source.slice(i, end + 1);
			i = end;
		} else if (/^\(\?<?[=!]/u.test(source.slice(i, i + 4))) {
			i = closingParen(source, i);
		} else {
			out += source[i];
		}
	}

	return out;
}

// classify tries a rule only when the figure's words hold one of the characters its `own` pattern
// cannot match without: a character claimed wrongly would lose that rule's facts on some report.
describe('the characters a rule\'s words cannot match without', () => {
	it('are known for every rule, and every string its pattern matches holds one of them', () => {
		for (const rule of rules) {
			const chars = requiredChars(rule.own.source);
			expect(chars, rule.own.source).not.toBeNull();
			const generating = new RegExp(withoutLookarounds(rule.own.source), rule.own.flags);
			fc.assert(fc.property(fc.stringMatching(generating), text => chars!.some(char => text.includes(char))), {numRuns: 300});
		}
	});

	it('are read from literals, groups and quantifiers, and unknown for what is not read', () => {
		// Of an alternative's mandatory characters, the one rarest in report text: 事 rather than 一, 讼 rather than 诉.
		expect(requiredChars('一件事')).toEqual(['事']);
		expect(requiredChars('(?:行政)?复议|诉讼')).toEqual(['复', '讼']);
		expect(requiredChars('出?庭')).toEqual(['庭']);
		expect(requiredChars('(?:审查|审核)[^,]{0,4}文件')).toEqual(['文']);
		// A group is one element, its alternatives' characters together, weighed as its commonest one.
		expect(requiredChars('讼(?:法|诉)')).toEqual(['讼']);
		expect(requiredChars('法(?:讼|赔)')).toEqual(['讼', '赔']);
		expect(requiredChars('[甲乙]+率')).toEqual(['率']);
		expect(requiredChars('(?=前)后')).toEqual(['后']);
		expect(requiredChars('a|\\u4e00')).toBeNull();
		expect(requiredChars('(a)\\1')).toEqual(['a']);
	});

	it('are checked on strings of the pattern with its lookarounds taken out, which match at least as much', () => {
		expect(withoutLookarounds('解答(?![^,;]*咨询)|咨询')).toBe('解答|咨询');
		expect(withoutLookarounds('(?<!不)[(]罚(?=款)\\(')).toBe('[(]罚\\(');
	});
});
