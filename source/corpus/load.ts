/**
Paths → a store: the plan (plan.ts), every file settled into an outcome (settle.ts)
by an executor (execute/), what is kept of each report (keep.ts), gathered in load
order (gather.ts). The one place where loading meets parsing; what receives the
store sees reports, errors, notes and duplicates, never how they were made.
*/
import {defaultMaxBytes, type LoadOptions} from '../load/index.js';
import {ownDetails} from '../model/summary.js';
import type {Report, ReportSummary} from '../parse/types.js';
import type {PieceSpec} from '../snapshot/piece.js';
import {type CacheOptions, openCache} from './cache/index.js';
import {compactDecoded, compactParsed, type Vocabulary} from './compact.js';
import {detailsFromFiles} from './details.js';
import {factsOf} from './duplicates.js';
import {execution, type ExecuteOptions} from './execute/index.js';
import type {Deliver} from './execute/job.js';
import {sequential} from './execute/sequential.js';
import {entryFacts, exportStore, type ExportStore, holdIn} from './export.js';
import {Gather, type Gathered, InOrder} from './gather.js';
import {type Keep, type KeepSpec, kept, keepOf} from './keep.js';
import type {Outcome} from './outcome.js';
import {planPaths} from './plan.js';
import {settleDocument} from './settle.js';
import {fileSpool} from './spool.js';
import type {Kept, Store} from './store.js';

export type CorpusOptions = LoadOptions & ExecuteOptions & {
	/** Told how many report files have been settled, of how many, as they are. */
	readonly onProgress?: (settled: number, total: number) => void;
	/** Where outcomes are cached between runs (cache/); none: every file is parsed, and nothing is written. */
	readonly cache?: CacheOptions;
};

type Keeping<Sent, Held> = {
	readonly spec: KeepSpec;
	readonly keep: Keep<Sent>;
	readonly hold: (kept: Sent, posted: boolean) => Held;
	readonly factCount: (held: Held) => number;
};

async function load<Sent, Held extends Kept>(paths: readonly string[], {spec, keep, hold, factCount}: Keeping<Sent, Held>, options: CorpusOptions): Promise<Gathered<Held>> {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	// The read limit is part of what was kept: a file cached under a larger one would skip it now.
	const cache = options.cache ? openCache(options.cache, JSON.stringify({spec, maxBytes}), paths) : null;
	const run = execution(options, {maxBytes, keep: spec, shelve: cache !== null});
	// A shelf found: most files are likely answered from it, and workers launched ahead would take the cores.
	const items = await planPaths(paths, {...options, onFound: cache?.warm ? undefined : run.onFound});
	const files = items.flatMap(item => ('file' in item ? [item.file] : []));
	const known = items.map((item): Outcome<Held> | 'file' => {
		if ('file' in item) {
			return 'file';
		}

		return 'document' in item ? kept(kept(settleDocument(item.document), keep.keepOnce), sent => hold(sent, false)) : {skipped: item.skipped, stage: 'load'};
	});
	const gather = new Gather<Held>();
	const inOrder = new InOrder(known, outcome => {
		gather.add(outcome);
	});
	let settled = 0;
	const deliver = (index: number, outcome: Outcome<Held>): void => {
		inOrder.deliver(index, outcome);
		options.onProgress?.(++settled, files.length);
	};

	const job = {maxBytes, keep, spec, hold, shelve: cache !== null};
	/** Settles these files (by their place in `files`), each fresh outcome also to the next shelf. */
	const settle = (indices: readonly number[]): Deliver<Held> => (k, outcome, shelved) => {
		const index = indices[k]!;
		if (shelved) {
			cache?.shelve(files[index]!, shelved);
		}

		deliver(index, outcome);
	};

	if (cache === null) {
		await run.executor(files.length)(files, job, settle(files.map((_, index) => index)));
		return gather.done(factCount);
	}

	try {
		const {hits, misses} = cache.sort(files);
		const [, failed] = await Promise.all([
			run.executor(misses.length)(misses.map(index => files[index]!), job, settle(misses)),
			cache.reopen(files, hits, (index, record, stored) => {
				deliver(index, kept(keep.record.read(record, stored), sent => hold(sent, true)));
			}),
		]);
		// Records found damaged as they were read: rare, so settled here rather than on workers started again.
		await sequential(failed.map(index => files[index]!), job, settle(failed));
	} finally {
		cache.close();
	}

	return gather.done(factCount);
}

/** Reports compacted as they arrive (compact.ts), sharing one vocabulary for the load. */
function compacting<R extends ReportSummary>(): (report: R, posted: boolean) => R {
	const vocabulary: Vocabulary = new Map();
	return (report, posted) => (posted ? compactDecoded : compactParsed)(report, vocabulary);
}

/** Every report whole: for the bundled reports' build, the tests, and anything that wants them all in memory. */
export async function loadCorpus(paths: readonly string[], options: CorpusOptions = {}): Promise<Store<Report>> {
	const spec = {kind: 'whole'} as const;
	const gathered = await load(paths, {spec, keep: keepOf(spec), hold: compacting<Report>(), factCount: factsOf}, options);
	return {...gathered, details: ownDetails};
}

/**
Every report's summary (model/summary): what the dashboard, text and Markdown keep,
a report's details read again from its file when it is opened (details.ts).
*/
export async function loadSummaries(paths: readonly string[], options: CorpusOptions = {}): Promise<Store<ReportSummary>> {
	const spec = {kind: 'summary'} as const;
	const gathered = await load(paths, {spec, keep: keepOf(spec), hold: compacting<ReportSummary>(), factCount: factsOf}, options);
	return {...gathered, details: detailsFromFiles(options.maxBytes)};
}

/** Every report's piece of an export: its text to a temporary file, its sketch kept (export.ts). Close the store when written. */
export async function loadExport(paths: readonly string[], piece: PieceSpec, options: CorpusOptions = {}): Promise<ExportStore> {
	const spec = {kind: 'export', piece} as const;
	const spool = fileSpool();
	try {
		const gathered = await load(paths, {spec, keep: keepOf(spec), hold: holdIn(spool), factCount: entryFacts}, {sentAsBytes: true, ...options});
		return exportStore(gathered, spool);
	} catch (error) {
		spool.close();
		throw error;
	}
}
