// The real parse worker (dist/parse-worker.js, which npm test builds), except that a batch naming a file
// with "crash" in it ends the worker (process.exit) and one naming "throw" throws out of it (an uncaught
// exception, thrown where the worker posts its answer): files that take a worker down.
import {parentPort} from 'node:worker_threads';

let doomed = false;
// Added before the worker's own listener, so it hears each batch first.
parentPort.on('message', ({files}) => {
	if (files.some(file => file.includes('crash'))) {
		process.exit(3);
	}

	doomed = files.some(file => file.includes('throw'));
});
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = message => {
	if (doomed) {
		throw new Error('thrown by the worker');
	}

	post(message);
};

await import(new URL('../../dist/parse-worker.js', import.meta.url).href);
