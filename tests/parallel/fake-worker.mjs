// Speaks the parse worker's protocol without parsing: every file is skipped as
// 'fake', and a batch naming a file with "crash" in it ends the worker.
import {parentPort} from 'node:worker_threads';

parentPort.on('message', ({id, files}) => {
	if (files.some(file => file.includes('crash'))) {
		process.exit(3);
	}

	parentPort.postMessage({id, outcomes: files.map(file => JSON.stringify({skipped: {file, reason: 'fake'}, stage: 'load'}))});
});
parentPort.postMessage({ready: true});
