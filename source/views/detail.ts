/**
The detail pane's lines for whatever the cursor is on: where and what, the value
with its unit and marks, the sentence it was read from with the number picked out
(wrapped to the pane), and the file, line and section to cite. A derived value
shows the statement and the arithmetic instead: it was never written down.
*/
import {areaById} from '../catalog/indicators.js';
import {changeWords, formatChange, formatNumber, glossed, labelOf, marks, polarityWords, sameMeasure, unitLabel, words, type Change, type Lang, type Place, type Target} from '../model/index.js';
import type {Fact, Figure} from '../parse/types.js';
import type {ReviewedFact} from '../review/apply.js';
import {fitLine, type Line, type Span} from './line.js';
import {displayWidth, ruleLine} from './table-layout.js';
import {wrapMarked} from './wrap.js';
import {headings} from './district-sections.js';

export const detailWords = {
	title: {zh: '详情', en: 'Detail'},
	reported: {zh: '报告所载', en: 'reported'},
	source: {zh: '来源', en: 'source'},
	from: {zh: '推算依据', en: 'derived from'},
	disclosedBy: {zh: '披露报告数', en: 'reports disclosing'},
	why: {zh: '识别依据', en: 'why'},
	figureWhy: {zh: '未计为指标;rol-dash --explain 文件 说明原因', en: 'not counted as an indicator; rol-dash --explain FILE says why'},
	nothing: {zh: '光标处没有内容。', en: 'Nothing under the cursor.'},
	confirmed: {zh: '✓ 已人工确认', en: '✓ confirmed by a person'},
	rejected: {zh: '✗ 已人工否定:不计入表格', en: '✗ rejected by a person: left out of the tables'},
	corrected: {zh: '✎ 已人工更正,原值', en: '✎ corrected by a person; the parser read'},
	added: {zh: '✚ 人工归入', en: '✚ added by a person'},
	conflict: {zh: '? 核对文件意见不一,仍为程序读数', en: '? review files disagree; the parser\'s reading stands'},
	noteOf: {zh: '备注', en: 'note'},
} as const;

/** What a person decided on this value, and where it was decided: one line, or none. */
function reviewLine(fact: Fact, lang: Lang): Line[] {
	const review = (fact as ReviewedFact).review;
	if (review === undefined) {
		return [];
	}

	const original = review.original === null ? '' : ` ${formatNumber(review.original, review.originalUnit ?? '')}${review.originalUnit === '%' ? '' : review.originalUnit ?? ''}`;
	const note = review.note === '' ? '' : ` · ${labelOf(detailWords.noteOf, lang)}: ${review.note}`;
	const where = ` · ${review.sources.map(({source, record}) => `${source}:${record}`).join(', ')}`;
	return [[{text: `${labelOf(detailWords[review.action], lang)}${original}`, tone: 'accent'}, {text: `${note}${where}`, tone: 'text.muted'}]];
}

function placeName(place: Place, lang: Lang): string {
	return [place.district === null ? '' : labelOf(place.district, lang), place.year === null ? '' : String(place.year)].filter(Boolean).join(' ');
}

function cite(file: string, line: number | null, section: string, width: number): Span[] {
	const at = line === null ? '' : `:${line}`;
	const name = displayWidth(file + at) <= width / 2 ? file : (file.split(/[\\/]/).at(-1) ?? file);
	return [{text: name + at, tone: 'accent'}, ...(section === '' ? [] : [{text: ` · ${section}`, tone: 'text.muted' as const}])];
}

function sentence(text: string, match: string, width: number, lines: number): Line[] {
	return wrapMarked(text, width, match, lines).map(wrapped => wrapped.map(({text: part, mark}) => (mark ? {text: part, tone: 'highlight' as const} : {text: part})));
}

/** One line, cut to the pane by fitLine like every other. */
function whyLine(text: string, lang: Lang): Line {
	return [{text: `${labelOf(detailWords.why, lang)}: `, tone: 'text.muted'}, {text, tone: 'text.muted'}];
}

function valueSpans(fact: Fact | Figure, unit: string, lang: Lang, derived: boolean, {otherMeasure = false, change}: {readonly otherMeasure?: boolean; readonly change?: Change | undefined} = {}): Span[] {
	const value = `${fact.approx ? marks.approx : ''}${formatNumber(fact.value, fact.unit)}${fact.unit === '%' ? '' : ` ${unitLabel(fact.unit || unit, lang)}`}`;
	const flags = [
		derived ? `${marks.derived} ${labelOf(words.derived, lang)}` : labelOf(detailWords.reported, lang),
		...(fact.approx ? [`${marks.approx} ${labelOf(words.approx, lang)}`] : []),
		...(otherMeasure ? [`${marks.otherMeasure} ${labelOf(words.otherMeasure, lang)}`] : []),
		...(fact.yoy === null ? [] : [fact.yoy.text]),
		// A stated change is the words above; one the reports did not state says how it was found.
		...(change === undefined || change.kind === 'stated' ? [] : [`${formatChange(change)} ${labelOf(changeWords[change.kind], lang)}`]),
	];
	return [{text: value, tone: derived ? 'derived' : 'heading'}, {text: `  ${flags.join(' · ')}`, tone: 'text.muted'}];
}

function body(target: Target, lang: Lang, width: number, room: number): {title: string; lines: Line[]} {
	switch (target.kind) {
		case 'value': {
			const {place, indicator, fact} = target;
			const title = `${placeName(place, lang)} · ${glossed(indicator, lang)}`;
			if (fact === null) {
				return {title, lines: [[{text: `${marks.notDisclosed} ${labelOf(words.notDisclosed, lang)}`, tone: 'text.muted'}], [{text: place.file, tone: 'accent'}]]};
			}

			const derived = fact.derived;
			// The rule that read it, last: a line less for the sentence when the fact says why.
			const why = fact.why === undefined ? [] : [whyLine(`rule ${fact.indicator}: ${fact.why}`, lang)];
			const decided = reviewLine(fact, lang);
			const sentenceRoom = room - 2 - why.length - decided.length;
			const from = derived === null ? [] : sentence(`${labelOf(detailWords.from, lang)}: ${derived.from}`, '', width, Math.max(1, sentenceRoom - 1));
			// A derived value: the statement and the arithmetic first, then as much of the sentence as fits.
			const text: Line[] = derived === null ? sentence(fact.text, fact.match, width, sentenceRoom) : [
				...from,
				[{text: derived.formula, tone: 'derived'}],
				...(sentenceRoom - 1 - from.length > 0 ? sentence(fact.text, fact.match, width, sentenceRoom - 1 - from.length) : []),
			];
			return {title, lines: [valueSpans(fact, indicator.unit, lang, derived !== null, {otherMeasure: !sameMeasure(fact, indicator), change: target.change}), ...decided, ...text, cite(target.cite ?? place.file, fact.line, fact.section, width), ...why]};
		}

		case 'indicator': {
			const {indicator} = target;
			return {
				title: glossed(indicator, lang),
				lines: [
					[{text: `${unitLabel(indicator.unit, lang)} · ${labelOf(polarityWords[indicator.polarity], lang)} · ${labelOf(areaById(indicator.area), lang)}`}],
					[{text: `${labelOf(detailWords.disclosedBy, lang)}: ${target.disclosed}/${target.columns}`, tone: 'text.muted'}],
					[{text: indicator.id, tone: 'accent'}],
				],
			};
		}

		case 'figure': {
			const {place, figure} = target;
			return {
				title: `${placeName(place, lang)} · ${labelOf(headings.figures, lang)}`,
				lines: [
					valueSpans(figure, figure.unit, lang, false),
					...sentence(figure.text, figure.match, width, room - 3),
					cite(place.file, figure.line, figure.section, width),
					whyLine(labelOf(detailWords.figureWhy, lang), lang),
				],
			};
		}

		case 'text': {
			const {place} = target;
			return {
				title: `${placeName(place, lang)} · ${labelOf(target.heading, lang)}`,
				lines: [...sentence(target.text, '', width, room - 1), cite(place.file, target.line, '', width)],
			};
		}

		case 'none': {
			return {title: labelOf(detailWords.title, lang), lines: [[{text: labelOf(detailWords.nothing, lang), tone: 'text.muted'}]]};
		}
	}
}

/** Exactly `height` lines (blank ones at the end), none wider than `width`. */
export function detailLines(target: Target, lang: Lang, width: number, height: number): Line[] {
	const {title, lines} = body(target, lang, width, Math.max(1, height - 1));
	const out: Line[] = [[{text: ruleLine(title, width), tone: 'heading'}], ...lines.slice(0, height - 1).map(line => fitLine(line, width))];
	while (out.length < height) {
		out.push([]);
	}

	return out;
}
