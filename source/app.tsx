/**
The dashboard's root: the corpus in as props, the screen out. It picks the lines
around the view and leaves the rest to the state, the frame and the views.
*/
import {indicatorById} from './catalog/indicators.js';
import {useDashboard, type Reviewer, type TakeAway} from './app/use-dashboard.js';
import {screenQueue} from './screen/queue.js';
import {queueLines} from './views/review-queue.js';
import {minimum, tooSmall, type Size} from './screen/layout.js';
import type {View} from './screen/state.js';
import type {Store} from './corpus/store.js';
import {labelOf, type Filters, type Lang} from './model/index.js';
import {peersKey, peersLabel} from './model/peers.js';
import {pinnedLabel} from './model/pin.js';
import {errorLines, headerLine, helpLines, statusLine, tooSmallLines} from './views/chrome.js';
import {detailLines} from './views/detail.js';
import {Lines} from './views/Lines.js';
import {peerPickerLines} from './views/peer-picker.js';
import {Screen, type ScreenBody} from './views/Screen.js';
import {colorTheme, type Theme} from './views/theme.js';
import {ThemeContext} from './views/theme-context.js';
import {useSize} from './app/use-size.js';

/**
What the dashboard shows: the store as loaded (corpus/store), handed whole. Only the
reports are needed: a store made in a test or a benchmark may leave out the files
skipped, the duplicates (none hidden) and the details (the reports' own).
*/
export type DashboardStore = Pick<Store, 'reports'> & Partial<Pick<Store, 'errors' | 'notes' | 'duplicates' | 'details'>>;

export type AppProps = {
	readonly store: DashboardStore;
	readonly lang?: Lang;
	readonly theme?: Theme;
	/** A fixed size instead of the terminal's (tests, benchmarks). */
	readonly size?: Size;
	readonly view?: View;
	/** The command line's --district/--indicator/--year/--area, applied before the dashboard's own filter. */
	readonly filters?: Filters;
	/** Saves a person's decisions (review/): none, and the review keys say nothing is recorded. */
	readonly review?: Reviewer;
	/** Writes the view to a file (`w`) and opens a report in a pager or editor (`o`, `O`): none, and the keys say so. */
	readonly takeAway?: TakeAway;
};

function Dashboard({store, lang = 'zh', size, view, filters, review, takeAway}: Omit<AppProps, 'theme' | 'size'> & {readonly size: Size}) {
	const {state, data, frame, regions} = useDashboard(store, lang, size, view, filters, review, takeAway);
	const errors = store.errors ?? [];
	// What a review file could not apply (an orphaned decision, a conflict) is listed after the files skipped.
	const reviewNotes = (store.notes ?? []).filter(note => note.kind === 'review').map(note => ({file: note.file, reason: note.message}));
	// The state stays mounted while the terminal is too small, so growing it back returns to the same place.
	if (tooSmall(size)) {
		return <Lines lines={tooSmallLines(size, minimum, state.lang)}/>;
	}

	const sorted = state.sort === null ? null : `${state.sort.direction === 'ascending' ? '↑' : '↓'}${labelOf(indicatorById(state.sort.indicator) ?? {zh: state.sort.indicator, en: state.sort.indicator}, state.lang)}`;
	const room = regions.body + regions.pane;
	const overlay = state.overlay === 'help'
		? helpLines(state.lang, regions.width, room)
		: state.overlay === 'errors' ? errorLines(errors, state.lang, regions.width, room, reviewNotes)
		: state.overlay === 'peers' ? peerPickerLines(data.groups ?? [], {compared: peersKey(state.peers), pick: state.pick, query: state.pickQuery}, state.lang, regions.width, room)
		: state.overlay === 'queue' ? queueLines(screenQueue(data.shaped, state.queueAt), state.lang, regions.width, room) : null;
	// The group matters to every view but the district's own.
	const group = state.peers.kind === 'all' || state.view === 'district' ? null : peersLabel(state.peers, state.lang);
	const body: ScreenBody = overlay === null ? frame.body : {kind: 'lines', lines: overlay};
	return (
		<Screen
			header={headerLine(state.view, {context: frame.context, group, year: state.view === 'district' ? null : data.shaped.year, sort: sorted, query: state.draft === null ? state.query : '', pinned: pinnedLabel(data.comparison, state.pinned, state.lang)}, frame.offscreen, state.lang, regions.width)}
			body={body}
			height={overlay === null ? regions.body : regions.body + regions.pane}
			pane={overlay === null ? detailLines(frame.target, state.lang, regions.width, regions.pane) : []}
			width={regions.width}
			status={statusLine({view: state.overlay === 'peers' || state.overlay === 'queue' ? state.overlay : state.view, draft: state.draft, search: state.overlay === 'peers' ? state.pickQuery : null, target: state.target, matched: data.shaped.matched, errors: errors.length, prompt: state.prompt, notice: state.notice}, state.lang, regions.width)}
		/>
	);
}

export function App({theme = colorTheme, size: fixed, ...props}: AppProps) {
	const size = useSize(fixed);
	return (
		<ThemeContext.Provider value={theme}>
			<Dashboard {...props} size={size}/>
		</ThemeContext.Provider>
	);
}
