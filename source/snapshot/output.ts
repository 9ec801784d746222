/**
Bytes on their way to stdout, in chunks of a megabyte: a streamed export writes a
corpus's worth, and a pipe that reads slowly must hold the writer back (each chunk
waits for 'drain' when the stream asks), or the whole export would queue in memory.
*/
import {Buffer} from 'node:buffer';
import {once} from 'node:events';

export type Sink = NodeJS.WritableStream;

const size = 1 << 20;

export class Output {
	readonly #sink: Sink;
	/** Full chunks not yet written. */
	readonly #pending: Buffer[] = [];
	#buffer = Buffer.allocUnsafe(size);
	#used = 0;

	constructor(sink: Sink) {
		this.#sink = sink;
	}

	/** Bytes `start` to `end` of `source`, copied at once: the source may be a buffer its owner reuses. */
	bytes(source: Uint8Array, start = 0, end = source.length): void {
		this.#room(end - start);
		this.#buffer.set(start === 0 && end === source.length ? source : source.subarray(start, end), this.#used);
		this.#used += end - start;
	}

	text(text: string): void {
		// UTF-8 takes at most three bytes per UTF-16 unit.
		this.#room(text.length * 3);
		this.#used += this.#buffer.write(text, this.#used);
	}

	/** Writes the full chunks, waiting while the stream is full. */
	async flush(): Promise<void> {
		for (const chunk of this.#pending.splice(0)) {
			if (!this.#sink.write(chunk)) {
				await once(this.#sink, 'drain');
			}
		}
	}

	async end(): Promise<void> {
		if (this.#used > 0) {
			this.#pending.push(this.#buffer.subarray(0, this.#used));
			this.#buffer = Buffer.allocUnsafe(0);
			this.#used = 0;
		}

		await this.flush();
	}

	/** Room for `bytes` more: a chunk that would overflow is set aside for writing and a fresh one begun. */
	#room(bytes: number): void {
		if (this.#used + bytes > this.#buffer.length) {
			if (this.#used > 0) {
				this.#pending.push(this.#buffer.subarray(0, this.#used));
			}

			this.#buffer = Buffer.allocUnsafe(Math.max(size, bytes));
			this.#used = 0;
		}
	}
}
