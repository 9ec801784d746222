import {EventEmitter} from 'node:events';
import {describe, expect, test} from 'vitest';
import {guardExit, sequences, takeScreen} from '../../source/app/terminal.js';

function stream() {
	const written: string[] = [];
	return {written, write: (text: string) => written.push(text)};
}

/** A process stand-in: its events, and what exit and stderr were given. */
function fakeProcess() {
	const events = new EventEmitter();
	const exits: number[] = [];
	const stderr = stream();
	return {
		events,
		exits,
		stderr,
		process: {
			on: (event: string, listener: (...args: any[]) => void) => events.on(event, listener),
			off: (event: string, listener: (...args: any[]) => void) => events.off(event, listener),
			exit: (code?: number) => {
				exits.push(code ?? 0);
			},
			stderr,
		} as unknown as Parameters<typeof guardExit>[1],
	};
}

describe('the terminal is restored on every way out', () => {
	test('the alternate screen is entered, and left with the cursor shown, exactly once', () => {
		const out = stream();
		const restore = takeScreen(out);
		expect(out.written).toEqual([sequences.enterAlternate]);
		restore();
		restore();
		expect(out.written).toEqual([sequences.enterAlternate, sequences.leaveAlternate + sequences.showCursor]);
	});

	test('an uncaught exception restores first, then prints, then exits 1', () => {
		const fake = fakeProcess();
		const order: string[] = [];
		guardExit(() => order.push('leave'), fake.process);
		fake.events.emit('uncaughtException', new Error('boom'));
		expect(order).toEqual(['leave']);
		expect(fake.stderr.written.join('')).toMatch(/^rol-dash: Error: boom/);
		expect(fake.exits).toEqual([1]);
	});

	test('a rejected promise, a signal and a plain exit restore too', () => {
		const fake = fakeProcess();
		let left = 0;
		guardExit(() => left++, fake.process);
		fake.events.emit('unhandledRejection', 'nope');
		fake.events.emit('SIGTERM', 'SIGTERM');
		fake.events.emit('SIGHUP', 'SIGHUP');
		fake.events.emit('exit', 0);
		expect(left).toBe(4);
		expect(fake.exits).toEqual([1, 143, 129]);
	});

	test('Ctrl-C while a pager has the terminal is the pager\'s; after, it quits', () => {
		const fake = fakeProcess();
		let lent = true;
		let left = 0;
		guardExit(() => left++, fake.process, () => lent);
		fake.events.emit('SIGINT', 'SIGINT');
		fake.events.emit('SIGTERM', 'SIGTERM');
		expect(fake.exits).toEqual([143]);
		lent = false;
		fake.events.emit('SIGINT', 'SIGINT');
		expect(fake.exits).toEqual([143, 130]);
		expect(left).toBe(2);
	});

	test('the guard can be taken off again', () => {
		const fake = fakeProcess();
		const unguard = guardExit(() => {}, fake.process);
		unguard();
		expect(fake.events.eventNames()).toEqual([]);
	});
});
