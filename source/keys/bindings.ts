/**
Every key the dashboard answers to, as data: a command id, the keys that mean it,
and what it does. The help screen is drawn from this table, and components ask
"does this key mean command X", so a key is rebound here and nowhere else.
*/
import type {Labelled} from '../model/labels.js';
import {views, type View} from '../screen/views.js';

export type Command =
	| 'cursor.up'
	| 'cursor.down'
	| 'cursor.left'
	| 'cursor.right'
	| 'cursor.page-up'
	| 'cursor.page-down'
	| 'cursor.first'
	| 'cursor.last'
	| 'view.next'
	| 'view.previous'
	| 'drill'
	| 'back'
	| 'filter'
	| 'sort.ascending'
	| 'sort.descending'
	| 'year'
	| 'year.column'
	| 'changes'
	| 'peers'
	| 'peers.pick'
	| 'pin'
	| 'lang'
	| 'errors'
	| 'help'
	| 'quit'
	| 'filter.commit'
	| 'filter.cancel'
	| 'filter.erase'
	| 'filter.target'
	| 'search.commit'
	| 'search.clear'
	| 'search.erase'
	| 'review.confirm'
	| 'review.reject'
	| 'review.correct'
	| 'review.assign'
	| 'review.note'
	| 'review.undo'
	| 'review.queue'
	| 'write'
	| 'source.pager'
	| 'source.editor'
	| 'prompt.commit'
	| 'prompt.cancel'
	| 'prompt.erase';

/** Ink's names for keys that are not text. */
export type NamedKey =
	| 'upArrow'
	| 'downArrow'
	| 'leftArrow'
	| 'rightArrow'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'tab'
	| 'backspace'
	| 'delete';

/** One key: a named key, or typed text, either with modifiers. */
export type KeySpec =
	| {readonly name: NamedKey; readonly shift?: boolean}
	| {readonly input: string; readonly ctrl?: boolean};

/**
Browsing the views (or the peer picker), typing a filter, a search in the peer picker, or a review's answer
(a corrected value, an indicator, a note): where letters are text, not commands.
*/
export type Mode = 'browse' | 'filter' | 'search' | 'prompt';

/** The dashboard's views, the peer picker (`peers`) and the review queue (`queue`) over them, as the status line knows them. */
export type HintView = View | 'peers' | 'queue';

/**
A key worth showing on the status line: a word short enough to fit beside others, and the views where the
key does something. Bindings with the same hint label in a row share one hint (`s/S 排序`).
*/
export type Hint = {
	readonly label: Labelled;
	readonly views: readonly HintView[];
	/** Kept when the line is too narrow for every hint: the way to help and out. */
	readonly essential?: boolean;
};

export type Binding = {
	readonly command: Command;
	/** 'any': the key means the command whatever the mode (Ctrl-C always quits). */
	readonly mode: Mode | 'any';
	readonly keys: readonly KeySpec[];
	readonly description: Labelled;
	/** Several when the key reads differently in some views (Enter opens in a view, picks in the picker). */
	readonly hint?: Hint | readonly Hint[];
};

const everyView: readonly HintView[] = views;
const sortHint: Hint = {label: {zh: '排序', en: 'sort'}, views: ['compare']};
// y and Y share one hint (y/Y 年份), kept on the narrowest line: which year a column shows is what a comparison rests on.
const yearHint: Hint = {label: {zh: '年份', en: 'year'}, views: ['compare', 'indicator', 'coverage'], essential: true};
const essentialViews: readonly HintView[] = [...views, 'peers', 'queue'];
// A value can be confirmed, rejected or corrected where one is under the cursor, and in the review queue.
const valueViews: readonly HintView[] = ['compare', 'district', 'indicator', 'queue'];
const reviewHint: Hint = {label: {zh: '核对', en: 'check'}, views: valueViews};
// The picker's keys: a list walked with the arrows, a search typed after `/`.
const moveHint: Hint = {label: {zh: '移动', en: 'move'}, views: ['peers']};
const skipHint: Hint = {label: {zh: '跳过', en: 'skip'}, views: ['queue']};
const pickHint: Hint = {label: {zh: '选定', en: 'pick'}, views: ['peers']};
// o and O share one hint (o/O 原文): the report a number was read from, wherever one is under the cursor.
const sourceHint: Hint = {label: {zh: '原文', en: 'source'}, views: ['compare', 'district', 'indicator', 'queue']};

const named = (name: NamedKey, shift?: boolean): KeySpec => (shift === undefined ? {name} : {name, shift});
const typed = (input: string, ctrl?: boolean): KeySpec => (ctrl === undefined ? {input} : {input, ctrl});

// `l` moves right with h/j/k; the label language takes `L`, so hjkl stays whole.
export const bindings = [
	{command: 'cursor.up', mode: 'browse', keys: [named('upArrow'), typed('k')], description: {zh: '上移', en: 'Move up'}, hint: [moveHint, skipHint]},
	{command: 'cursor.down', mode: 'browse', keys: [named('downArrow'), typed('j')], description: {zh: '下移', en: 'Move down'}, hint: [moveHint, skipHint]},
	{command: 'cursor.left', mode: 'browse', keys: [named('leftArrow'), typed('h')], description: {zh: '左移', en: 'Move left'}},
	{command: 'cursor.right', mode: 'browse', keys: [named('rightArrow'), typed('l')], description: {zh: '右移', en: 'Move right'}},
	{command: 'cursor.page-up', mode: 'browse', keys: [named('pageUp'), typed('u', true)], description: {zh: '上翻一页', en: 'Page up'}},
	{command: 'cursor.page-down', mode: 'browse', keys: [named('pageDown'), typed('d', true)], description: {zh: '下翻一页', en: 'Page down'}},
	{command: 'cursor.first', mode: 'browse', keys: [named('home'), typed('g')], description: {zh: '到第一行', en: 'First row'}},
	{command: 'cursor.last', mode: 'browse', keys: [named('end'), typed('G')], description: {zh: '到最后一行', en: 'Last row'}},
	{command: 'view.next', mode: 'browse', keys: [named('tab')], description: {zh: '下一个视图', en: 'Next view'}, hint: {label: {zh: '视图', en: 'view'}, views: everyView}},
	{command: 'view.previous', mode: 'browse', keys: [named('tab', true)], description: {zh: '上一个视图', en: 'Previous view'}},
	{command: 'drill', mode: 'browse', keys: [named('return')], description: {zh: '打开光标处的地区或指标', en: 'Open district/indicator here'}, hint: [{label: {zh: '打开', en: 'open'}, views: ['compare', 'indicator', 'coverage']}, pickHint]},
	{command: 'back', mode: 'browse', keys: [named('escape')], description: {zh: '返回、关闭、清除筛选', en: 'Back, close, clear filter'}, hint: [{label: {zh: '返回', en: 'back'}, views: ['district', 'indicator']}, {label: {zh: '关闭', en: 'close'}, views: ['peers', 'queue']}]},
	{command: 'filter', mode: 'browse', keys: [typed('/')], description: {zh: '按中文、英文或拼音筛选(范围列表中:搜索)', en: 'Filter: Chinese, English, pinyin (in peers: search)'}, hint: [{label: {zh: '筛选', en: 'filter'}, views: everyView}, {label: {zh: '搜索', en: 'search'}, views: ['peers']}]},
	{command: 'sort.ascending', mode: 'browse', keys: [typed('s')], description: {zh: '按当前行升序排列地区', en: 'Sort districts by row ↑'}, hint: sortHint},
	{command: 'sort.descending', mode: 'browse', keys: [typed('S')], description: {zh: '按当前行降序排列地区', en: 'Sort districts by row ↓'}, hint: sortHint},
	{command: 'year', mode: 'browse', keys: [typed('y')], description: {zh: '各列对齐的年份(循环)', en: 'Year the columns align on (cycles)'}, hint: yearHint},
	{command: 'year.column', mode: 'browse', keys: [typed('Y')], description: {zh: '光标所在地区换一年(循环)', en: "This district's other years (cycles)"}, hint: yearHint},
	{command: 'changes', mode: 'browse', keys: [typed('d')], description: {zh: '显示/隐藏同比变化', en: 'Show/hide the change on the year before'}, hint: {label: {zh: '同比', en: 'Δ'}, views: ['compare']}},
	{command: 'peers', mode: 'browse', keys: [typed('p')], description: {zh: '比较范围:本市 → 本省 → 全部', en: 'Peers: city → province → all'}, hint: {label: {zh: '范围', en: 'peers'}, views: ['compare', 'indicator', 'coverage']}},
	{command: 'peers.pick', mode: 'browse', keys: [typed('P')], description: {zh: '按省、市选择比较范围', en: 'Pick peers by province, city'}, hint: {label: {zh: '选范围', en: 'pick peers'}, views: ['compare', 'indicator', 'coverage']}},
	{command: 'pin', mode: 'browse', keys: [typed('m')], description: {zh: '以光标处地区为标杆(再按取消)', en: 'Benchmark this district (again: unpin)'}, hint: {label: {zh: '标杆', en: 'pin'}, views: ['compare', 'indicator']}},
	// A person's decisions on the number under the cursor, saved to the review file at once.
	{command: 'review.confirm', mode: 'browse', keys: [typed('c')], description: {zh: '确认此数字无误', en: 'Confirm this number'}, hint: reviewHint},
	{command: 'review.reject', mode: 'browse', keys: [typed('x')], description: {zh: '否定此数字(识别有误)', en: 'Reject this number (misread)'}, hint: reviewHint},
	{command: 'review.correct', mode: 'browse', keys: [typed('=')], description: {zh: '更正此数字(数值 单位 # 备注)', en: 'Correct it (value unit # note)'}, hint: reviewHint},
	{command: 'review.assign', mode: 'browse', keys: [typed('i')], description: {zh: '把未归类数字归入指标', en: 'Assign a figure to an indicator'}, hint: {label: {zh: '归类', en: 'assign'}, views: ['district']}},
	{command: 'review.note', mode: 'browse', keys: [typed('n')], description: {zh: '给此处的决定加备注', en: 'Add a note to the decision here'}},
	{command: 'review.undo', mode: 'browse', keys: [typed('u')], description: {zh: '撤销上一个决定', en: 'Undo the last decision'}, hint: {label: {zh: '撤销', en: 'undo'}, views: ['queue']}},
	{command: 'review.queue', mode: 'browse', keys: [typed('R')], description: {zh: '逐条核对本范围、本年的数字', en: 'Review queue: this group and year'}, hint: {label: {zh: '逐条核对', en: 'review'}, views: ['compare']}},
	// Taking the view away: to a file, or to the report itself in the person's pager or editor.
	{command: 'write', mode: 'browse', keys: [typed('w')], description: {zh: '把视图写入文件', en: 'Write this view to a file'}, hint: {label: {zh: '写入', en: 'write'}, views: everyView}},
	{command: 'source.pager', mode: 'browse', keys: [typed('o')], description: {zh: '在 $PAGER 中看原文', en: 'Report here in $PAGER'}, hint: sourceHint},
	{command: 'source.editor', mode: 'browse', keys: [typed('O')], description: {zh: '在 $EDITOR 中看原文', en: 'Report here in $EDITOR'}, hint: sourceHint},
	{command: 'lang', mode: 'browse', keys: [typed('L')], description: {zh: '切换标签语言', en: 'Label language: Chinese / English'}},
	{command: 'errors', mode: 'browse', keys: [typed('e')], description: {zh: '显示跳过的文件', en: 'Show skipped files'}},
	{command: 'help', mode: 'browse', keys: [typed('?')], description: {zh: '显示全部按键', en: 'Show every key'}, hint: {label: {zh: '帮助', en: 'help'}, views: essentialViews, essential: true}},
	{command: 'quit', mode: 'browse', keys: [typed('q')], description: {zh: '退出', en: 'Quit'}, hint: {label: {zh: '退出', en: 'quit'}, views: essentialViews, essential: true}},
	{command: 'quit', mode: 'any', keys: [typed('c', true)], description: {zh: '退出', en: 'Quit'}},
	{command: 'filter.commit', mode: 'filter', keys: [named('return')], description: {zh: '应用筛选', en: 'Apply the filter'}, hint: {label: {zh: '应用', en: 'apply'}, views: everyView}},
	{command: 'filter.cancel', mode: 'filter', keys: [named('escape')], description: {zh: '取消筛选', en: 'Cancel the filter'}, hint: {label: {zh: '取消', en: 'cancel'}, views: everyView}},
	{command: 'filter.erase', mode: 'filter', keys: [named('backspace'), named('delete')], description: {zh: '删除一个字', en: 'Erase a character'}},
	{command: 'filter.target', mode: 'filter', keys: [named('tab')], description: {zh: '筛选对象:自动/指标/地区', en: 'Rows, columns or both'}, hint: {label: {zh: '对象', en: 'what'}, views: everyView}},
	// Typing in the picker after `/`: letters narrow the list, so only keys that are not text move and pick.
	{command: 'cursor.up', mode: 'search', keys: [named('upArrow')], description: {zh: '上移', en: 'Move up'}, hint: moveHint},
	{command: 'cursor.down', mode: 'search', keys: [named('downArrow')], description: {zh: '下移', en: 'Move down'}, hint: moveHint},
	{command: 'search.commit', mode: 'search', keys: [named('return')], description: {zh: '比较光标处的范围', en: 'Compare the group here'}, hint: pickHint},
	{command: 'search.clear', mode: 'search', keys: [named('escape')], description: {zh: '清除搜索(再按关闭)', en: 'Clear the search (again: close)'}, hint: {label: {zh: '清除', en: 'clear'}, views: ['peers']}},
	{command: 'search.erase', mode: 'search', keys: [named('backspace'), named('delete')], description: {zh: '删除一个字', en: 'Erase a character'}},
	{command: 'prompt.commit', mode: 'prompt', keys: [named('return')], description: {zh: '保存、写入', en: 'Save, write'}, hint: {label: {zh: '保存', en: 'save'}, views: [...everyView, 'queue']}},
	{command: 'prompt.cancel', mode: 'prompt', keys: [named('escape')], description: {zh: '取消', en: 'Cancel'}, hint: {label: {zh: '取消', en: 'cancel'}, views: [...everyView, 'queue']}},
	{command: 'prompt.erase', mode: 'prompt', keys: [named('backspace'), named('delete')], description: {zh: '删除一个字', en: 'Erase a character'}},
] as const satisfies readonly Binding[];
