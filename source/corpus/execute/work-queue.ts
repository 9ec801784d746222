/**
The batches still to parse. Any thread takes ordinary batches; a batch that was
in a worker when it died is retried one file per batch, and only on workers,
since whatever took a worker down would take this process down with it.
*/
export type Work = {readonly indices: readonly number[]; readonly retry: boolean};

export class WorkQueue {
	readonly #items: Work[] = [];

	constructor(count: number, size: number) {
		for (let start = 0; start < count; start += size) {
			this.#items.push({indices: Array.from({length: Math.min(size, count - start)}, (_, k) => start + k), retry: false});
		}
	}

	get length(): number {
		return this.#items.length;
	}

	/** The next batch for a worker. */
	next(): Work | undefined {
		return this.#items.shift();
	}

	/** The next batch this thread may parse. */
	nextHere(): Work | undefined {
		const at = this.#items.findIndex(work => !work.retry);
		return at === -1 ? undefined : this.#items.splice(at, 1)[0];
	}

	/**
	A worker died with these batches, in the order sent; it takes them in order, so
	the first is the one it was parsing (when `started`). Returns the file to skip:
	one that took the worker down on its own.
	*/
	giveBack(pending: readonly Work[], started: boolean): number | undefined {
		const [current, ...unstarted] = pending;
		this.#items.unshift(...unstarted);
		if (!current) {
			return undefined;
		}

		if (!started) {
			this.#items.unshift(current);
		} else if (current.indices.length === 1) {
			return current.indices[0];
		} else {
			this.#items.unshift(...current.indices.map(index => ({indices: [index], retry: true})));
		}

		return undefined;
	}

	/** With no worker left, the files only a worker may try: removed, to be skipped. */
	dropRetries(): number[] {
		const retries = this.#items.filter(work => work.retry);
		this.#items.splice(0, this.#items.length, ...this.#items.filter(work => !work.retry));
		return retries.flatMap(work => work.indices);
	}
}
