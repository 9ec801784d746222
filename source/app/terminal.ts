/**
The terminal's alternate screen, and its restoration on every way out: a normal
quit, Ctrl-C, a signal, an exception nobody caught. Restoring is idempotent, so
each path may call it without knowing whether another already has.
*/
export const sequences = {
	enterAlternate: '\u001B[?1049h',
	leaveAlternate: '\u001B[?1049l',
	showCursor: '\u001B[?25h',
	/** The cursor to the top left, where a redraw starts. */
	home: '\u001B[H',
} as const;

type Writable = {write(text: string): unknown};

/** Switches to the alternate screen; the returned function switches back and shows the cursor, once. */
export function takeScreen(stream: Writable): () => void {
	stream.write(sequences.enterAlternate);
	let restored = false;
	return () => {
		if (restored) {
			return;
		}

		restored = true;
		stream.write(sequences.leaveAlternate + sequences.showCursor);
	};
}

type Process = Pick<NodeJS.Process, 'on' | 'off' | 'exit'> & {readonly stderr: Writable};

const signals = {SIGTERM: 15, SIGHUP: 1, SIGINT: 2} as const;

/**
Runs `leave` (stop drawing, then restore) before the process goes, however it goes.
An uncaught error is printed after the screen is back, where it can be read. While
`lent` says another program has the terminal (`o`, `O`), Ctrl-C is that program's.
Returns a function that removes the handlers again.
*/
export function guardExit(leave: () => void, process: Process, lent: () => boolean = () => false): () => void {
	const onExit = () => leave();
	const onFatal = (error: unknown) => {
		leave();
		process.stderr.write(`rol-dash: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
		process.exit(1);
	};

	const onSignal = (signal: keyof typeof signals) => {
		// Ctrl-C in a pager or an editor reaches us too (one process group): it was meant for that program.
		if (signal === 'SIGINT' && lent()) {
			return;
		}

		leave();
		process.exit(128 + signals[signal]);
	};

	process.on('exit', onExit);
	process.on('uncaughtException', onFatal);
	process.on('unhandledRejection', onFatal);
	for (const signal of Object.keys(signals) as Array<keyof typeof signals>) {
		process.on(signal, onSignal);
	}

	return () => {
		process.off('exit', onExit);
		process.off('uncaughtException', onFatal);
		process.off('unhandledRejection', onFatal);
		for (const signal of Object.keys(signals) as Array<keyof typeof signals>) {
			process.off(signal, onSignal);
		}
	};
}
