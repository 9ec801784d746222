/**
argv → options, then either a snapshot on stdout or the interactive dashboard.
Everything below this file takes plain data and never sees argv.
*/
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import meow from 'meow';
// Bundled in: meow would otherwise look for package.json upwards from this file at every start.
import packageJson from '../package.json' with {type: 'json'};
import {bundledCorpus} from './bundled.js';
import type {Corpus, CorpusOptions} from './corpus.js';
import {progressLine} from './progress.js';
import {shownReports} from './shown-reports.js';
import {toJson} from './snapshot/json.js';
import {filterReports} from './snapshot/filter.js';
import {checkArgv, specOf} from './options/argv.js';
import {filterProblem} from './options/filter-problem.js';
import {isLatinQuery, resolveDistrictQueries, type PinyinOf} from './model/district-query.js';
import {formats, isFormat, isViewName, viewNames, type Format, type ViewName} from './snapshot/names.js';
import {parseColumns, snapshotWidth} from './snapshot/width.js';
import {isAreaId, unmatchedIndicatorQueries, type Filters} from './model/filters.js';
import {isLang, langs, type Lang} from './model/labels.js';
import {areas} from './catalog/indicators.js';
import type {LoadError} from './load/index.js';
import type {ReportSummary} from './parse/types.js';

/** Every option, with what it takes: meow reads these, and so does the check of the command line below. */
const flags = {
	json: {type: 'boolean', default: false},
	format: {type: 'string'},
	district: {type: 'string', isMultiple: true},
	indicator: {type: 'string', isMultiple: true},
	year: {type: 'number', isMultiple: true},
	area: {type: 'string', isMultiple: true},
	lang: {type: 'string', default: 'zh'},
	view: {type: 'string', default: 'compare'},
	strict: {type: 'boolean', default: false},
	watch: {type: 'boolean', default: false},
	explain: {type: 'boolean', default: false},
	width: {type: 'string'},
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
	                      row per fact, UTF-8 with BOM) or json (--json, filtered).
	                      Piped output without --format is text.
	  --district <d>      Only this district: name (朝阳区), full name or code
	                      (110105); repeatable
	  --indicator <i>     Only this indicator: id (litigation.loss_rate), prefix
	                      (litigation) or part of its Chinese label (败诉); repeatable
	  --year <y>          Only reports of this year; repeatable
	  --area <a>          Only indicators of this area; repeatable:
	                      ${areas.map(area => area.id).join(', ')}
	  --view <v>          compare (default), district, indicator or coverage: the
	                      view the dashboard opens on, or with --format text the
	                      view printed (district and indicator: the first one
	                      the --district / --indicator filters leave)
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

	  A path of - reads one report from standard input.

	Exit status
	  0  reports loaded (skipped files are listed on stderr)
	  1  with --strict: at least one file was skipped
	  2  nothing loaded, or a usage error

	In tables, — means not disclosed, ≈ a hedged figure (余/近/超…), and * a
	value derived from a year-on-year change, never one a report stated.

	Examples
	  $ rol-dash
	  $ rol-dash --json ./reports > facts.json
	  $ rol-dash --format md --indicator litigation --year 2024 > litigation.md
	  $ rol-dash --format csv --district 朝阳区 --district 500105 > facts.csv
	  $ rol-dash --explain 朝阳区2024.txt | less
`,
	{
		importMeta: import.meta,
		pkg: {name: packageJson.name, version: packageJson.version, description: packageJson.description},
		flags,
	},
);

/** A usage mistake: one line on stderr and exit code 2, before any file is read. */
function usage(message: string): never {
	process.stderr.write(`rol-dash: ${message}\n`);
	process.exit(2);
}

{
	const argv = process.argv.slice(2);
	// -h and -v as the short forms everyone tries first.
	if (argv.includes('-h')) cli.showHelp(0);
	if (argv.includes('-v')) cli.showVersion();
	const {error} = checkArgv(argv, specOf(flags, {h: 'help', v: 'version'}));
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
if (view !== 'compare' && format !== undefined && format !== 'text') {
	usage('--view prints as --format text only');
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
};

// dist/cli.js and source/cli.tsx both sit one level below the package root.
const here = dirname(fileURLToPath(import.meta.url));
const bundledSeeds = join(here, '..', 'seeds');

// rol-dash never uses the network. Node 20 builds its fetch (undici) the first time anything
// looks at it, some 70 ms, and Ink's layout engine looks while loading its WebAssembly: taking
// fetch away first saves that, and makes "no network at run time" hold by construction.
Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});

const paths = cli.input.length > 0 ? cli.input : [bundledSeeds];
const bundledCache = join(here, 'bundled.json');
// A terminal at both ends and no snapshot asked for: the dashboard.
const interactive = format === undefined && !cli.flags.json && process.stdout.isTTY && process.stdin.isTTY;

/**
The bundled reports were parsed when dist/ was built; the loader and parser load only
for other files. The dashboard keeps summaries (model/summary) and reads a report's
details again when it is opened; a snapshot and --json get every report whole.
*/
const bundled = (): Corpus | null => (cli.input.length === 0 ? bundledCorpus(bundledSeeds, bundledCache) : null);

/** Loads the named paths with a count of files read on stderr while it lasts (progress.ts). */
async function loadNamed<R extends ReportSummary>(load: (paths: readonly string[], options: CorpusOptions) => Promise<Corpus<R>>): Promise<Corpus<R>> {
	const progress = progressLine(process.stderr);
	try {
		return await load(paths, {onProgress: progress.update});
	} finally {
		progress.end();
	}
}

function tell(corpus: Corpus<ReportSummary>): void {
	for (const error of corpus.errors) {
		process.stderr.write(`rol-dash: ${error.file}: ${error.reason}\n`);
	}

	for (const note of corpus.notes) {
		process.stderr.write(`rol-dash: note: ${note.file}: ${note.message}\n`);
	}
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
async function settle(reports: readonly ReportSummary[]): Promise<Filters> {
	const queries = typed.district ?? [];
	let pinyinOf: PinyinOf | undefined;
	if (queries.some(query => isLatinQuery(query))) {
		// Loaded only for a query in Latin letters: the dictionary costs a tenth of a second.
		const {pinyin} = await import('pinyin-pro');
		pinyinOf = name => pinyin(name, {toneType: 'none', type: 'array'}).join('').toLowerCase();
	}

	const districts = resolveDistrictQueries(queries, reports, pinyinOf);
	const problem = filterProblem(reports, typed, districts);
	if (problem !== null) {
		process.stderr.write(`rol-dash: ${problem}\n`);
		process.exit(2);
	}

	return queries.length === 0 ? typed : {...typed, district: districts.queries};
}

async function printSnapshot(corpus: Corpus, as: Format, filters: Filters) {
	// Ink and the views load only for a snapshot: --json and --help never pay for them.
	const [{renderSnapshot}, {themeFor}] = await Promise.all([import('./snapshot/index.js'), import('./views/theme.js')]);
	// Every report goes in: JSON and CSV keep every file, duplicates flagged; the tables show one per district and year.
	process.stdout.write(renderSnapshot(corpus.reports, {
		format: as,
		filters,
		lang,
		// Text and md fit --width, else the terminal, else $COLUMNS, else 100 (bands when the table is wider).
		columns: snapshotWidth({flag: width, terminal: process.stdout.isTTY ? process.stdout.columns : undefined, env: process.env['COLUMNS']}),
		errors: corpus.errors,
		notes: corpus.notes,
		duplicates: corpus.duplicates,
		theme: themeFor(process.env),
		view,
		cwd: process.cwd(),
	}));
}

async function openDashboard(): Promise<Corpus<ReportSummary>> {
	const corpus: Corpus<ReportSummary> = bundled() ?? await loadNamed((await import('./corpus.js')).loadSummaries);
	tell(corpus);
	const filters = await settle(corpus.reports);

	// Loaded only here: Ink's input handling and the pinyin dictionary cost a snapshot nothing. The
	// watcher and the details reader bring the parser and the gazetteer (half a megabyte of code):
	// loaded only when they can be used.
	const [{runDashboard}, watch, {themeFor}, details] = await Promise.all([
		import('./interactive.js'),
		cli.flags.watch ? import('./watch.js') : undefined,
		import('./views/theme.js'),
		// Summaries come only from files the loader read (named, or reloaded by --watch, which loads the
		// loader itself): only then is there a details reader to load. It gives whole reports their own.
		cli.input.length === 0 && !cli.flags.watch ? undefined : import('./details.js').then(({detailsFromFiles}) => detailsFromFiles()),
	]);
	const watching = await watch?.watchSubscription(paths, corpus);
	const subscribe = watching && ((listener: (next: {reports: ReportSummary[]; errors: LoadError[]}) => void) => watching(next => listener({reports: shownReports(next), errors: next.errors})));
	await runDashboard({reports: shownReports(corpus), errors: corpus.errors, lang, theme: themeFor(process.env), view, filters, subscribe, details});
	return corpus;
}

async function printWhole(): Promise<Corpus> {
	const corpus = bundled() ?? await loadNamed((await import('./corpus.js')).loadCorpus);
	tell(corpus);
	if (corpus.reports.length === 0 && (cli.flags.json || format === 'json')) {
		// Nothing loaded is still a JSON document for a pipeline: it carries the errors that say why.
		process.stdout.write(toJson(corpus, {cwd: process.cwd()}) + '\n');
	}

	const filters = await settle(corpus.reports);
	if (cli.flags.json) {
		// --json is the contract narrowed by the same filters as every format.
		process.stdout.write(toJson({...corpus, reports: filterReports(corpus.reports, filters)}, {cwd: process.cwd()}) + '\n');
	} else {
		await printSnapshot(corpus, format ?? 'text', filters);
	}

	return corpus;
}

if (cli.flags.explain) {
	const {explainPaths} = await import('./explain/run.js');
	process.exitCode = await explainPaths(cli.input, {out: process.stdout, err: process.stderr, strict: cli.flags.strict});
} else {
	const corpus = interactive ? await openDashboard() : await printWhole();
	process.exitCode = corpus.reports.length === 0 ? 2 : (cli.flags.strict && corpus.errors.length > 0 ? 1 : 0);
}
