/**
The review queue over the view: how far the review has come, then the fact being
checked as the detail pane shows any value (the parser's reading and why, the
sentence with the number picked out, the file and line to cite). The keys are on
the status line, drawn from the keymap like every view's.
*/
import {labelOf, type Lang} from '../model/index.js';
import type {ScreenQueue} from '../screen/queue.js';
import {detailLines} from './detail.js';
import {fitLine, type Line} from './line.js';

const queueWords = {
	title: {zh: '逐条核对', en: 'Review queue'},
	reviewed: {zh: '已核对', en: 'reviewed'},
	waiting: {zh: '待核对', en: 'waiting'},
	done: {zh: '本范围、本年的标题数字都已核对。', en: 'Every headline figure of this group and year has been reviewed.'},
} as const;

export function queueLines(queue: ScreenQueue, lang: Lang, width: number, height: number): Line[] {
	const progress = `${labelOf(queueWords.title, lang)} · ${queue.reviewed} / ${queue.total} ${labelOf(queueWords.reviewed, lang)}`;
	const place = queue.item === null ? '' : ` · ${labelOf(queueWords.waiting, lang)} ${queue.at + 1} / ${queue.waiting.length}`;
	const head: Line[] = [[{text: progress, tone: 'heading'}, {text: place, tone: 'text.muted'}], []];
	const body: Line[] = queue.item === null ? [[{text: labelOf(queueWords.done, lang), tone: 'text.muted'}]] : detailLines(queue.target, lang, width, Math.max(1, height - head.length));
	return [...head, ...body].slice(0, height).map(line => fitLine(line, width));
}
