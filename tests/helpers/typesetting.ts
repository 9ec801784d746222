/**
Ways a web page, a Word document or a PDF copy sets the same report's text, each a function of the text as the
seeds have it (half-width punctuation, a paragraph a line). tests/parse/typesetting.test.ts checks the seeds read
the same under each; `node scripts/typesetting.mjs FOLDER` counts the reports of any folder that do not.
*/
/** , ; : ( ) ! ? in full width: a half-width character plus 0xFEE0. */
function toFullWidthPunctuation(text: string): string {
	return text.replace(/[,;:()!?]/gu, mark => String.fromCharCode(mark.charCodeAt(0) + 0xFEE0));
}

function hardBreaks(text: string): string {
	return text.split('\n').map(line => (line.length > 38 ? line.match(/.{1,38}/gu)!.join('\n') : line)).join('\n');
}

/** A PDF's page break after every 8 lines, wherever it falls: its number, or a form feed, on a line of its own. */
function withPageNumbers(text: string, mark: (page: number) => string): string {
	return text.split('\n').map((line, i) => (i % 8 === 7 ? `${line}\n${mark((i + 1) / 8)}` : line)).join('\n');
}

export const settings: Readonly<Record<string, (text: string) => string>> = {
	'full-width digits': text => text.replace(/\d/gu, digit => String.fromCharCode(digit.charCodeAt(0) + 0xFEE0)),
	'full-width percent signs': text => text.replace(/%/gu, '％'),
	// The seeds are set with half-width punctuation, as the pages they came from were; most reports use full width.
	'full-width punctuation': text => toFullWidthPunctuation(text),
	'a space after each comma': text => text.replace(/,/gu, ', '),
	'a space before each measure word': text => text.replace(/(\d)(件|人次|次|场|项|条|名|人|%)/gu, '$1 $2'),
	'a no-break space before each measure word (&nbsp;)': text => text.replace(/(\d)(件|人次|次|场|项|条|名|人)/gu, '$1\u00A0$2'),
	'a zero-width space before each measure word': text => text.replace(/(\d)(件|人次|次|场|项|条|名|人)/gu, '$1\u200B$2'),
	'thousands separators': text => text.replace(/(?<![\d.])(\d{1,3})(\d{3})(?![\d.年])/gu, '$1,$2'),
	'Windows line ends': text => text.replace(/\n/gu, '\r\n'),
	'indented paragraphs': text => text.replace(/^/gmu, '\u3000\u3000'),
	'each sentence on a line of its own': text => text.replace(/。(?!\n)/gu, '。\n'),
	'a hard break every 38 characters, as a PDF copied': hardBreaks,
	'full-width punctuation and a hard break every 38 characters': text => hardBreaks(toFullWidthPunctuation(text)),
	'as above, with a page number after every 8 lines': text => withPageNumbers(hardBreaks(toFullWidthPunctuation(text)), page => `— ${page} —`),
	// A PDF's line ending right after a verb, the figure it counts opening the next (…审结 / 925 件,其中…).
	'a break between a word and each figure after it, as a PDF copied': text => text.replace(/(\p{Script=Han})(\d+(?:\.\d+)?(?:万|亿)?(?:件|人次|次|场|项|条|名|人|%))/gu, '$1\n$2'),
	'as above, with a form feed after every 8 lines': text => withPageNumbers(hardBreaks(toFullWidthPunctuation(text)), () => '\f'),
};
