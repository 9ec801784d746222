/**
The explain trace as plain text: a heading per report, then one line per number
expression, its columns aligned by display width (a Chinese character is two).
*/
import {outcomeText, type Explanation} from '../parse/explain/index.js';
import {sanitize} from '../text/sanitize.js';
import {displayWidth, pad} from '../views/table-layout.js';

/** Past these widths a column stops pushing the rest right: one long expression should not indent every why. */
const expressionRoom = 16;
const outcomeRoom = 38;

function widest(texts: readonly string[], room: number): number {
	let width = 0;
	for (const text of texts) {
		const next = displayWidth(text);
		if (next <= room && next > width) {
			width = next;
		}
	}

	return width;
}

/**
`seeds/001.txt · 江北区 2024 · 14 facts, 60 figures, 30 set aside`, what decided the district and the year
(`district: title names it · year: the title states it`), and the entries' lines.
*/
export function explainLines(file: string, {report, entries, metadata}: Explanation): string[] {
	const count = (kind: string) => entries.filter(entry => entry.outcome.kind === kind).length;
	const place = [report.district.fullName ?? report.district.name ?? 'district unknown', report.year === null ? 'year unknown' : String(report.year)].join(' ');
	const heading = `${file} · ${place} · ${count('fact')} facts, ${count('figure')} figures, ${count('change')} changes, ${count('excluded')} set aside`;
	const at = entries.map(entry => `L${entry.line}`);
	const expressions = entries.map(entry => entry.expression);
	const outcomes = entries.map(entry => `→ ${outcomeText(entry.outcome)}`);
	const widths = [widest(at, Number.POSITIVE_INFINITY), widest(expressions, expressionRoom), widest(outcomes, outcomeRoom)];
	const lines = entries.map((entry, i) => [pad(at[i]!, widths[0]!), pad(expressions[i]!, widths[1]!), pad(outcomes[i]!, widths[2]!), entry.why].join('  ').trimEnd());
	// Report text was sanitized as it loaded; the lines are checked again since they reach a terminal.
	const why = `district: ${metadata.district} · year: ${metadata.year}`;
	return [heading, why, ...lines].map(line => sanitize(line));
}
