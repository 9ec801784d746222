/**
The parse worker (bundled as dist/parse-worker.js): batches of file paths in,
one outcome per file out, in the order given, each with what its load keeps of
the report. Each batch is settled synchronously, so batches are answered in the
order they were sent.
*/
import {parentPort, workerData} from 'node:worker_threads';

import {postWith} from '../keep.js';
import {settleFile} from '../settle.js';
import type {Batch, Done, Ready, WorkerData} from './messages.js';

const {maxBytes, keep} = workerData as WorkerData;
const post = postWith(keep);

parentPort?.on('message', (batch: Batch) => {
	parentPort?.postMessage({id: batch.id, outcomes: batch.files.map(file => post(settleFile(file, maxBytes)))} satisfies Done);
});
parentPort?.postMessage({ready: true} satisfies Ready);
