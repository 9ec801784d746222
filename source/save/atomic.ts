/**
A file written whole or not at all: the text goes to a temporary file beside it,
which is renamed over the old one only when complete, so a crash or a full disk
mid-write never leaves a person's review file half written.
*/
import {renameSync, rmSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

export function writeAtomically(path: string, text: string): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}
