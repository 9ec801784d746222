/**
Whether the reports of a folder read the same however their text is set: `node scripts/typesetting.mjs FOLDER
[--verbose]` parses every .txt and .md file under FOLDER as given and after each setting of
tests/helpers/typesetting.ts (full-width punctuation, a PDF's hard breaks and page numbers, each sentence on a
line of its own …), and counts, for each setting, the reports whose district, year or facts change and the
facts that differ. The texts are meant to be set as the seeds are (half-width punctuation, a paragraph a line),
as text from the development set and the samples is. With --verbose, each difference is printed.
*/
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const args = process.argv.slice(2);
const folder = args.find(arg => !arg.startsWith('--'));
const verbose = args.includes('--verbose');
if (!folder) {
	console.error('usage: node scripts/typesetting.mjs FOLDER [--verbose]');
	process.exit(2);
}

const files = [];
const walk = path => {
	for (const name of readdirSync(path).sort()) {
		const child = join(path, name);
		if (statSync(child).isDirectory()) walk(child);
		else if (/\.(?:txt|md)$/u.test(name)) files.push(child);
	}
};

walk(resolve(folder));

// The parser, the file-name hints and the settings, bundled as the benchmark bundles the parser.
const entry = resolve('.bench', 'typesetting-entry.ts');
const outfile = resolve('.bench', 'typesetting.mjs');
await build({
	stdin: {
		contents: [
			"export {parseReport} from '../source/parse/index.ts';",
			"export {hintsFromName} from '../source/load/hints.ts';",
			"export {settings} from '../tests/helpers/typesetting.ts';",
		].join('\n'),
		resolveDir: resolve('.bench'),
		sourcefile: entry,
		loader: 'ts',
	},
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
});
const {parseReport, hintsFromName, settings} = await import(pathToFileURL(outfile).href);

/** A report's reading as lines: its district and year, then each reported fact. */
function readingOf(text, file) {
	const report = parseReport(text, {file, hints: hintsFromName(file)});
	const facts = report.facts.filter(fact => !fact.derived).map(fact => `${fact.indicator}=${fact.value}${fact.approx ? '~' : ''}`);
	return [`district ${report.district.name} ${report.district.code} year ${report.year}`, ...facts.sort()];
}

/** The lines of `a` not in `b`, each as often as it is missing. */
function missingFrom(a, b) {
	const left = [...b];
	return a.filter(line => {
		const at = left.indexOf(line);
		if (at === -1) return true;
		left.splice(at, 1);
		return false;
	});
}

const texts = files.map(file => ({file, text: readFileSync(file, 'utf8')}));
const given = texts.map(({file, text}) => readingOf(text, file));
console.log(`${files.length} texts under ${folder}`);
for (const [setting, set] of Object.entries(settings)) {
	let reports = 0;
	let lines = 0;
	texts.forEach(({file, text}, i) => {
		const reading = readingOf(set(text), file);
		const lost = missingFrom(given[i], reading);
		const gained = missingFrom(reading, given[i]);
		if (lost.length === 0 && gained.length === 0) return;
		reports++;
		lines += lost.length + gained.length;
		if (verbose) {
			for (const line of lost) console.log(`  ${setting} · ${file}: lost ${line}`);
			for (const line of gained) console.log(`  ${setting} · ${file}: gained ${line}`);
		}
	});
	console.log(`${setting}: ${reports} reports read differently (${lines} lines lost or gained)`);
}
