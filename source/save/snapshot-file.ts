/**
Where `w` writes the view: the name typed, else rol-dash-<view>-<date>.<ext>, in the
folder rol-dash was run from. A file already there is never written over: the name
takes -1, -2… instead. Written whole or not at all (atomic.ts).
*/
import {existsSync} from 'node:fs';
import {isAbsolute, join, parse} from 'node:path';
import {reasonForError} from '../load/reasons.js';
import {labelOf, type Labelled, type Lang} from '../model/labels.js';
import type {View} from '../screen/views.js';
import {extensionOf, type TakeAwayFormat} from '../screen/take-away.js';
import {writeAtomically} from './atomic.js';

const words = {
	written: {zh: '已写入', en: 'written to'},
	notWritten: {zh: '未写入', en: 'not written'},
} as const satisfies Record<string, Labelled>;

/** The local date, as a person would write it in a file name. */
function dateOf(now: Date): string {
	const two = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export function defaultName(view: View, format: TakeAwayFormat, now: Date): string {
	return `rol-dash-${view}-${dateOf(now)}.${extensionOf[format]}`;
}

/** The name itself when free, else the first of name-1.ext, name-2.ext… that is. */
export function freeName(name: string, exists: (name: string) => boolean): string {
	if (!exists(name)) {
		return name;
	}

	const {dir, name: stem, ext} = parse(name);
	for (let number = 1; ; number++) {
		const next = join(dir, `${stem}-${number}${ext}`);
		if (!exists(next)) {
			return next;
		}
	}
}

export type SnapshotFile = {
	readonly view: View;
	readonly format: TakeAwayFormat;
	/** As typed; null for the default name. */
	readonly name: string | null;
	readonly text: string;
};

export type WriterOptions = {
	readonly cwd: string;
	/** Test seam: the date in the default name. */
	readonly now?: () => Date;
};

/** Writes a view's file and says where, as typed or relative to the folder (or why it could not). */
export function snapshotWriter({cwd, now = () => new Date()}: WriterOptions): (file: SnapshotFile, lang: Lang) => string {
	const absolute = (name: string) => (isAbsolute(name) ? name : join(cwd, name));
	return ({view, format, name, text}, lang) => {
		const chosen = freeName(name ?? defaultName(view, format, now()), each => existsSync(absolute(each)));
		try {
			writeAtomically(absolute(chosen), text);
		} catch (error) {
			return `${labelOf(words.notWritten, lang)}: ${chosen}: ${reasonForError(error)}`;
		}

		return `${labelOf(words.written, lang)} ${chosen}`;
	};
}
