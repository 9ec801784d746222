/**
The store of a streamed export (--format csv, json, jsonl): for each report, the
sketch the writer orders and flags it by, and where its text waits (spool.ts). Only
the sketches stay in memory, whatever the size of the texts.
*/
import type {Report} from '../parse/types.js';
import {type Piece, pieceOf, type PieceSpec, type Sketch} from '../snapshot/piece.js';
import {findDuplicates} from './duplicates.js';
import {memorySpool, type Place, type Spool} from './spool.js';
import type {Store} from './store.js';

/** One report of an export: its sketch, and where its text is. */
export type Entry = Sketch & {readonly place: Place};

export type ExportStore = Store<Entry> & {
	/** An entry's text as its piece made it, UTF-8, in pieces of at most a megabyte, each valid until the next. */
	readonly text: (entry: Entry) => Iterable<Uint8Array>;
	/** Lets the texts go (the spool's file with them). */
	readonly close: () => void;
};

export const entryFacts = (entry: Entry): number => entry.factCount;

/**
Holds a piece: its text to the spool, its sketch in memory. A sketch posted by a worker
is a fresh copy of every string in it; what repeats from report to report (a district
over its years, indicator ids, where names came from) is kept once.
*/
export function holdIn(spool: Spool): (piece: Piece) => Entry {
	const shared = new Map<string, unknown>();
	const share = <T>(key: string, value: T): T => {
		const known = shared.get(key);
		if (known !== undefined) {
			return known as T;
		}

		shared.set(key, value);
		return value;
	};

	const text = (value: string) => share(value, value);
	return ({sketch, bytes, stored}) => {
		const {district, origin, stated, derivations} = sketch;
		return {
			...sketch,
			district: share(`district\n${district.name}\n${district.fullName}\n${district.province}\n${district.city}\n${district.code}`, district),
			origin: share(`origin\n${origin.district}\n${origin.year}`, origin),
			...(stated === undefined ? {} : {stated: stated.map(text)}),
			...(derivations === undefined ? {} : {derivations: derivations.map(([indicator, year]) => [text(indicator), year] as const)}),
			place: stored && spool.lent ? spool.lent(stored.fd, stored.at, bytes.length) : spool.append(bytes),
		};
	};
}

export function exportStore(gathered: Omit<Store<Entry>, 'details'>, spool: Spool): ExportStore {
	return {
		...gathered,
		details: () => ({problem: 'an export keeps no details'}),
		text: entry => spool.read(entry.place),
		close: spool.close,
	};
}

/** The export of reports held whole in memory (the bundled ones): the same pieces, the same store, no file. */
export function exportOf(store: Store<Report>, spec: PieceSpec): ExportStore {
	const spool = memorySpool();
	const hold = holdIn(spool);
	const reports = store.reports.map(report => hold(pieceOf(report, spec)));
	return exportStore({reports, errors: store.errors, notes: store.notes, duplicates: findDuplicates(reports, entryFacts)}, spool);
}
