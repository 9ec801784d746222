/**
A table a page held (the loader writes each row as one line, its cells joined by ' | '), with the years its
first row heads its columns with: 项目 | 2023年 | 2024年 over 行政复议收案 | 47件 | 56件. A figure in a column
headed by another year than the one under review is that year's, a comparison, not the year's result.
*/
const cellBreak = ' | ';
const headedYear = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$/u;

export class TableColumns {
	/** The year heading each column of the table the last line was a row of; null outside a table or with none. */
	private years: ReadonlyArray<number | null> | null = null;
	private inTable = false;

	/** Reads the next line: a row that opens a table gives its column years. */
	next(line: string): void {
		const row = line.includes(cellBreak);
		if (row && !this.inTable) {
			const years = line.split(cellBreak).map(cell => {
				const year = headedYear.exec(cell);
				return year === null ? null : Number(year[1]);
			});
			this.years = years.some(year => year !== null) ? years : null;
		}

		if (!row) this.years = null;
		this.inTable = row;
	}

	/** The year heading the column that `at` (an offset in the current line) stands in, or null. */
	yearAt(line: string, at: number): number | null {
		if (this.years === null) return null;
		let column = 0;
		for (let cell = line.indexOf(cellBreak); cell !== -1 && cell < at; cell = line.indexOf(cellBreak, cell + cellBreak.length)) column++;
		return this.years[column] ?? null;
	}
}
