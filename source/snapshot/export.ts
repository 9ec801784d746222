/**
A streamed export written from its store (corpus/export.ts): every report's text as
its piece made it, in the order each format has always had (CSV by province,
district and year; JSON and JSONL in load order), and what depends on the other
reports filled in from the sketches: a CSV row's headline and shown cells, a JSON
report's duplicate flag. The same bytes as the format made from the whole corpus in
memory (csv.ts, json.ts), which the tests hold it to.
*/
import type {Entry, ExportStore} from '../corpus/export.js';
import {derivationLookup} from '../model/derived.js';
import {keepsIndicator, selectReports, type Filters} from '../model/filters.js';
import {sortReports} from '../model/order.js';
import {csvHeaderLine} from './csv.js';
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

/** A cell of a report's rows to write other than as its piece has it: where it starts, how wide it is there, what goes instead. */
type Patch = {readonly at: number; readonly width: number; readonly with: Uint8Array};

/**
The cells of a report's rows that differ from what its piece wrote (csvPiece): for a hidden report, every cell
its being shown decides (true there); for a shown one, the values it derives that the tables show (false there).
Most reports have none.
*/
function patchesOf(entry: Entry, shown: boolean, marked: ReadonlyArray<readonly [string, number]>, chosen: ReadonlySet<string> | undefined): Patch[] {
	const patches: Patch[] = [];
	let derived = 0;
	for (const cell of entry.cells ?? []) {
		const at = Math.floor(cell / 2);
		if (cell % 2 === 0) {
			if (!shown) {
				patches.push({at, width: yes.length, with: no});
			}
		} else {
			const [indicator, year] = marked[derived++]!;
			if (shown && chosen?.has(`${indicator}@${year}`)) {
				patches.push({at, width: no.length, with: yes});
			}
		}
	}

	return patches;
}

/** A report's text, a piece at a time, with its patches put in (one may straddle two pieces). */
async function writePatched(pieces: Iterable<Uint8Array>, patches: readonly Patch[], output: Output): Promise<void> {
	let base = 0;
	let cursor = 0;
	let next = 0;
	for (const piece of pieces) {
		const end = base + piece.length;
		while (cursor < end) {
			const patch = patches[next];
			if (patch === undefined || patch.at >= end) {
				output.bytes(piece, cursor - base);
				cursor = end;
				break;
			}

			output.bytes(piece, cursor - base, patch.at - base);
			output.bytes(patch.with);
			cursor = patch.at + patch.width;
			next++;
		}

		base = end;
		await output.flush();
	}
}

async function writeCsv(store: ExportStore, selected: readonly Entry[], filters: Filters, output: Output): Promise<void> {
	const hidden = new Set(store.duplicates.flatMap(duplicate => duplicate.hidden));
	const chosen = shownDerivations(store.reports, hidden);
	const keeps = keepsIndicator(filters);
	output.text(csvHeaderLine);
	for (const entry of sortReports(selected)) {
		// The derived cells are those of the derivations the indicator filters keep, in order.
		const marked = (entry.derivations ?? []).filter(([indicator]) => keeps === null || keeps(indicator));
		await writePatched(store.text(entry), patchesOf(entry, !hidden.has(entry), marked, chosen.get(entry)), output);
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
