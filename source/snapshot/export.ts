/**
A streamed export written from its store (corpus/export.ts): every report's text as
its piece made it, in the order each format has always had (CSV by province,
district and year; JSON and JSONL in load order), and what depends on the other
reports filled in from the sketches: a CSV row's headline and shown cells, a JSON
report's duplicate flag. The same bytes as the format made from the whole corpus in
memory (csv.ts, json.ts), which the tests hold it to.
*/
import type {Entry, ExportStore} from '../corpus/export.js';
import {derivationLookup, keepsIndicator, selectReports, sortReports, type Filters} from '../model/index.js';
import {csvHeaderLine, marks} from './csv.js';
import {contractErrors, contractNotes, duplicateFlags, jsonEnd, jsonMember} from './json.js';
import {Output, type Sink} from './output.js';
import {citedPath} from './paths.js';
import type {ExportFormat} from './names.js';

export type WriteOptions = {
	readonly format: ExportFormat;
	/** Every filter, district queries resolved: the indicator and area filters are those the pieces were made with. */
	readonly filters?: Filters;
	readonly cwd?: string;
};

const shownByte = marks.shown.charCodeAt(0);
const derivedByte = marks.derived.charCodeAt(0);
const yes = Buffer.from('true');
const no = Buffer.from('false');

/**
Per report, the values it derives for another year that the tables show: those a
shown report of that year lacks, found as csv.ts finds them (derivationLookup), from
the sketches' own lists.
*/
function shownDerivations(entries: readonly Entry[], hidden: ReadonlySet<Entry>): Map<Entry, Set<string>> {
	const shown = entries.filter(entry => !hidden.has(entry));
	const lookup = derivationLookup(shown, entry => (entry.derivations ?? []).map(([indicator, year]) => ({indicator, year, fact: `${indicator}@${year}`})));
	const chosen = new Map<Entry, Set<string>>();
	for (const entry of shown) {
		const stated = new Set(entry.stated);
		for (const [indicator, {fact, source}] of lookup(entry)) {
			if (!stated.has(indicator)) {
				const set = chosen.get(source) ?? new Set<string>();
				set.add(fact);
				chosen.set(source, set);
			}
		}
	}

	return chosen;
}

/**
A report's rows with their marks filled, a piece of its text at a time: shown, and
each marked derivation in turn (`next` counts those filled in the pieces before).
Returns how many derivations it has filled so far.
*/
function fillRows(text: Uint8Array, shown: boolean, derived: readonly boolean[], filled: number, output: Output): number {
	let from = 0;
	let next = filled;
	// Where each kind of mark comes next: each searched for again only once it has been filled.
	let shownAt = text.indexOf(shownByte);
	let derivedAt = text.indexOf(derivedByte);
	while (shownAt !== -1 || derivedAt !== -1) {
		const isShown = derivedAt === -1 || (shownAt !== -1 && shownAt < derivedAt);
		const at = isShown ? shownAt : derivedAt;
		output.bytes(text, from, at);
		output.bytes((isShown ? shown : derived[next++]) ? yes : no);
		from = at + 1;
		if (isShown) {
			shownAt = text.indexOf(shownByte, from);
		} else {
			derivedAt = text.indexOf(derivedByte, from);
		}
	}

	output.bytes(text, from);
	return next;
}

async function writeCsv(store: ExportStore, selected: readonly Entry[], filters: Filters, output: Output): Promise<void> {
	const hidden = new Set(store.duplicates.flatMap(duplicate => duplicate.hidden));
	const chosen = shownDerivations(store.reports, hidden);
	const keeps = keepsIndicator(filters);
	output.text(csvHeaderLine);
	for (const entry of sortReports(selected)) {
		const shown = !hidden.has(entry);
		const marked = (entry.derivations ?? []).filter(([indicator]) => keeps === null || keeps(indicator));
		const derived = marked.map(([indicator, year]) => shown && (chosen.get(entry)?.has(`${indicator}@${year}`) ?? false));
		let next = 0;
		for (const piece of store.text(entry)) {
			next = fillRows(piece, shown, derived, next, output);
			await output.flush();
		}

	}
}

async function writeJson(store: ExportStore, selected: readonly Entry[], cwd: string | undefined, lines: boolean, output: Output): Promise<void> {
	const flags = duplicateFlags(store.duplicates, file => citedPath(file, cwd));
	if (!lines) {
		output.text(selected.length === 0 ? '{\n  "reports": []' : '{\n  "reports": [\n');
	}

	for (const [index, entry] of selected.entries()) {
		if (index > 0 && !lines) {
			output.text(',\n');
		}

		for (const piece of store.text(entry)) {
			output.bytes(piece);
			await output.flush();
		}

		output.text(jsonEnd(flags.get(entry.file), lines));
	}

	if (!lines) {
		output.text(`${selected.length === 0 ? '' : '\n  ]'},\n  "errors": ${jsonMember(contractErrors(store.errors, cwd))},\n  "notes": ${jsonMember(contractNotes(store.notes, cwd))}\n}\n`);
	}
}

export async function writeExport(store: ExportStore, {format, filters = {}, cwd}: WriteOptions, sink: Sink): Promise<void> {
	const output = new Output(sink);
	const selected = selectReports(store.reports, filters);
	await (format === 'csv' ? writeCsv(store, selected, filters, output) : writeJson(store, selected, cwd, format === 'jsonl', output));
	await output.end();
}
