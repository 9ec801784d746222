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
	const postings = batch.files.map(file => post(settleFile(file, maxBytes)));
	parentPort?.postMessage({id: batch.id, outcomes: postings.map(posting => posting.posted)} satisfies Done, postings.flatMap(posting => posting.transfer));
});
parentPort?.postMessage({ready: true} satisfies Ready);
