import {Converter} from 'opencc-js/t2cn';

/**
Characters that exist only in traditional script and are common in government prose. Their simplified
forms (区 国 报 …) are counted too, so a simplified report quoting one traditional name stays simplified.
*/
const traditional = '區國報會發們這進為關與說個來對時後過還機體務實現業門問題開學產義應經設總動導點環將當頭變議據權選織長書質執員單級統規範條類處審訴訟復調決傳護縣陽況';
const simplified = '区国报会发们这进为关与说个来对时后过还机体务实现业门问题开学产义应经设总动导点环将当头变议据权选织长书质执员单级统规范条类处审诉讼复调决传护县阳况';
// A lookup table by UTF-16 code: +1 for a traditional-only character, −1 for its simplified form, so the
// sum says which is more frequent. One typed-array read per character, and no branch on it, is far
// cheaper than a Set or a character-class regex.
const vote = new Int8Array(0x10000);
for (const char of traditional) vote[char.charCodeAt(0)] = 1;
for (const char of simplified) vote[char.charCodeAt(0)] = -1;

/** Enough text to tell the script of any report: a title and its first paragraphs. */
const sample = 4000;

/**
Read in parts, the count stops once one script leads by `margin`: a report's title and first lines decide it
(a simplified one leads by 40 within its first few hundred characters), and the rest of the sample only
matters for a text that mixes both.
*/
const part = 500;
const margin = 40;

/** True when `text` is mostly traditional script (朝陽區人民政府…報告). */
export function isTraditional(text: string): boolean {
	const end = Math.min(text.length, sample);
	let sum = 0;
	for (let start = 0; start < end && sum < margin && sum > -margin; start += part) {
		sum += balance(text, start, Math.min(end, start + part));
	}

	return sum > 0;
}

/**
Traditional characters minus simplified ones in text[start, end). Its own function, so that no comparison follows
the loop: V8 compiles a hot loop on the stack (OSR) before the code after it has ever run, and that code then gave
up at the comparison again and again (a deoptimisation loop).
*/
function balance(text: string, start: number, end: number): number {
	let sum = 0;
	for (let i = start; i < end; i++) {
		sum += vote[text.charCodeAt(i)]!;
	}

	return sum;
}

let converter: ((text: string) => string) | undefined;

/**
Traditional → simplified with OpenCC's Taiwan preset (tw2s: variants, then phrases, then characters).
Measured on the seeds converted to tw, hk and OpenCC-standard traditional: tw2s restores all 552 lines
exactly, hk2s and t2s miss 著→着. OpenCC keeps the number of code points, but 664 of its table entries
map a BMP character to one outside it (𫫇, 𬭯 …), which would lengthen the UTF-16 string and shift every
offset after it. Those few rare characters are left as written, so the result always has the input's
length and positions in a line stay valid for provenance.
*/
export function toSimplified(text: string): string {
	const convert = (converter ??= Converter({from: 'tw', to: 'cn'}));
	const converted = convert(text);
	if (converted.length === text.length) return converted;
	return keepLength(text, converted, convert);
}

function keepLength(text: string, converted: string, convert: (text: string) => string): string {
	const before = [...text];
	const after = [...converted];
	// OpenCC maps code point to code point, so the two align; if a future table breaks that, convert
	// character by character and keep any character whose conversion changes length.
	if (before.length !== after.length) {
		return before.map(char => {
			const one = convert(char);
			return one.length === char.length ? one : char;
		}).join('');
	}
	return after.map((char, i) => (char.length === before[i]!.length ? char : before[i]!)).join('');
}
