/**
The parse worker (bundled as dist/parse-worker.js): batches of file paths in,
one outcome per file out, in the order given. Each batch is read and parsed
synchronously, so batches are answered in the order they were sent.
*/
import {parentPort, workerData} from 'node:worker_threads';

import {type Batch, type Done, encode, type Ready} from './messages.js';
import type {WorkerData} from './pool-worker.js';
import {settleFile} from './read.js';

const {maxBytes, summaries} = workerData as WorkerData;

parentPort?.on('message', (batch: Batch) => {
	parentPort?.postMessage({id: batch.id, outcomes: batch.files.map(file => encode(settleFile(file, maxBytes, summaries)))} satisfies Done);
});
parentPort?.postMessage({ready: true} satisfies Ready);
