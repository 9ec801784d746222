/**
RFC 4180 as the CSV snapshot writes it (quoted fields, doubled quotes, CRLF records): enough to read back what
we wrote. Written apart from the review file's reader (source/review/csv-records.ts), which forgives what people
and spreadsheets do: a test of the writer should not read it back with code that shares its assumptions.
*/
export function parseCsvRecords(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = text.startsWith('\uFEFF') ? 1 : 0; index < text.length; index++) {
		const character = text[index]!;
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (character === '"') {
				quoted = false;
			} else {
				field += character;
			}
		} else if (character === '"') {
			quoted = true;
		} else if (character === ',') {
			record.push(field);
			field = '';
		} else if (character === '\r' && text[index + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			index++;
		} else {
			field += character;
		}
	}

	return records;
}
