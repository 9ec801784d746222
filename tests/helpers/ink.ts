/**
Driving an Ink app in tests: write keys, then wait for the frame they cause. Waiting
is by turns of the event loop (Ink flushes a lone Esc on the next one), bounded,
never by the clock.
*/
import {stripVTControlCharacters} from 'node:util';
import type {render} from 'ink-testing-library';

type Instance = ReturnType<typeof render>;

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

const turn = () => new Promise<void>(resolve => {
	setImmediate(resolve);
});

/** Resolves once a new frame is written, or after a bounded number of event-loop turns when none comes. */
export async function nextFrame(app: Instance, since = app.frames.length, turns = 20): Promise<void> {
	for (let index = 0; index < turns && app.frames.length === since; index++) {
		await turn();
	}
}

/** Presses each key in turn, each after the frame of the one before. */
export async function press(app: Instance, ...sequence: string[]): Promise<void> {
	for (const key of sequence) {
		const since = app.frames.length;
		app.stdin.write(key);
		await nextFrame(app, since);
	}
}

/** Writes keys in one burst, as a fast typist or a paste sends them, and waits until the frames stop coming. */
export async function burst(app: Instance, keys: string): Promise<void> {
	app.stdin.write(keys);
	let since: number;
	do {
		since = app.frames.length;
		// eslint-disable-next-line no-await-in-loop
		await nextFrame(app, since);
	} while (app.frames.length !== since);
}

/** Types text one character at a time, as a person does. */
export async function type(app: Instance, text: string): Promise<void> {
	await press(app, ...text);
}

export function screen(app: Instance): string[] {
	return stripVTControlCharacters(app.lastFrame() ?? '').split('\n');
}

export function text(app: Instance): string {
	return screen(app).join('\n');
}
