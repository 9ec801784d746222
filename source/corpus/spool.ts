/**
Where a streamed export keeps each report's text between parsing it and writing it:
the text is written once every report's sketch is known (the order of a CSV, the
flags of duplicates), so a corpus's worth of it waits somewhere. On disk it costs
no memory: a temporary file, removed as soon as it is opened (it lives until it is
closed, and never outlives the process). In memory for the few reports of a start
from the bundled ones. Texts go in and come out a megabyte at a time, so one very
large report is never copied whole.
*/
import {Buffer} from 'node:buffer';
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Where one text is: its first byte and its length in bytes, UTF-8. */
export type Place = {readonly at: number; readonly bytes: number};

export type Spool = {
	readonly append: (text: string) => Place;
	/** The bytes at `place`, in pieces of at most a megabyte, each valid until the next. */
	readonly read: (place: Place) => Iterable<Uint8Array>;
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

	const encoder = new TextEncoder();
	const pending = new Uint8Array(chunk);
	// A Buffer, so the writer's search for marks in it is the native one.
	const scratch = Buffer.allocUnsafeSlow(chunk);
	let used = 0;
	let written = 0;
	const flush = () => {
		for (let at = 0; at < used;) {
			at += writeSync(fd, pending, at, used - at, written + at);
		}

		written += used;
		used = 0;
	};

	return {
		append(text) {
			const at = written + used;
			// encodeInto writes whole characters only, and says how much of the text it took.
			for (let rest = text; rest.length > 0;) {
				const {read, written: encoded} = encoder.encodeInto(rest, pending.subarray(used));
				used += encoded;
				rest = rest.slice(read);
				if (rest.length > 0) {
					flush();
				}
			}

			return {at, bytes: written + used - at};
		},
		*read({at, bytes}) {
			if (at + bytes > written) {
				flush();
			}

			for (let done = 0; done < bytes;) {
				const size = Math.min(chunk, bytes - done);
				for (let got = 0; got < size;) {
					const count = readSync(fd, scratch, got, size - got, at + done + got);
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
			rmSync(folder, {recursive: true, force: true});
		},
	};
}

export function memorySpool(): Spool {
	const encoder = new TextEncoder();
	const texts: Uint8Array[] = [];
	return {
		append(text) {
			const bytes = encoder.encode(text);
			texts.push(bytes);
			return {at: texts.length - 1, bytes: bytes.length};
		},
		read: ({at}) => [texts[at]!],
		close() {
			texts.length = 0;
		},
	};
}
