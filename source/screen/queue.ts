/**
The review queue as the screen walks it: the headline facts nobody has decided on,
of the columns in view that report the year aligned on (a stand-in from another
year is not this year's figure), and the one at the queue's place as a target the
review keys act on and the overlay draws.
*/
import {indicatorById} from '../catalog/indicators.js';
import type {Reshaped} from '../model/reshape.js';
import {reportPlace, type Target} from '../model/target.js';
import {reviewQueue, type Queue, type QueueItem} from '../review/queue.js';

export type ScreenQueue = Queue & {readonly at: number; readonly item: QueueItem | null; readonly target: Target};

const queues = new WeakMap<Reshaped, Queue>();

function queueOf(shaped: Reshaped): Queue {
	let queue = queues.get(shaped);
	if (queue === undefined) {
		const columns = shaped.columns.filter(column => column.offYear === undefined);
		queue = reviewQueue(columns.map(column => column.report));
		queues.set(shaped, queue);
	}

	return queue;
}

export function screenQueue(shaped: Reshaped, at: number): ScreenQueue {
	const queue = queueOf(shaped);
	const place = Math.min(Math.max(0, at), Math.max(0, queue.waiting.length - 1));
	const item = queue.waiting[place] ?? null;
	const indicator = item === null ? undefined : indicatorById(item.fact.indicator);
	const column = item === null ? undefined : shaped.columns.find(each => each.report === item.report);
	const target: Target = item === null || indicator === undefined
		? {kind: 'none'}
		: {kind: 'value', place: reportPlace(item.report, column?.district ?? null), indicator, fact: item.fact, cite: item.report.file};
	return {...queue, at: place, item, target};
}
