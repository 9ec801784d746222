/**
The parse worker (bundled as dist/parse-worker.js): batches of file paths in,
one outcome per file out, in the order given, each with what its load keeps of
the report. Each batch is settled synchronously, so batches are answered in the
order they were sent.
*/
import {parentPort, workerData} from 'node:worker_threads';

import {postWith} from '../keep.js';
import {settleFile, settleStamped} from '../settle.js';
import type {Batch, Done, Ready, WorkerData} from './messages.js';

const {maxBytes, keep, shelve} = workerData as WorkerData;
const post = postWith(keep);

parentPort?.on('message', (batch: Batch) => {
	if (shelve) {
		const settled = batch.files.map(file => settleStamped(file, maxBytes));
		const postings = settled.map(({outcome}) => post(outcome));
		const done: Done = {id: batch.id, outcomes: postings.map(posting => posting.posted), stamps: settled.map(({stamp}) => stamp)};
		parentPort?.postMessage(done, postings.flatMap(posting => posting.transfer));
		return;
	}

	const postings = batch.files.map(file => post(settleFile(file, maxBytes)));
	parentPort?.postMessage({id: batch.id, outcomes: postings.map(posting => posting.posted)} satisfies Done, postings.flatMap(posting => posting.transfer));
});
parentPort?.postMessage({ready: true} satisfies Ready);
