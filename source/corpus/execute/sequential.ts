/** Every file settled in this thread, one after another: an everyday start's few files, or no worker to use. */
import type {Shelved} from '../cache/shelf.js';
import {kept} from '../keep.js';
import type {Outcome} from '../outcome.js';
import {settleFile, settleStamped} from '../settle.js';
import type {Executor, Job} from './job.js';

export type SettledHere<Held> = {readonly outcome: Outcome<Held>; readonly shelved?: Shelved};

/** One file settled here, and what this thread holds of it (with its shelf record, if the job asks). */
export function settleHere<Sent, Held>(file: string, job: Job<Sent, Held>): SettledHere<Held> {
	if (!job.shelve) {
		return {outcome: kept(kept(settleFile(file, job.maxBytes), job.keep.keep), sent => job.hold(sent, false))};
	}

	const {outcome, stamp} = settleStamped(file, job.maxBytes);
	const sent = kept(outcome, job.keep.keep);
	// Recorded before it is held: holding may compact the report in place.
	const shelved = stamp === null ? undefined : {stamp, record: job.keep.record.here(sent)};
	return {outcome: kept(sent, report => job.hold(report, false)), shelved};
}

export const sequential: Executor = async (files, job, deliver) => {
	for (const [index, file] of files.entries()) {
		const {outcome, shelved} = settleHere(file, job);
		deliver(index, outcome, shelved);
	}
};
