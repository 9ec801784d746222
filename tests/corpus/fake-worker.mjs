// Speaks the parse worker's protocol without parsing: every file is skipped as
// 'fake' (or as the `label` it was started with), and a batch naming a file with
// "crash" in it ends the worker.
import {parentPort, workerData} from 'node:worker_threads';

const reason = workerData?.label ?? 'fake';

parentPort.on('message', ({id, files}) => {
	if (files.some(file => file.includes('crash'))) {
		process.exit(3);
	}

	parentPort.postMessage({id, outcomes: files.map(file => JSON.stringify({skipped: {file, reason}, stage: 'load'}))});
});
parentPort.postMessage({ready: true});
