/**
argv → options, then either a snapshot on stdout or the interactive dashboard.
Everything below this file takes plain data and never sees argv.
*/
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import meow from 'meow';
// Bundled in: meow would otherwise look for package.json upwards from this file at every start.
import packageJson from '../package.json' with {type: 'json'};
import {openExport, openStore, shownReports, type CorpusOptions, type Source, type Store} from './corpus/index.js';
import {messageLines} from './corpus/messages.js';
import {progressLine} from './corpus/progress.js';
import {checkArgv, specOf} from './options/argv.js';
import {filterProblem, pinProblem} from './options/filter-problem.js';
import {isLatinQuery, resolveDistrictQueries, type PinyinOf} from './model/district-query.js';
import {formats, isExportFormat, isFormat, isViewName, viewNames, type ExportFormat, type Format, type ViewName} from './snapshot/names.js';
import {parseColumns, snapshotWidth} from './snapshot/width.js';
import {isAreaId, unmatchedIndicatorQueries, type Filters, type Placed} from './model/filters.js';
import {isLang, langs, type Lang} from './model/labels.js';
import {loadPinyin, syllablesOf} from './model/pinyin.js';
import {isPeerScope, peerScopes} from './model/peers.js';
import {areas} from './catalog/indicators.js';
import type {ReviewFiles} from './load/review-files.js';
import type {ReportSummary} from './parse/types.js';
import {defaultReviewFile} from './review/decision.js';
import {oneLine} from './text/one-line.js';
import {cacheFolder} from './corpus/cache/folder.js';
import {homedir} from 'node:os';

/** Every option, with what it takes: meow reads these, and so does the check of the command line below. */
const flags = {
	json: {type: 'boolean', default: false},
	format: {type: 'string'},
	district: {type: 'string', isMultiple: true},
	pin: {type: 'string'},
	peers: {type: 'string'},
	indicator: {type: 'string', isMultiple: true},
	year: {type: 'number', isMultiple: true},
	area: {type: 'string', isMultiple: true},
	lang: {type: 'string', default: 'zh'},
	view: {type: 'string', default: 'compare'},
	strict: {type: 'boolean', default: false},
	watch: {type: 'boolean', default: false},
	explain: {type: 'boolean', default: false},
	width: {type: 'string'},
	// --no-cache: meow takes the negated form of a boolean that defaults to true.
	cache: {type: 'boolean', default: true},
	clearCache: {type: 'boolean', default: false},
	// --no-review: meow gives the negated form of any flag as false, here [false].
	review: {type: 'string', isMultiple: true},
} as const;

const cli = meow(
	`
	Usage
	  $ rol-dash [paths...]

	  Paths are report files or folders (.txt .md .html .htm); with none, the
	  bundled reports. In a terminal, opens the dashboard (press ? for its keys);
	  piped, or with --format, prints a snapshot.

	Options
	  --format <f>        Print a snapshot: text (the compare table), md (Markdown
	                      with a footnote citing file:line per value), csv (one
	                      row per fact, UTF-8 with BOM), json (--json, filtered)
	                      or jsonl (one report of the JSON contract per line),
	                      gold (the reviewed reports as a gold file for scoring).
	                      Piped output without --format is text.
	  --district <d>      Only this district: name (朝阳区), full name or code
	                      (110105); repeatable
	  --pin <d>           Benchmark this district (named as --district): the
	                      dashboard opens on its peer group with its column
	                      first; --format text/md print its report card
	  --peers <g>         The peer group to open on and benchmark against: all
	                      (every district loaded), province or city (the pinned
	                      or named district's); default: the narrowest group
	                      holding the districts named
	  --indicator <i>     Only this indicator: id (litigation.loss_rate), prefix
	                      (litigation) or part of its Chinese label (败诉); repeatable
	  --year <y>          Only reports of this year; repeatable
	  --area <a>          Only indicators of this area; repeatable:
	                      ${areas.map(area => area.id).join(', ')}
	  --view <v>          compare (default), district, indicator or coverage: the
	                      view the dashboard opens on, or with --format text (or
	                      md, as a fenced block) the view printed (district and
	                      indicator: the first one the --district / --indicator
	                      filters leave)
	  --lang <l>          Labels in zh (default) or en
	  --width <n>         Columns text and md fit in (default: the terminal's,
	                      else $COLUMNS, else 100); a wider table prints in
	                      bands of report columns
	  --json              Print every parsed report as JSON (the stable contract)
	  --strict            Exit 1 when any file was skipped (for pipelines)
	  --watch             In the dashboard, reload a report when its file changes
	  --explain           For the named files: every number, in file order, with
	                      what it became (a fact and its indicator, a figure, or
	                      set aside) and why (the rule and the words it matched,
	                      or what set it aside: a year, a plan, another year…)
	  --no-cache          Parse every file, reading and writing no cache. Parsed
	                      reports are cached in ${'$'}XDG_CACHE_HOME/rol-dash (else
	                      ~/.cache/rol-dash; macOS ~/Library/Caches/rol-dash;
	                      Windows %LOCALAPPDATA%\\rol-dash\\Cache), so files opened
	                      again are not parsed again unless they changed
	  --clear-cache       Delete that cache folder (then load any paths named)
	  --review <file>     A review file of decisions on numbers (confirmed,
	                      corrected, rejected, added), applied in every view and
	                      format; repeatable (conflicts are shown, not resolved).
	                      Default: ./rol-dash-review.csv when it exists
	  --no-review         The parser's reading alone: no review file is read

	  A path of - reads one report from standard input.

	Exit status
	  0  reports loaded (skipped files are listed on stderr)
	  1  with --strict: at least one file was skipped
	  2  nothing loaded, or a usage error

	In tables, — means not disclosed, ≈ a hedged figure (余/近/超…), and * a
	value derived from a year-on-year change, never one a report stated. The
	compare table has one column per district on the year most of them report;
	←2020 marks a district's earlier report standing in (never best or worst).
	Beside a value, its change on the year before: −23% as the report states it,
	[+12%] computed from the year before's report, +5%* with a derived value.
	A person's review: ✎ corrected, ✚ added, ? review files in conflict (in
	the dashboard: c confirm, x reject, = correct, i assign, u undo, R queue).
	In the dashboard, m pins the district under the cursor (as --pin does),
	w writes the view to a file (text, Markdown or CSV), and o / O open the
	report under the cursor at its line in $PAGER / $EDITOR.

	Examples
	  $ rol-dash
	  $ rol-dash --json ./reports > facts.json
	  $ rol-dash --format md --indicator litigation --year 2024 > litigation.md
	  $ rol-dash --format csv --district 朝阳区 --district 500105 > facts.csv
	  $ rol-dash --format md --pin 朝阳区 > card.md
	  $ rol-dash --explain 朝阳区2024.txt | less
`,
	{
		importMeta: import.meta,
		pkg: {name: packageJson.name, version: packageJson.version, description: packageJson.description},
		flags,
	},
);

/** One line on stderr, whatever a file name or an argument in it holds. */
function say(message: string): void {
	process.stderr.write(`rol-dash: ${oneLine(message)}\n`);
}

/** A usage mistake: one line on stderr and exit code 2, before any file is read. */
function usage(message: string): never {
	say(message);
	process.exit(2);
}

{
	const argv = process.argv.slice(2);
	// -h and -v as the short forms everyone tries first.
	if (argv.includes('-h')) cli.showHelp(0);
	if (argv.includes('-v')) cli.showVersion();
	const {error} = checkArgv(argv, specOf(flags, {h: 'help', v: 'version'}, ['review']));
	if (error !== null) usage(error);
}

const format: Format | undefined = cli.flags.format === undefined || isFormat(cli.flags.format)
	? cli.flags.format
	: usage(`--format must be one of ${formats.join(', ')} (got "${cli.flags.format}")`);
const lang: Lang = isLang(cli.flags.lang) ? cli.flags.lang : usage(`--lang must be one of ${langs.join(', ')} (got "${cli.flags.lang}")`);

const width: number | undefined = cli.flags.width === undefined
	? undefined
	: parseColumns(cli.flags.width) ?? usage(`--width must be a positive whole number (got "${cli.flags.width}")`);

const view: ViewName = isViewName(cli.flags.view) ? cli.flags.view : usage(`--view must be one of ${viewNames.join(', ')} (got "${cli.flags.view}")`);
if (view !== 'compare' && format !== undefined && format !== 'text' && format !== 'md') {
	usage('--view prints as --format text or md only');
}

const badYear = cli.flags.year?.find(year => !Number.isInteger(year));
if (badYear !== undefined) {
	usage('--year must be a year such as 2024');
}

const badArea = cli.flags.area?.find(area => !isAreaId(area));
if (badArea !== undefined) {
	usage(`--area must be one of ${areas.map(area => area.id).join(', ')} (got "${badArea}")`);
}

const [badIndicator] = unmatchedIndicatorQueries(cli.flags.indicator ?? []);
if (badIndicator !== undefined) {
	usage(`--indicator "${badIndicator}" matches no indicator id or label`);
}

if (cli.flags.explain && (cli.input.length === 0 || format !== undefined || cli.flags.json)) {
	usage(cli.input.length === 0 ? '--explain needs a report file or folder (or - for standard input)' : '--explain prints its own text: leave out --format and --json');
}

const typed: Filters = {
	district: cli.flags.district,
	indicator: cli.flags.indicator,
	year: cli.flags.year,
	area: cli.flags.area?.filter(area => isAreaId(area)),
	...(cli.flags.pin === undefined ? {} : {pin: cli.flags.pin}),
	...(cli.flags.peers === undefined ? {} : {peers: isPeerScope(cli.flags.peers) ? cli.flags.peers : usage(`--peers must be one of ${peerScopes.join(', ')} (got "${cli.flags.peers}")`)}),
};

// dist/cli.js and source/cli.tsx both sit one level below the package root.
const here = dirname(fileURLToPath(import.meta.url));
const bundledSeeds = join(here, '..', 'seeds');

// rol-dash never uses the network. Node 20 builds its fetch (undici) the first time anything
// looks at it, some 70 ms, and Ink's layout engine looks while loading its WebAssembly: taking
// fetch away first saves that, and makes "no network at run time" hold by construction.
Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});

const paths = cli.input.length > 0 ? cli.input : [bundledSeeds];

// --no-review reads no review file; --review names them; else the one in the current folder, when it exists.
const reviewFlags = (cli.flags.review ?? []) as Array<string | false>;
if (reviewFlags.includes(false) && reviewFlags.some(flag => flag !== false)) {
	usage('--no-review and --review exclude each other');
}

const reviewPaths: string[] = reviewFlags.includes(false) ? [] : (reviewFlags.length > 0 ? reviewFlags as string[] : [defaultReviewFile]);
// The bundled reports were parsed when dist/ was built: named no paths, the loader and parser load only if they changed.
const source: Source = {paths: cli.input, bundled: {folder: bundledSeeds, cache: join(here, 'bundled.json')}};
// A terminal at both ends and no snapshot asked for: the dashboard.
const interactive = format === undefined && !cli.flags.json && process.stdout.isTTY && process.stdin.isTTY;

const cacheHere = cacheFolder({env: process.env, platform: process.platform, home: homedir()});
if (cli.flags.clearCache) {
	const {clearCache} = await import('./corpus/cache/clear.js');
	say(`cache cleared (${clearCache(cacheHere) ? 'deleted' : 'there was none at'} ${cacheHere})`);
	if (cli.input.length === 0) {
		process.exit(0);
	}
}

/** The review files' decisions, read only when there is a file to read: most runs have none and load nothing for it. */
async function readReview(): Promise<ReviewFiles> {
	if (!reviewPaths.some(path => existsSync(path))) {
		return {decisions: [], problems: []};
	}

	const {readReviewFiles} = await import('./load/review-files.js');
	return readReviewFiles(reviewPaths);
}

/** A store with the review applied, its notes saying what could not be. */
async function reviewed<R extends ReportSummary>(store: Store<R>, review: ReviewFiles): Promise<Store<R>> {
	if (review.decisions.length === 0 && review.problems.length === 0) {
		return store;
	}

	const [{reviewStore}, {reviewContext}] = await Promise.all([import('./corpus/reviewed.js'), import('./review/reviewed-reports.js')]);
	return reviewStore(store, reviewContext(review.decisions), review.problems, process.cwd());
}

/** Opens the corpus with a count of files read on stderr while it lasts (corpus/progress.ts), then says what it could not use. */
async function open<S extends Pick<Store<never>, 'errors' | 'notes'>>(opening: (options: CorpusOptions) => Promise<S>): Promise<S> {
	const progress = progressLine(process.stderr);
	let store: S;
	try {
		store = await opening({onProgress: progress.update, ...(cli.flags.cache ? {cache: {folder: cacheHere}} : {})});
	} finally {
		progress.end();
	}

	for (const line of messageLines(store)) {
		process.stderr.write(line + '\n');
	}

	return store;
}

// `rol-dash --format csv | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') {
		throw error;
	}

	process.exit(process.exitCode ?? 0);
});

/**
The filters resolved against what loaded (a district in pinyin → its name), or exit 2 saying why nothing is
left to show: nothing loaded, or which filter matched nothing and what there is instead.
*/
async function settle(reports: readonly Placed[]): Promise<Filters> {
	const queries = typed.district ?? [];
	const pin = typed.pin === undefined ? [] : [typed.pin];
	let pinyinOf: PinyinOf | undefined;
	if ([...queries, ...pin].some(query => isLatinQuery(query))) {
		// Loaded only for a query in Latin letters: the dictionary costs a tenth of a second.
		await loadPinyin();
		pinyinOf = name => (syllablesOf(name) ?? []).join('').toLowerCase();
	}

	const districts = resolveDistrictQueries(queries, reports, pinyinOf);
	const pinned = resolveDistrictQueries(pin, reports, pinyinOf);
	const problem = filterProblem(reports, typed, districts) ?? pinProblem(reports, pinned);
	if (problem !== null) {
		say(problem);
		process.exit(2);
	}

	const settled = queries.length === 0 ? typed : {...typed, district: districts.queries};
	return pinned.queries[0] === undefined ? settled : {...settled, pin: pinned.queries[0]};
}

/** How many reports loaded and files were skipped: the exit status. */
type Loaded = {readonly loaded: number; readonly skipped: number};
const loadedOf = (store: {readonly reports: readonly unknown[]; readonly errors: readonly unknown[]}): Loaded => ({loaded: store.reports.length, skipped: store.errors.length});

/** Text and Markdown: the tables, from the reports' summaries (a district view reads its report's details again). */
async function printTable(as: 'text' | 'md'): Promise<Loaded> {
	const review = await readReview();
	const store = await open(async options => reviewed(await openStore(source, options), review));
	const filters = await settle(store.reports);
	// Ink and the views load only for a snapshot: --json and --help never pay for them. English names
	// districts in pinyin, so an English snapshot loads the dictionary before it draws; a Chinese one never does.
	const [{renderTable}, {themeFor}] = await Promise.all([import('./snapshot/index.js'), import('./views/theme.js'), lang === 'en' ? loadPinyin() : undefined]);
	process.stdout.write(renderTable(store, {
		format: as,
		filters,
		lang,
		// Text and md fit --width, else the terminal, else $COLUMNS, else 100 (bands when the table is wider).
		columns: snapshotWidth({flag: width, terminal: process.stdout.isTTY ? process.stdout.columns : undefined, env: process.env['COLUMNS']}),
		theme: themeFor(process.env),
		view,
		cwd: process.cwd(),
	}));
	return loadedOf(store);
}

/** The reviewed reports as a gold file (snapshot/gold.ts): what a team's review measures the next parser by. */
async function printGold(): Promise<Loaded> {
	const review = await readReview();
	if (review.decisions.length === 0) {
		usage(`--format gold writes reviewed reports: no review file has decisions (${reviewPaths.join(', ') || '--no-review'})`);
	}

	const store = await open(async options => reviewed(await openStore(source, options), review));
	const filters = await settle(store.reports);
	const [{renderGold}, {selectReports}] = await Promise.all([import('./snapshot/gold.js'), import('./model/filters.js')]);
	process.stdout.write(renderGold(selectReports(shownReports(store), filters)));
	return loadedOf(store);
}

/** CSV, JSON and JSONL: every report, written as the corpus is known, never held whole. */
async function printExport(as: ExportFormat): Promise<Loaded> {
	const cwd = process.cwd();
	const review = await readReview();
	const store = await open(async options => {
		const opened = await openExport(source, {format: as, cwd, filters: {indicator: typed.indicator, area: typed.area}, ...(review.decisions.length === 0 ? {} : {review: review.decisions})}, options);
		if (review.decisions.length === 0 && review.problems.length === 0) {
			return opened;
		}

		const {exportReviewNotes} = await import('./corpus/reviewed.js');
		return {...opened, notes: [...opened.notes, ...exportReviewNotes(review.decisions, review.problems, opened.reports)]};
	});
	const {writeExport} = await import('./snapshot/export.js');
	try {
		if (store.reports.length === 0 && as === 'json') {
			// Nothing loaded is still a JSON document for a pipeline: it carries the errors that say why.
			await writeExport(store, {format: as, cwd}, process.stdout);
		}

		// --json is the contract narrowed by the same filters as every format.
		await writeExport(store, {format: as, filters: await settle(store.reports), cwd}, process.stdout);
	} finally {
		store.close();
	}

	return loadedOf(store);
}

async function openDashboard(): Promise<Loaded> {
	const review = await readReview();
	let base: Store | undefined;
	const store = await open(async options => {
		base = await openStore(source, options);
		return reviewed(base, review);
	});
	const filters = await settle(store.reports);
	// Loaded only here: Ink's input handling and the pinyin dictionary cost a snapshot nothing. The
	// watcher brings the loader and the parser (half a megabyte of code): loaded only when asked for.
	const [{runDashboard}, watch, {themeFor}, {liveReview}] = await Promise.all([
		import('./interactive.js'),
		cli.flags.watch ? import('./corpus/watch.js') : undefined,
		import('./views/theme.js'),
		import('./corpus/live-review.js'),
	]);
	// Decisions are saved to the first review file (--no-review: none is written, and the keys say so).
	const live = reviewPaths.length === 0 ? undefined : liveReview({base: base!, decisions: review.decisions, problems: review.problems, file: reviewPaths[0]!, cwd: process.cwd()});
	const watched = await watch?.watchSubscription(paths, base!);
	// A reloaded file is reviewed again before the dashboard sees it.
	const unwatch = live === undefined ? undefined : watched?.(next => live.rebase(next));
	const subscribe = live?.subscribe ?? watched;
	// The first English frame names districts in pinyin: the dictionary the dashboard loads anyway, loaded before it.
	if (lang === 'en') {
		await loadPinyin();
	}

	try {
		await runDashboard({store: live?.store ?? store, lang, theme: themeFor(process.env), view, filters, subscribe, review: live?.review});
	} finally {
		unwatch?.();
	}

	return loadedOf(store);
}

async function run(): Promise<Loaded> {
	const as = cli.flags.json ? 'json' : format ?? 'text';
	if (interactive) {
		return openDashboard();
	}

	return isExportFormat(as) ? printExport(as) : (as === 'gold' ? printGold() : printTable(as));
}

if (cli.flags.explain) {
	const {explainPaths} = await import('./explain/run.js');
	process.exitCode = await explainPaths(cli.input, {out: process.stdout, err: process.stderr, strict: cli.flags.strict});
} else {
	const {loaded, skipped} = await run();
	process.exitCode = loaded === 0 ? 2 : (cli.flags.strict && skipped > 0 ? 1 : 0);
}
