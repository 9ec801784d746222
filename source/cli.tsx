/**
argv → options, then either a snapshot on stdout or the interactive dashboard.
Everything below this file takes plain data and never sees argv.
*/
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import meow from 'meow';
import {loadCorpus} from './corpus.js';
import {toJson} from './snapshot/json.js';

const cli = meow(
	`
	Usage
	  $ rol-dash [paths...]

	  Paths are report files or folders (.txt .md .html .htm); with none, the
	  bundled reports. Without a format and on a terminal, opens the dashboard.

	Options
	  --json              Print every parsed report as JSON (the stable contract)

	Examples
	  $ rol-dash
	  $ rol-dash --json ./reports > facts.json
`,
	{
		importMeta: import.meta,
		flags: {
			json: {type: 'boolean', default: false},
		},
	},
);

function bundledSeeds(): string {
	// dist/cli.js and source/cli.tsx both sit one level below the package root.
	return join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
}

const paths = cli.input.length > 0 ? cli.input : [bundledSeeds()];
const corpus = await loadCorpus(paths);
for (const error of corpus.errors) {
	process.stderr.write(`rol-dash: ${error.file}: ${error.reason}\n`);
}

if (cli.flags.json) {
	process.stdout.write(toJson(corpus) + '\n');
}

process.exitCode = corpus.reports.length === 0 ? 2 : 0;
