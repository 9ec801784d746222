/**
Where a streamed export keeps each report's text between parsing it and writing it:
the text is written once every report's sketch is known (the order of a CSV, the
flags of duplicates), so a corpus's worth of it waits somewhere. On disk it costs
no memory: a temporary file, removed as soon as it is opened (it lives until it is
closed, and never outlives the process). In memory for the few reports of a start
from the bundled ones.
*/
import {Buffer} from 'node:buffer';
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Where one text is: its first byte and its length in bytes, UTF-8. */
export type Place = {readonly at: number; readonly bytes: number};

export type Spool = {
	readonly append: (text: string) => Place;
	/** The bytes at `place`, valid until the next read. */
	readonly read: (place: Place) => Uint8Array;
	readonly close: () => void;
};

/** Texts are gathered in one buffer and written when it fills: a write per report would be 30,000 system calls. */
const chunk = 1 << 20;

export function fileSpool(): Spool {
	const folder = mkdtempSync(join(tmpdir(), 'rol-dash-'));
	const path = join(folder, 'export.spool');
	const fd = openSync(path, 'w+', 0o600);
	try {
		rmSync(folder, {recursive: true, force: true});
	} catch {
		// A system that cannot remove an open file: removed on close instead.
	}

	const pending = Buffer.allocUnsafeSlow(chunk);
	let used = 0;
	let written = 0;
	let scratch = Buffer.allocUnsafeSlow(1 << 16);
	const flush = () => {
		for (let at = 0; at < used;) {
			at += writeSync(fd, pending, at, used - at, written + at);
		}

		written += used;
		used = 0;
	};

	return {
		append(text) {
			const bytes = Buffer.byteLength(text);
			const place = {at: written + used, bytes};
			if (used + bytes > chunk) {
				flush();
			}

			if (bytes > chunk) {
				writeSync(fd, text, written);
				written += bytes;
			} else {
				used += pending.write(text, used);
			}

			return place;
		},
		read({at, bytes}) {
			if (at + bytes > written) {
				flush();
			}

			if (scratch.length < bytes) {
				scratch = Buffer.allocUnsafeSlow(Math.max(bytes, scratch.length * 2));
			}

			for (let read = 0; read < bytes;) {
				const count = readSync(fd, scratch, read, bytes - read, at + read);
				if (count === 0) {
					throw new Error('the export spool ended early');
				}

				read += count;
			}

			return scratch.subarray(0, bytes);
		},
		close() {
			closeSync(fd);
			rmSync(folder, {recursive: true, force: true});
		},
	};
}

export function memorySpool(): Spool {
	const texts: Buffer[] = [];
	return {
		append(text) {
			const bytes = Buffer.from(text);
			texts.push(bytes);
			return {at: texts.length - 1, bytes: bytes.length};
		},
		read: ({at}) => texts[at]!,
		close() {
			texts.length = 0;
		},
	};
}
