// Bundles the CLI into one file: module loading, not rendering, dominates start-up,
// so one pre-linked file starts several times faster than resolving node_modules.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';

// Ink loads its devtools bridge only when DEV=true, and the bridge's package is not
// installed; an empty module keeps the bundle loadable without it.
const noDevtools = {
	name: 'no-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty'}));
		builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

// Ink, wrap-ansi and our tables all ask string-width for widths, and string-width segments
// every string into graphemes even when it is plain ASCII and CJK. Route every import of it
// through source/views/display-width.ts, which answers those from the code points and hands
// anything else (ANSI, emoji, combining marks, options) to the real string-width.
const shim = path.resolve('source/views/display-width.ts');
const fastStringWidth = {
	name: 'fast-string-width',
	setup(builder) {
		builder.onResolve({filter: /^string-width$/}, async args => {
			if (args.importer === shim) {
				return undefined;
			}

			return {path: shim};
		});
	},
};

// meow's bundled dependencies build normalize-package-data (and its SPDX licence tables)
// the moment they load, some 70 ms, though meow normalises package.json only when asked
// for it, which rol-dash never does. Defer that one call until it is used.
const eagerNormalize = 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);';
const lazyNormalize = 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);';
const lazyMeowNormalize = {
	name: 'lazy-meow-normalize',
	setup(builder) {
		builder.onLoad({filter: /meow[\\/]build[\\/]dependencies\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			if (!source.includes(eagerNormalize)) {
				// A meow release that changed this: build as it is, only slower to start.
				console.warn('build: meow no longer matches the lazy-normalize patch; start-up will be slower');
				return undefined;
			}

			return {contents: source.replace(eagerNormalize, lazyNormalize), loader: 'js'};
		});
	},
};

// string-width builds a grapheme Segmenter and an emoji pattern the moment it loads (ICU data:
// 25–80 ms measured here), though display-width.ts asks it only about emoji, combining marks and
// the like, which most runs never meet. Build them on its first call instead.
const stringWidthExport = 'export default function stringWidth(';
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(builder) {
		builder.onLoad({filter: /[\\/]string-width[\\/]index\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const lines = source.split('\n');
			const imports = lines.filter(line => line.startsWith('import '));
			const body = lines.filter(line => !line.startsWith('import ')).join('\n');
			if (body.split(stringWidthExport).length !== 2 || body.includes('export ', body.indexOf(stringWidthExport) + 1)) {
				console.warn('build: string-width no longer matches the lazy-load patch; start-up will be slower');
				return undefined;
			}

			const lazy = `${imports.join('\n')}\nfunction load() {\n${body.replace(stringWidthExport, 'function stringWidth(')}\nreturn stringWidth;\n}\nlet loaded;\nexport default function lazyStringWidth(input, options) {\n\treturn (loaded ??= load())(input, options);\n}\n`;
			return {contents: lazy, loader: 'js'};
		});
	},
};

// Chunk names carry content hashes: start from an empty folder so old chunks never linger.
rmSync('dist', {recursive: true, force: true});

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
	plugins: [noDevtools, fastStringWidth, lazyStringWidth, lazyMeowNormalize],
	define: {'process.env.NODE_ENV': '"production"'},
	// Which module went into which chunk: for keeping Ink and the parser off paths that do not need them.
	metafile: true,
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

mkdirSync('.bench', {recursive: true});
writeFileSync('.bench/build-meta.json', JSON.stringify(cli.metafile));

// The parse worker (source/parallel) is its own file: a worker thread starts from a file,
// and the CLI finds it beside itself with new URL('./parse-worker.js', import.meta.url).
await build({
	entryPoints: ['source/parallel/worker.ts'],
	outfile: 'dist/parse-worker.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: false,
	legalComments: 'none',
	banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});

// The bundled reports, parsed now by the parser just bundled, so that `rol-dash` with no paths
// starts without loading the parser (source/bundled.ts checks every file's hash before use).
const generator = `
import {writeFileSync} from 'node:fs';
import {loadCorpus} from './source/corpus.ts';
import {cacheOf} from './source/bundled.ts';
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
		banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"},
		logLevel: 'warning',
	});
	execFileSync(process.execPath, [script, path.resolve('seeds'), path.resolve('dist/bundled.json')], {stdio: 'inherit'});
} finally {
	rmSync(scratch, {recursive: true, force: true});
}

// npm links the bin on install; a fresh build used directly (node dist/cli.js, tmux) needs the bit too.
const {chmodSync} = await import('node:fs');
chmodSync('dist/cli.js', 0o755);
