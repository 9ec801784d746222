/**
The lines around the views: the header (views as tabs, what is picked, what is off
screen), the status line (load errors, the filter being typed, the way to help),
and the help and error overlays. All built from plain data, fitted to the width.
*/
import {helpEntries, hintsFor, type HelpEntry, type HintView, type KeyHint} from '../keys/index.js';
import {labelOf, marks, type Labelled, type Lang} from '../model/index.js';
import {fitLine, lineWidth, spread, type Line, type Span} from './line.js';
import {displayWidth, pad, ruleLine, truncate} from './table-layout.js';
import type {Offscreen} from './window.js';

export const viewNames = {
	compare: {zh: '比较', en: 'Compare'},
	district: {zh: '地区', en: 'District'},
	indicator: {zh: '指标', en: 'Indicator'},
	coverage: {zh: '覆盖', en: 'Coverage'},
} as const satisfies Record<string, Labelled>;

export type ViewName = keyof typeof viewNames;

export const chromeWords = {
	rows: {zh: '行', en: ' rows'},
	columns: {zh: '列', en: ' cols'},
	skipped: {zh: '个文件未载入 — 按 e 查看', en: ' files skipped — press e'},
	best: {zh: '最好', en: 'best'},
	worst: {zh: '最差', en: 'worst'},
	// The status line's short forms of the table legend (snapshots print the long one).
	notDisclosed: {zh: '未披露', en: 'n/a'},
	approx: {zh: '约数', en: 'approx.'},
	derived: {zh: '推算', en: 'derived'},
	offYear: {zh: '其他年份', en: 'other year'},
	otherMeasure: {zh: '单位不同', en: 'other measure'},
	auto: {zh: '自动', en: 'auto'},
	rowsTarget: {zh: '指标', en: 'rows'},
	columnsTarget: {zh: '地区', en: 'columns'},
	browse: {zh: '浏览', en: 'Browsing'},
	filter: {zh: '输入筛选时', en: 'While typing a filter'},
	search: {zh: '在比较范围中搜索时', en: 'While searching the peer groups'},
	prompt: {zh: '输入核对内容或文件名时', en: 'While typing a review answer or a file name'},
	correct: {zh: '更正为', en: 'Correct to'},
	assign: {zh: '归入指标', en: 'Assign to'},
	note: {zh: '备注', en: 'Note'},
	write: {zh: '写入 t 文本 · m Markdown · c CSV [文件名]', en: 'Write t text · m Markdown · c CSV [file]'},
	errors: {zh: '未载入的文件', en: 'Files skipped'},
	noErrors: {zh: '所有文件均已载入。', en: 'Every file loaded.'},
	reviewNotes: {zh: '核对文件未能应用的决定', en: 'Review decisions not applied'},
	tooSmall: {zh: '终端太小', en: 'Terminal too small'},
	needs: {zh: '至少需要', en: 'needs at least'},
	pinned: {zh: '标杆', en: 'pin'},
} as const satisfies Record<string, Labelled>;

export type Badges = {
	/** What the view is about (the district view's district). */
	readonly context?: string | null;
	/** The peer group compared, when not every district. */
	readonly group?: string | null;
	readonly year: number | null;
	readonly sort: string | null;
	readonly query: string;
	/** The pinned district's name, when one is pinned. */
	readonly pinned?: string | null;
};

export function offscreenText({above, below, left, right}: Offscreen, lang: Lang): string {
	const rows = [above > 0 ? `▲${above}` : '', below > 0 ? `▼${below}` : ''].filter(Boolean).join(' ');
	const columns = [left > 0 ? `◀${left}` : '', right > 0 ? `▶${right}` : ''].filter(Boolean).join(' ');
	return [rows === '' ? '' : rows + labelOf(chromeWords.rows, lang), columns === '' ? '' : columns + labelOf(chromeWords.columns, lang)].filter(Boolean).join(' · ');
}

export function headerLine(view: ViewName, badges: Badges, offscreen: Offscreen, lang: Lang, width: number): Line {
	const tabs: Span[] = (Object.keys(viewNames) as ViewName[]).flatMap(name => [
		{text: ' '},
		{text: ` ${labelOf(viewNames[name], lang)} `, tone: name === view ? 'cursor' : 'text.muted'},
	]);
	const marks = [badges.group ?? '', badges.year === null ? '' : String(badges.year), badges.sort ?? '', badges.query === '' ? '' : `/${badges.query}`].filter(Boolean);
	const left: Span[] = [
		{text: 'rol-dash', tone: 'heading'},
		...tabs,
		...(badges.context ? [{text: `  ${badges.context}`, tone: 'heading' as const}] : []),
		...(badges.pinned ? [{text: `  ${labelOf(chromeWords.pinned, lang)} ${badges.pinned}`, tone: 'pinned' as const}] : []),
		...(marks.length > 0 ? [{text: `  ${marks.join(' · ')}`, tone: 'accent' as const}] : []),
	];
	return spread(left, [{text: offscreenText(offscreen, lang), tone: 'text.muted'}], width);
}

export type StatusInput = {
	/** The view on screen, or the peer picker over it. */
	readonly view: HintView;
	readonly draft: string | null;
	/** The picker's search being typed, if any. */
	readonly search?: string | null;
	readonly target: 'auto' | 'rows' | 'columns';
	readonly matched: {readonly rows: number | null; readonly columns: number | null};
	readonly errors: number;
	/** A review answer being typed (`=`, `i`, `n`), with why the last Enter could not save it. */
	readonly prompt?: {readonly kind: 'correct' | 'assign' | 'note' | 'write'; readonly text: string; readonly problem: string | null} | null;
	/** What the last decision did, until the next key. */
	readonly notice?: string | null;
};

/** Views whose values are coloured best and worst where the catalog says which is better. */
const ranked: ReadonlySet<HintView> = new Set(['compare']);
/** Views that show values with the table's marks (—, ≈, *, ≠). */
const marked: ReadonlySet<HintView> = new Set(['compare', 'district', 'indicator']);
/**
Views with one column per district, aligned on a year: another year's report is marked ←2020. The marks of the
change beside a value ([+12%] computed, +5%* derived) are said in the detail pane, on the cell that has one.
*/
const aligned: ReadonlySet<HintView> = new Set(['compare', 'indicator', 'coverage']);

const gap = '  ';

/**
The keys that matter in this view and what its marks mean, as many as fit in `room` columns: the way to
help and out always, then what the marks on screen mean (nothing else explains them), then the view's keys
in the keymap's order, then ≠, which few screens show (a value in another measure than its row's); shown keys
first, marks after.
*/
const keyLine = (hint: KeyHint, lang: Lang): Line => [{text: hint.keys, tone: 'accent'}, {text: ` ${labelOf(hint.label, lang)}`, tone: 'text.muted'}];

export function hintSpans(view: HintView, lang: Lang, room: number): Line {
	const keys = hintsFor(view);
	const legend: Line[] = [];
	if (ranked.has(view)) {
		legend.push([{text: labelOf(chromeWords.best, lang), tone: 'rank.best'}, {text: ' '}, {text: labelOf(chromeWords.worst, lang), tone: 'rank.worst'}]);
	}

	if (aligned.has(view)) {
		legend.push([{text: `${marks.earlier}${lang === 'zh' ? '年' : 'yr'}`, tone: 'year.other'}, {text: ` ${labelOf(chromeWords.offYear, lang)}`, tone: 'text.muted'}]);
	}

	if (marked.has(view)) {
		const words = [[marks.approx, chromeWords.approx], [marks.derived, chromeWords.derived], [marks.notDisclosed, chromeWords.notDisclosed]] as const;
		legend.push(...words.map(([mark, word]): Line => [{text: `${mark} ${labelOf(word, lang)}`, tone: 'text.muted'}]));
	}

	const rare: Line[] = marked.has(view) ? [[{text: `${marks.otherMeasure} ${labelOf(chromeWords.otherMeasure, lang)}`, tone: 'text.muted'}]] : [];

	const tail = joined(keys.filter(hint => hint.essential).map(hint => keyLine(hint, lang)));
	let used = lineWidth(tail);
	const fits = (item: Line) => {
		const width = lineWidth(item) + gap.length;
		if (used + width > room) {
			return false;
		}

		used += width;
		return true;
	};

	const shownLegend = legend.filter(fits);
	const shownKeys = keys.filter(hint => !hint.essential).map(hint => keyLine(hint, lang)).filter(fits);
	const shownRare = rare.filter(fits);
	return joined([...shownKeys, ...shownLegend, ...shownRare, tail]);
}

function joined(items: readonly Line[]): Line {
	return items.filter(item => item.length > 0).flatMap((item, index) => (index === 0 ? item : [{text: gap}, ...item]));
}

/** Text being typed after `/`, with its cursor. */
const typing = (text: string): Line => [{text: '/', tone: 'heading'}, {text}, {text: '▏', tone: 'accent'}];

export function statusLine({view, draft, search = null, target, matched, errors, prompt = null, notice = null}: StatusInput, lang: Lang, width: number): Line {
	if (prompt !== null) {
		const asked: Line = [{text: `${labelOf(chromeWords[prompt.kind], lang)}: `, tone: 'heading'}, {text: prompt.text}, {text: '▏', tone: 'accent'}];
		const problem: Line = prompt.problem === null ? [] : [{text: `  ${prompt.problem}`, tone: 'status.bad'}];
		return spread([...asked, ...problem], joined(hintsFor(view, 'prompt').map(hint => keyLine(hint, lang))), width);
	}

	if (notice !== null) {
		return fitLine([{text: notice, tone: 'accent'}], width);
	}

	if (search !== null) {
		return spread(typing(search), joined(hintsFor(view, 'search').map(hint => keyLine(hint, lang))), width);
	}

	if (draft !== null) {
		const what = {auto: chromeWords.auto, rows: chromeWords.rowsTarget, columns: chromeWords.columnsTarget}[target];
		const counts = [matched.rows === null ? '' : `${matched.rows}${labelOf(chromeWords.rows, lang)}`, matched.columns === null ? '' : `${matched.columns}${labelOf(chromeWords.columns, lang)}`].filter(Boolean).join(' ');
		return spread([
			...typing(draft),
			{text: `  [${labelOf(what, lang)}] ${counts}`, tone: 'accent'},
		], joined(hintsFor(view, 'filter').map(hint => keyLine(hint, lang))), width);
	}

	const skipped = lang === 'en' && errors === 1 ? ' file skipped — press e' : labelOf(chromeWords.skipped, lang);
	const left: Line = errors > 0 ? [{text: `${errors}${skipped}`, tone: 'status.bad'}] : [];
	return spread(left, hintSpans(view, lang, width - lineWidth(left) - (left.length > 0 ? 2 : 0)), width);
}

function entryLine(entry: HelpEntry, keyWidth: number, lang: Lang): Line {
	return [{text: pad(entry.keys.join(' '), keyWidth), tone: 'accent'}, {text: `  ${labelOf(entry.description, lang)}`}];
}

/** Every binding with its description; in two columns when one does not fit the height. */
export function helpLines(lang: Lang, width: number, height: number): Line[] {
	const entries = helpEntries();
	const block = (mode: HelpEntry['mode'], title: Labelled): Line[] => {
		const own = entries.filter(entry => entry.mode === mode);
		const keyWidth = Math.max(...own.map(entry => displayWidth(entry.keys.join(' '))));
		return [[{text: labelOf(title, lang), tone: 'heading'}], ...own.map(entry => entryLine(entry, keyWidth, lang))];
	};

	const all = [...block('browse', chromeWords.browse), [], ...block('filter', chromeWords.filter), [], ...block('search', chromeWords.search), [], ...block('prompt', chromeWords.prompt)];
	if (all.length <= height) {
		return all.map(line => fitLine(line, width));
	}

	const split = Math.ceil(all.length / 2);
	const [left, right] = [all.slice(0, split), all.slice(split)];
	// The left column as wide as it needs, the right one gets the rest and is cut first.
	const leftWidth = Math.min(Math.max(...left.map(lineWidth)), Math.floor((width - 2) / 2) + 8);
	return left.map((line, index) => {
		const fitted = fitLine(line, leftWidth);
		const other = right[index];
		return other === undefined || other.length === 0
			? fitted
			: [...fitted, {text: ' '.repeat(leftWidth - lineWidth(fitted) + 2)}, ...fitLine(other, width - leftWidth - 2)];
	});
}

/** One block of the errors overlay: a ruled title with its count, then a line per entry, as many as fit. */
function entryBlock(title: Labelled, entries: ReadonlyArray<{readonly file: string; readonly reason: string}>, lang: Lang, width: number, height: number): Line[] {
	const shown = entries.length > height - 1 ? entries.slice(0, Math.max(0, height - 2)) : entries;
	const more = entries.length - shown.length;
	return [
		[{text: ruleLine(`${labelOf(title, lang)} (${entries.length})`, width), tone: 'heading'}],
		...shown.map(entry => fitLine([{text: entry.file, tone: 'accent'}, {text: ` — ${entry.reason}`}], width)),
		...(more > 0 ? [[{text: `… +${more}`, tone: 'text.muted' as const}]] : []),
	];
}

/**
The files skipped and why; then, when review files were read, what they could not apply (an orphaned
decision, a conflict, a record not read), each naming its file and record.
*/
export function errorLines(errors: ReadonlyArray<{readonly file: string; readonly reason: string}>, lang: Lang, width: number, height: number, reviewNotes: ReadonlyArray<{readonly file: string; readonly reason: string}> = []): Line[] {
	const review = reviewNotes.length === 0 ? [] : [[], ...entryBlock(chromeWords.reviewNotes, reviewNotes, lang, width, Math.max(2, Math.floor(height / 2)))];
	if (errors.length === 0) {
		return [[{text: ruleLine(`${labelOf(chromeWords.errors, lang)} (0)`, width), tone: 'heading'}], [{text: labelOf(chromeWords.noErrors, lang), tone: 'text.muted'}], ...review];
	}

	return [...entryBlock(chromeWords.errors, errors, lang, width, height - review.length), ...review];
}

export function tooSmallLines(size: {columns: number; rows: number}, minimum: {columns: number; rows: number}, lang: Lang): Line[] {
	const text = `${labelOf(chromeWords.tooSmall, lang)} (${size.columns}×${size.rows}) — ${labelOf(chromeWords.needs, lang)} ${minimum.columns}×${minimum.rows}`;
	return [[{text: truncate(text, Math.max(1, size.columns)), tone: 'status.bad'}]];
}
