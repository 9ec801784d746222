/**
One CSV cell as rol-dash writes it, for the CSV snapshot and the review file alike:
RFC 4180 quoting, and a leading quote before a cell a spreadsheet would run as a
formula (=, +, -, @, tab, CR first: OWASP's advice). Report text is untrusted.
*/
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
	// Numbers are written as numbers (a negative change stays -23.4); only text can smuggle a formula.
	const text = value === null ? '' : typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
