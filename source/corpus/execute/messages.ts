/** What the pool and its workers say to each other. */
import type {Stamp} from '../cache/stamp.js';
import type {KeepSpec} from '../keep.js';

export type Batch = {
	readonly id: number;
	readonly files: readonly string[];
};

/** Sent once the worker's code has loaded: a worker that fails before it cannot start at all. */
export type Ready = {readonly ready: true};

export type Done = {
	readonly id: number;
	/** One outcome per file, as the keep sends it (keep.ts). */
	readonly outcomes: readonly unknown[];
	/** With `shelve`: each file's stamp, null for one that could not be read. */
	readonly stamps?: ReadonlyArray<Stamp | null>;
};

/** What every worker of one load is told: its read limit, and what to keep of each report. */
export type WorkerData = {readonly maxBytes: number; readonly keep: KeepSpec; readonly shelve?: boolean};
