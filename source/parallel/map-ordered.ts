/** Results in the order of `items`, at most `limit` tasks running at once. */
export async function mapOrdered<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const results: R[] = Array.from({length: items.length});
	let next = 0;
	const run = async (): Promise<void> => {
		for (let index = next++; index < items.length; index = next++) {
			results[index] = await task(items[index]!, index);
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, items.length)}, run));
	return results;
}
