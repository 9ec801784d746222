/**
The compare table as GitHub Markdown. Every value carries a footnote naming the
file and line it was read from, so a reader can check it against the report.
Values keep all their digits here (no 万): a document has room, and a citation
should match the source.
*/
import {buildComparison, formatCell, labelOf, legendEntries, shownFact, unitLabel, words, type Filters, type Lang} from '../model/index.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import {columnLabel} from '../views/compare-table.js';

export type MarkdownOptions = {
	readonly filters?: Filters;
	readonly lang?: Lang;
};

/** Characters that would end a cell or start emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\|*_[\]<>`]/g, character => `\\${character}`);
}

function basename(file: string): string {
	return file.split(/[\\/]/).at(-1) ?? file;
}

// Long enough to recognise the sentence, short enough to keep the notes readable.
const sentenceLength = 100;

function excerpt(text: string): string {
	const characters = [...text.replace(/\s+/g, ' ').trim()];
	return characters.length <= sentenceLength ? characters.join('') : characters.slice(0, sentenceLength).join('') + '…';
}

function footnote(fact: Fact, file: string, lang: Lang): string {
	const derivation = fact.derived === null
		? ''
		: `${labelOf(words.derivedNote, lang)}${fact.derived.year === null ? '' : ` ${fact.derived.year}`}: ${fact.derived.formula} — `;
	return `${basename(file)}:${fact.line} — ${escapeMarkdown(derivation + excerpt(fact.text))}`;
}

function line(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

export function renderMarkdown(reports: readonly ReportSummary[], {filters = {}, lang = 'zh'}: MarkdownOptions = {}): string {
	const comparison = buildComparison(reports, filters);
	if (comparison.columns.length === 0) {
		return labelOf(words.noReports, lang) + '\n';
	}

	const notes: string[] = [];
	const header = [labelOf(words.indicator, lang), labelOf(words.unit, lang), ...comparison.columns.map(columnLabel)];
	const lines = [
		line(header.map(escapeMarkdown)),
		line(header.map((_, index) => index < 2 ? ':---' : '---:')),
	];
	for (const group of comparison.groups) {
		lines.push(line([`**${escapeMarkdown(labelOf(group.area, lang))}**`, ...header.slice(1).map(() => '')]));
		for (const row of group.rows) {
			const values = row.cells.map((cell, index) => {
				const fact = shownFact(cell);
				const text = escapeMarkdown(formatCell(cell, row.indicator));
				const column = comparison.columns[index];
				if (fact === null || column === undefined) {
					return text;
				}

				// A derived value is cited where the change was stated: the later report, not this column's.
				const file = fact === cell.fact ? column.file : cell.derived?.source.file ?? column.file;
				notes.push(`[^${notes.length + 1}]: ${footnote(fact, file, lang)}`);
				return `${text}[^${notes.length}]`;
			});
			lines.push(line([escapeMarkdown(labelOf(row.indicator, lang)), escapeMarkdown(unitLabel(row.indicator.unit, lang)), ...values]));
		}
	}

	const legend = legendEntries(lang).map(escapeMarkdown).join(' · ');
	return [...lines, '', legend, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n') + '\n';
}
