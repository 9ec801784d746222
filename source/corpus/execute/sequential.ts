/** Every file settled in this thread, one after another: an everyday start's few files, or no worker to use. */
import {kept} from '../keep.js';
import type {Outcome} from '../outcome.js';
import {settleFile} from '../settle.js';
import type {Executor, Job} from './job.js';

/** One file settled here, and what this thread holds of it. */
export function settleHere<Sent, Held>(file: string, job: Job<Sent, Held>): Outcome<Held> {
	return kept(kept(settleFile(file, job.maxBytes), job.keep.keep), sent => job.hold(sent, false));
}

export const sequential: Executor = async (files, job, deliver) => {
	for (const [index, file] of files.entries()) {
		deliver(index, settleHere(file, job));
	}
};
