/**
No test writes into the user's cache: every test file's process, and every rol-dash it starts (they inherit
the environment), caches under a temporary folder of its own, removed when the file's tests end.
*/
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'rol-dash-test-cache-'));
process.env['XDG_CACHE_HOME'] = folder;
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});
