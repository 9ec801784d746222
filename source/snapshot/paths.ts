/**
How every format cites a report's file: relative to the directory rol-dash was run from when the file is
under it (seeds/朝阳区.txt), as given otherwise. The caller says which directory; nothing here asks the
process, so the snapshots stay pure.
*/
import {createHash} from 'node:crypto';
import {isAbsolute, relative, sep} from 'node:path';

export function citedPath(file: string, cwd: string | undefined): string {
	if (cwd === undefined || !isAbsolute(file)) {
		return file;
	}

	const under = relative(cwd, file);
	return under !== '' && !under.startsWith('..') && !isAbsolute(under) ? under.split(sep).join('/') : file;
}

/** A short stable id for a file, from the path as cited: the same file gets the same id in every export run from the same place. */
export function reportId(cited: string): string {
	return createHash('sha256').update(cited).digest('hex').slice(0, 12);
}
