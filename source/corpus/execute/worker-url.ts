/**
Where the parse worker's bundle is. The bundled CLI finds it beside itself
(dist/parse-worker.js); the TypeScript sources (vitest) find the built one in
dist/. Null when there is none: the caller parses in its own thread.
*/
import {existsSync} from 'node:fs';

export const workerFile = 'parse-worker.js';

export function findWorker(): URL | null {
	const candidates = import.meta.url.endsWith('.ts')
		? [new URL(`../../../dist/${workerFile}`, import.meta.url)]
		// A bundle split into chunks may put this code in dist/chunks/: the worker is then one up.
		: [new URL(`./${workerFile}`, import.meta.url), new URL(`../${workerFile}`, import.meta.url)];
	return candidates.find(url => existsSync(url)) ?? null;
}
