/**
What a district's report says besides the catalog: its unclassified figures, its
outline, the shortcomings it admits and its plans. Each line is a cursor stop with
its own target, so the detail pane can show any of them whole.
*/
import type {Figure, ReportSummary, Section} from '../parse/types.js';
import {indicatorById} from '../catalog/indicators.js';
import {formatFact, formatNumber, labelOf, reportPlace, type Details, type Labelled, type Lang, type Target} from '../model/index.js';
import type {ReviewedFact} from '../review/apply.js';

export type SectionLine = {
	readonly key: string;
	readonly heading: Labelled;
	/** The line as listed; a figure also has its value, drawn in its year's column. */
	readonly text: string;
	readonly figure?: Figure;
	readonly target: Target;
};

export type ReportSection = {
	readonly heading: Labelled;
	readonly lines: readonly SectionLine[];
};

export const headings = {
	rejected: {zh: '人工否定的数字', en: 'Numbers a person rejected'},
	figures: {zh: '未归类数字', en: 'Unclassified figures'},
	outline: {zh: '提纲', en: 'Outline'},
	shortcomings: {zh: '存在的不足', en: 'Shortcomings admitted'},
	plans: {zh: '下一步计划', en: 'Plans'},
	changed: {zh: '文件已更改', en: 'File changed'},
	unavailable: {zh: '无法读取详情', en: 'Details unavailable'},
} as const satisfies Record<string, Labelled>;

const clause = /[,,。;;、::!!??]/u;

/** A figure named by the words just before its number: 抽查主体 for 抽查主体2497户次. */
export function figureLabel(figure: Figure): string {
	const at = figure.text.indexOf(figure.match);
	const before = at === -1 ? '' : figure.text.slice(0, at).split(clause).at(-1)?.trim() ?? '';
	const after = at === -1 ? '' : figure.text.slice(at + figure.match.length).split(clause)[0]?.trim() ?? '';
	const words = [...(before === '' ? after : before)];
	return words.length > 14 ? '…' + words.slice(-13).join('') : words.join('') || figure.match;
}

function outlineLines(sections: readonly Section[], depth = 0): Array<{title: string; line: number}> {
	return sections.flatMap(section => [
		{title: '  '.repeat(depth) + section.title, line: section.line},
		...outlineLines(section.children, depth + 1),
	]);
}

const notices = {
	changed: {zh: '载入后文件已更改:以下是文件现在的内容,上方指标仍是载入时的。', en: 'The file changed after loading: below is what it says now; the indicators above are as loaded.'},
} as const satisfies Record<string, Labelled>;

/**
The lines below a district's indicators for one report. Its details come with it
or are read again from its file (model/summary): a file changed since loading, or
gone, says so first. `district` is the name its column shows, which the detail pane repeats.
*/
export function reportSections(report: ReportSummary, found: Details, lang: Lang, district: Labelled | null): ReportSection[] {
	const place = reportPlace(report, district);
	const text = (heading: Labelled, key: string, entries: ReadonlyArray<{text: string; line: number | null}>): ReportSection => ({
		heading,
		lines: entries.map((entry, index) => ({
			key: `${key}:${index}`,
			heading,
			text: entry.text,
			target: {kind: 'text', place, heading, text: entry.text.trim(), line: entry.line},
		})),
	});
	if ('problem' in found) {
		return [text(headings.unavailable, 'problem', [{text: `${report.file}: ${found.problem}`, line: null}])];
	}

	const {details} = found;
	// Left out of the tables, yet still the report's text: listed so a person sees (and can undo) the rejection.
	const rejected = (report.facts as ReviewedFact[]).filter(fact => fact.review?.action === 'rejected').flatMap(fact => {
		const indicator = indicatorById(fact.indicator);
		return indicator === undefined ? [] : [{fact, indicator}];
	});
	return [
		{
			heading: headings.rejected,
			lines: rejected.map(({fact, indicator}, index) => ({
				key: `rejected:${index}`,
				heading: headings.rejected,
				text: `${labelOf(indicator, lang)} ${formatFact(fact, indicator, {lang})} ✗`,
				target: {kind: 'value' as const, place, indicator, fact, cite: report.file},
			})),
		},
		...(found.changed ? [text(headings.changed, 'changed', [{text: labelOf(notices.changed, lang), line: null}])] : []),
		{
			heading: headings.figures,
			lines: details.figures.map((figure, index) => ({
				key: `figure:${index}`,
				heading: headings.figures,
				text: figureLabel(figure),
				figure,
				target: {kind: 'figure' as const, place, figure},
			})),
		},
		text(headings.outline, 'outline', outlineLines(details.outline).map(({title, line}) => ({text: title, line}))),
		text(headings.shortcomings, 'shortcoming', details.shortcomings.map(sentence => ({text: sentence, line: null}))),
		text(headings.plans, 'plan', details.plans.map(sentence => ({text: sentence, line: null}))),
	].filter(section => section.lines.length > 0);
}

/** As a value cell reads it; the unit has its own column. */
export function figureValue(figure: Figure, lang: Lang): string {
	return (figure.approx ? '≈' : '') + formatNumber(figure.value, figure.unit, {wan: lang === 'zh'});
}

export function sectionTitle(section: ReportSection, lang: Lang, owner: string): string {
	return `${owner} · ${labelOf(section.heading, lang)} (${section.lines.length})`;
}
