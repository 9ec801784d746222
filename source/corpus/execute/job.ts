/**
What an executor is given, and what it is: files in, one outcome per file out, by
the file's index, in whatever order they are settled. Sequential (this thread) and
the worker pool are the two; the load above them cannot tell which ran.
*/
import type {Shelved} from '../cache/shelf.js';
import type {Keep, KeepSpec} from '../keep.js';
import type {Outcome} from '../outcome.js';

export type Job<Sent, Held> = {
	readonly maxBytes: number;
	/** What is kept of each report, where it is settled; `spec` is how a worker is told. */
	readonly keep: Keep<Sent>;
	readonly spec: KeepSpec;
	/** What this thread holds of a kept report; `posted` when a worker sent it. */
	readonly hold: (kept: Sent, posted: boolean) => Held;
	/** Whether each file's outcome is delivered with its record for the load's shelf (cache/). */
	readonly shelve?: boolean;
};

/** A file's outcome, with its shelf record when the job asks for them and the file was read. */
export type Deliver<Held> = (index: number, outcome: Outcome<Held>, shelved?: Shelved) => void;

export type Executor = <Sent, Held>(files: readonly string[], job: Job<Sent, Held>, deliver: Deliver<Held>) => Promise<void>;
