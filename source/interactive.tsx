/**
The interactive dashboard: the app in the terminal's alternate screen, following a
corpus that may change while it runs, and the terminal restored however it ends.
*/
import {useEffect, useState} from 'react';
import {render} from 'ink';
import {App, type DashboardStore} from './app.js';
import type {Reviewer, TakeAway} from './app/use-dashboard.js';
import {opener, type Lend} from './app/external.js';
import {guardExit, sequences, takeScreen} from './app/terminal.js';
import {snapshotWriter} from './save/snapshot-file.js';
import type {View} from './screen/state.js';
import type {Filters, Lang} from './model/index.js';
import {colorTheme, type Theme} from './views/theme.js';

export type Subscribe = (listener: (store: DashboardStore) => void) => () => void;

export type DashboardOptions = {
	readonly store: DashboardStore;
	readonly lang?: Lang;
	readonly theme?: Theme;
	readonly view?: View;
	readonly filters?: Filters;
	/** Called once; the listener gets each new store (a reloaded file, a decision saved), the return value unsubscribes. */
	readonly subscribe?: Subscribe;
	/** Saves a person's decisions (corpus/live-review.ts). */
	readonly review?: Reviewer;
	/** Where `w` writes (default: the current folder) and what `o`/`O` run (default: $PAGER, $EDITOR). */
	readonly cwd?: string;
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly stdout?: NodeJS.WriteStream;
	readonly stdin?: NodeJS.ReadStream;
};

function Live({initial, subscribe, ...props}: {readonly initial: DashboardStore; readonly subscribe?: Subscribe; readonly lang: Lang; readonly theme: Theme; readonly view?: View; readonly filters?: Filters; readonly review?: Reviewer; readonly takeAway: TakeAway}) {
	const [store, setStore] = useState(initial);
	useEffect(() => subscribe?.(setStore), [subscribe]);
	return <App store={store} {...props}/>;
}

/** Resolves when the person quits; rejects with an error the app could not handle (after the screen is restored). */
const marker = 'SIGUSR2';

/**
The terminal handed to a pager or an editor: the normal screen, the cursor shown, keys cooked as a shell
has them; then taken back. The dashboard redraws itself after (use-dashboard.ts).
*/
function lender(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, holding: (lent: boolean) => void): Lend {
	const raw = (on: boolean) => {
		if (stdin.isTTY) {
			stdin.setRawMode(on);
		}
	};

	return run => {
		raw(false);
		holding(true);
		stdout.write(sequences.leaveAlternate + sequences.showCursor);
		try {
			return run();
		} finally {
			stdout.write(sequences.enterAlternate + sequences.home);
			raw(true);
			// A Ctrl-C pressed in the program is handled only now, after the program is gone. Signals are handled
			// in the order they came: one sent to ourselves now comes after it, and ends the program's hold.
			process.once(marker, () => holding(false));
			process.kill(process.pid, marker);
		}
	};
}

export async function runDashboard({store, lang = 'zh', theme = colorTheme, view, filters, subscribe, review, cwd = process.cwd(), env = process.env, stdout = process.stdout, stdin = process.stdin}: DashboardOptions): Promise<void> {
	let lent = false;
	const takeAway: TakeAway = {cwd, write: snapshotWriter({cwd}), open: opener({env, lend: lender(stdin, stdout, held => {
		lent = held;
	})}), lends: true};
	const restore = takeScreen(stdout);
	let instance: ReturnType<typeof render> | undefined;
	// Stop Ink first, so its last frame lands on the alternate screen and not on the person's shell.
	const leave = () => {
		instance?.unmount();
		restore();
	};

	const unguard = guardExit(leave, process, () => lent);
	try {
		instance = render(<Live initial={store} subscribe={subscribe} lang={lang} theme={theme} view={view} filters={filters} review={review} takeAway={takeAway}/>, {
			stdout,
			stdin,
			// Ctrl-C is a binding like q, so both leave the same way.
			exitOnCtrlC: false,
			// A keypress should reach the screen within a 60 Hz frame, not Ink's default 30.
			maxFps: 60,
			// The console is the process's: it would only mix with our frames when we draw on process.stdout.
			patchConsole: stdout === process.stdout,
		});
		await instance.waitUntilExit();
	} finally {
		leave();
		unguard();
	}
}
