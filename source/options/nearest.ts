/**
The candidates nearest a word a person typed, for "did you mean": edit distance with a swap of two
neighbours counted as one edit (--distrct, --dsitrict), close enough only within a third of the word.
*/
export function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	const rows: number[][] = Array.from({length: x.length + 1}, (_, i) => Array.from({length: y.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}

			rows[i]![j] = best;
		}
	}

	return rows[x.length]![y.length]!;
}

/** Up to `most` candidates within reach of `word`, nearest first (ties in the candidates' order). */
export function nearest(word: string, candidates: readonly string[], most = 3): string[] {
	const reach = Math.max(1, Math.ceil([...word].length / 3));
	return candidates
		.map((candidate, order) => ({candidate, order, distance: editDistance(word, candidate)}))
		.filter(({distance}) => distance <= reach)
		.sort((a, b) => a.distance - b.distance || a.order - b.order)
		.slice(0, most)
		.map(({candidate}) => candidate);
}
