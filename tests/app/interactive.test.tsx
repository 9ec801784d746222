import {EventEmitter} from 'node:events';
import {stripVTControlCharacters} from 'node:util';
import {describe, expect, test} from 'vitest';
import {sequences} from '../../source/app/terminal.js';
import type {DashboardStore} from '../../source/app.js';
import {runDashboard} from '../../source/interactive.js';
import {chaoyang2024, jiangbei2024, reports} from '../fixtures/reports.js';

/** A terminal's output: 80×24, everything written kept in order. */
class Screen extends EventEmitter {
	readonly columns = 80;
	readonly rows = 24;
	readonly isTTY = true;
	readonly writes: string[] = [];
	write = (text: string) => {
		this.writes.push(text);
		return true;
	};

	get text(): string {
		return this.writes.join('');
	}
}

/** A terminal's keyboard, the way Ink reads one: 'readable', then read(). */
class Keyboard extends EventEmitter {
	readonly isTTY = true;
	private pending: string[] = [];
	press(data: string) {
		this.pending.push(data);
		this.emit('readable');
	}

	read = () => this.pending.shift() ?? null;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** Turns the event loop until the check passes, a bounded number of times; throws after, if asked for `what`. */
async function until(check: () => boolean, what?: string, bound = 5000): Promise<void> {
	for (let turn = 0; !check(); turn++) {
		if (turn > bound) {
			if (what === undefined) {
				return;
			}

			throw new Error(`never saw ${what}`);
		}

		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

describe('runDashboard', () => {
	test('takes the alternate screen, follows a new corpus, and on q gives the screen back last', async () => {
		const screen = new Screen();
		const keyboard = new Keyboard();
		let publish: ((store: DashboardStore) => void) | undefined;
		let unsubscribed = false;
		const done = runDashboard({
			store: {reports, errors: []},
			stdout: screen as unknown as NodeJS.WriteStream,
			stdin: keyboard as unknown as NodeJS.ReadStream,
			subscribe(listener) {
				publish = listener;
				return () => {
					unsubscribed = true;
				};
			},
		});
		await until(() => publish !== undefined, 'the subscription');
		expect(screen.writes[0]).toBe(sequences.enterAlternate);

		// A reload: one report fewer, a load error more.
		publish!({reports: [chaoyang2024, jiangbei2024], errors: [{file: 'broken.txt', reason: 'not a rule-of-law report'}]});
		// Under CI, Ink draws only when it stops: there the new frame cannot be seen before q, only after.
		await until(() => stripVTControlCharacters(screen.text).includes('1个文件未载入'), undefined, 200);
		keyboard.press('q');
		await done;

		const shown = stripVTControlCharacters(screen.text);
		expect(shown).toContain('1个文件未载入');
		expect(shown.slice(shown.lastIndexOf('指标'))).not.toContain('门头沟区');
		expect(screen.text.endsWith(sequences.leaveAlternate + sequences.showCursor)).toBe(true);
		expect(unsubscribed).toBe(true);
	});
});
