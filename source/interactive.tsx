/**
The interactive dashboard: the app in the terminal's alternate screen, following a
corpus that may change while it runs, and the terminal restored however it ends.
*/
import {useEffect, useState} from 'react';
import {render} from 'ink';
import {App, type LoadProblem} from './app.js';
import {guardExit, takeScreen} from './app/terminal.js';
import type {View} from './app/state.js';
import type {DetailsOf, Filters, Lang} from './model/index.js';
import type {ReportSummary} from './parse/types.js';
import {colorTheme, type Theme} from './views/theme.js';

export type DashboardCorpus = {
	readonly reports: readonly ReportSummary[];
	readonly errors: readonly LoadProblem[];
};

export type Subscribe = (listener: (corpus: DashboardCorpus) => void) => () => void;

export type DashboardOptions = DashboardCorpus & {
	readonly lang?: Lang;
	readonly theme?: Theme;
	readonly view?: View;
	readonly filters?: Filters;
	/** Called once; the listener gets each new corpus (a reloaded file), the return value unsubscribes. */
	readonly subscribe?: Subscribe;
	/** Where the district view gets a report's details (details.ts); by default the reports carry them. */
	readonly details?: DetailsOf;
	readonly stdout?: NodeJS.WriteStream;
	readonly stdin?: NodeJS.ReadStream;
};

function Live({initial, subscribe, ...props}: {readonly initial: DashboardCorpus; readonly subscribe?: Subscribe; readonly lang: Lang; readonly theme: Theme; readonly view?: View; readonly filters?: Filters; readonly details?: DetailsOf}) {
	const [corpus, setCorpus] = useState(initial);
	useEffect(() => subscribe?.(setCorpus), [subscribe]);
	return <App reports={corpus.reports} errors={corpus.errors} {...props}/>;
}

/** Resolves when the person quits; rejects with an error the app could not handle (after the screen is restored). */
export async function runDashboard({reports, errors, lang = 'zh', theme = colorTheme, view, filters, subscribe, details, stdout = process.stdout, stdin = process.stdin}: DashboardOptions): Promise<void> {
	const restore = takeScreen(stdout);
	let instance: ReturnType<typeof render> | undefined;
	// Stop Ink first, so its last frame lands on the alternate screen and not on the person's shell.
	const leave = () => {
		instance?.unmount();
		restore();
	};

	const unguard = guardExit(leave, process);
	try {
		instance = render(<Live initial={{reports, errors}} subscribe={subscribe} lang={lang} theme={theme} view={view} filters={filters} details={details}/>, {
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
