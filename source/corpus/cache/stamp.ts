/**
When a cached report may stand for its file, the way git's index trusts a file: the
file's size, modification and change times and inode, taken from the descriptor the
text was read through, say it is unchanged; the hash of the bytes parsed settles any
doubt (times moved but the size did not, or a file written within the clock's
granularity of being read, git's "racy" case, which the times cannot tell apart).
*/
import {createHash} from 'node:crypto';

/** A file as it was when its text was read and parsed. */
export type Stamp = {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
	/** sha256 of the bytes parsed, hex. */
	readonly hash: string;
	/** When it was read (ms since the epoch): a file modified as late as that is racy. */
	readonly readAt: number;
};

/** What stat says of a file now. */
export type Seen = Pick<Stamp, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

/**
Times on some file systems tick in seconds (ext3, HFS+) or two (FAT), and a clock
may lag the file server's: a file modified this close to being read could have
changed again without its times saying so.
*/
export const racyMs = 2000;

export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function stampOf(seen: Seen, bytes: Uint8Array, readAt: number): Stamp {
	return {size: seen.size, mtimeMs: seen.mtimeMs, ctimeMs: seen.ctimeMs, ino: seen.ino, hash: contentHash(bytes), readAt};
}

/**
'same': the cached report stands; 'doubt': only if the file's bytes still hash to the
stamp's; 'changed': parse the file again.
*/
export function trust(stamp: Stamp, now: Seen): 'same' | 'doubt' | 'changed' {
	if (now.size !== stamp.size) {
		return 'changed';
	}

	const racy = stamp.mtimeMs + racyMs >= stamp.readAt;
	return !racy && now.mtimeMs === stamp.mtimeMs && now.ctimeMs === stamp.ctimeMs && now.ino === stamp.ino ? 'same' : 'doubt';
}
