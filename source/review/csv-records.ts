/**
CSV as people's tools write it: RFC 4180 quoting, and also what a hand edit or a
spreadsheet leaves (LF or CR line ends, a byte-order mark, a last record without a
line end, spaces after a comma). Text in, records out; nothing here reads files.
*/
export function csvRecords(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	// A field that was quoted keeps its spaces; an unquoted one is trimmed as spreadsheets pad it.
	let wasQuoted = false;
	const endField = () => {
		record.push(wasQuoted ? field : field.trim());
		field = '';
		wasQuoted = false;
	};

	const endRecord = () => {
		endField();
		if (record.length > 1 || record[0] !== '') {
			records.push(record);
		}

		record = [];
	};

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
		} else if (character === '"' && field.trim() === '') {
			quoted = true;
			wasQuoted = true;
			field = '';
		} else if (character === ',') {
			endField();
		} else if (character === '\r' || character === '\n') {
			if (character === '\r' && text[index + 1] === '\n') {
				index++;
			}

			endRecord();
		} else {
			field += character;
		}
	}

	if (field !== '' || record.length > 0 || wasQuoted) {
		endRecord();
	}

	return records;
}
