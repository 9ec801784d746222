/** `rol-dash --clear-cache`: the cache folder deleted whole (it is rol-dash's alone). */
import {existsSync, rmSync} from 'node:fs';

/** Whether there was a cache to delete. */
export function clearCache(folder: string): boolean {
	const there = existsSync(folder);
	rmSync(folder, {recursive: true, force: true});
	return there;
}
