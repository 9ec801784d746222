/**
Where a streamed export keeps each report's text between parsing it and writing it:
the text is written once every report's sketch is known (the order of a CSV, the
flags of duplicates), so a corpus's worth of it waits somewhere. On disk it costs
no memory: a temporary file, removed as soon as it is opened (it lives until it is
closed, and never outlives the process). In memory for the few reports of a start
from the bundled ones. Texts come out a megabyte at a time, so one very large
report is not copied whole again.
*/
import {Buffer} from 'node:buffer';
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Where one text is: its first byte and its length in bytes, UTF-8; `in` another file than the spool's, lent to it. */
export type Place = {readonly at: number; readonly bytes: number; readonly in?: number};

export type Spool = {
	readonly append: (bytes: Uint8Array) => Place;
	/** The bytes at `place`, in pieces of at most a megabyte, each valid until the next. */
	readonly read: (place: Place) => Iterable<Uint8Array>;
	/**
	A text already in another open file (a cache's shelf): read from there, not copied, and the file closed
	with the spool. Only a spool on disk takes them.
	*/
	readonly lent?: (fd: number, at: number, bytes: number) => Place;
	readonly close: () => void;
};

/** Texts are gathered in one buffer and written when it fills: a write per report would be 30,000 system calls. */
const chunk = 1 << 20;

export function fileSpool(): Spool {
	const folder = mkdtempSync(join(tmpdir(), 'rol-dash-'));
	const fd = openSync(join(folder, 'export.spool'), 'w+', 0o600);
	try {
		rmSync(folder, {recursive: true, force: true});
	} catch {
		// A system that cannot remove an open file: removed on close instead.
	}

	const pending = new Uint8Array(chunk);
	// A Buffer, so the writer's search for marks in it is the native one.
	const scratch = Buffer.allocUnsafeSlow(chunk);
	let used = 0;
	let written = 0;
	const lent = new Set<number>();
	const flush = () => {
		for (let at = 0; at < used;) {
			at += writeSync(fd, pending, at, used - at, written + at);
		}

		written += used;
		used = 0;
	};

	return {
		append(bytes) {
			const at = written + used;
			for (let done = 0; done < bytes.length;) {
				if (used === chunk) {
					flush();
				}

				const size = Math.min(chunk - used, bytes.length - done);
				pending.set(bytes.subarray(done, done + size), used);
				used += size;
				done += size;
			}

			return {at, bytes: bytes.length};
		},
		lent(from, at, bytes) {
			lent.add(from);
			return {at, bytes, in: from};
		},
		*read({at, bytes, in: from = fd}) {
			if (from === fd && at + bytes > written) {
				flush();
			}

			for (let done = 0; done < bytes;) {
				const size = Math.min(chunk, bytes - done);
				for (let got = 0; got < size;) {
					const count = readSync(from, scratch, got, size - got, at + done + got);
					if (count === 0) {
						throw new Error('the export spool ended early');
					}

					got += count;
				}

				yield scratch.subarray(0, size);
				done += size;
			}
		},
		close() {
			closeSync(fd);
			for (const other of lent) {
				closeSync(other);
			}

			rmSync(folder, {recursive: true, force: true});
		},
	};
}

export function memorySpool(): Spool {
	const texts: Uint8Array[] = [];
	return {
		append(bytes) {
			texts.push(bytes);
			return {at: texts.length - 1, bytes: bytes.length};
		},
		read: ({at}) => [texts[at]!],
		close() {
			texts.length = 0;
		},
	};
}
