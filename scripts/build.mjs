// Bundles the CLI into one file: module loading, not rendering, dominates start-up,
// so one pre-linked file starts several times faster than resolving node_modules.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {requireBanner, shippedPlugins} from './build-plugins.mjs';

// Chunk names carry content hashes: start from an empty folder so old chunks never linger.
rmSync('dist', {recursive: true, force: true});

// The parse worker (source/corpus/execute) is its own file: a worker thread starts from a file,
// and the CLI finds it beside itself with new URL('./parse-worker.js', import.meta.url).
await build({
	entryPoints: ['source/corpus/execute/worker.ts'],
	outfile: 'dist/parse-worker.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: false,
	legalComments: 'none',
	banner: {js: requireBanner},
	logLevel: 'warning',
});

// The worker holds the parser and what a load keeps of a report: its hash is the version cached reports
// are written under (source/corpus/cache/version.ts), so any change to that code leaves old caches unread.
const parserVersion = createHash('sha256').update(readFileSync('dist/parse-worker.js')).digest('hex').slice(0, 16);

// Split at dynamic imports: a snapshot loads Ink, the dashboard loads its input handling
// and pinyin, and --json or --help load neither.
const cli = await build({
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	// Less text for V8 to scan at start-up; names are kept for readable stack traces.
	// `--readable` keeps lines, for profiles that point at a line (node --cpu-prof).
	minifyWhitespace: !process.argv.includes('--readable'),
	minifySyntax: true,
	legalComments: 'none',
	plugins: shippedPlugins,
	define: {'process.env.NODE_ENV': '"production"', ROL_DASH_PARSER_VERSION: JSON.stringify(parserVersion)},
	// Which module went into which chunk: for keeping Ink and the parser off paths that do not need them.
	metafile: true,
	banner: {
		js: `#!/usr/bin/env node\n${requireBanner}`,
	},
	logLevel: 'warning',
});

mkdirSync('.bench', {recursive: true});
writeFileSync('.bench/build-meta.json', JSON.stringify(cli.metafile));

// The bundled reports, parsed now by the parser just bundled, so that `rol-dash` with no paths
// starts without loading the parser (source/corpus/bundled.ts checks every file's hash before use).
const generator = `
import {writeFileSync} from 'node:fs';
import {loadCorpus} from './source/corpus/load.ts';
import {cacheOf} from './source/corpus/bundled.ts';
const [folder, out] = process.argv.slice(2);
writeFileSync(out, JSON.stringify(cacheOf(folder, await loadCorpus([folder], {threads: 1}))));
`;
const scratch = mkdtempSync(path.join(tmpdir(), 'rol-dash-build-'));
try {
	const script = path.join(scratch, 'bundled.mjs');
	await build({
		stdin: {contents: generator, resolveDir: process.cwd(), loader: 'ts'},
		outfile: script,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		banner: {js: requireBanner},
		logLevel: 'warning',
	});
	execFileSync(process.execPath, [script, path.resolve('seeds'), path.resolve('dist/bundled.json')], {stdio: 'inherit'});
} finally {
	rmSync(scratch, {recursive: true, force: true});
}

// npm links the bin on install; a fresh build used directly (node dist/cli.js, tmux) needs the bit too.
const {chmodSync} = await import('node:fs');
chmodSync('dist/cli.js', 0o755);
