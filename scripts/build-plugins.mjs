/**
The esbuild plugins and banner every bundle of rol-dash is built with: the shipped CLI
(scripts/build.mjs) and the benchmark's bundles (scripts/bench/bundle.mjs), so the
benchmark times the code that ships. Four of them patch a dependency's source
where it does work at load or per character that rol-dash does not need; each checks
that the text it patches is still there and, if not, builds the dependency as it is.
*/
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** First in every bundle: bundled CommonJS dependencies call require(), which an ES module lacks. */
export const requireBanner = "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);";

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
const shim = path.join(root, 'source/views/display-width.ts');
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

// rol-dash hands meow its package.json (cli.tsx imports it), so meow never needs to look for one
// or normalise it. With those two imports of its options module replaced, the bundler drops
// read-package-up, parse-json with Babel's code frame, normalize-package-data, semver and the SPDX
// tables: most of the CLI file that every start compiles.
const meowPackageImport = "import { a as readPackageUpSync, n as normalizePackageData } from './dependencies.js';";
const meowPackageGiven = [
	"const readPackageUpSync = () => { throw new Error('rol-dash gives meow its package.json (the pkg option)'); };",
	'const normalizePackageData = () => {};',
].join('\n');
const meowGivenPackage = {
	name: 'meow-given-package',
	setup(builder) {
		builder.onLoad({filter: /meow[\\/]build[\\/]options\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			if (!source.includes(meowPackageImport)) {
				console.warn('build: meow no longer matches the given-package patch; the CLI will be larger');
				return undefined;
			}

			return {contents: source.replace(meowPackageImport, meowPackageGiven), loader: 'js'};
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

// Ink writes every frame character by character, asking @alcalzone/ansi-tokenize for the codes
// between each character's style and the next one's; that builds three Sets and four arrays per
// character, most of them for neighbours of one style (the diff of a style with itself is empty).
// Answer that case first: measured, diffAnsiCodes was the largest item of the first frame.
const diffHeader = 'export function diffAnsiCodes(from, to) {\n';
const sameStyleFirst = `${diffHeader}    if (from.length === to.length && from.every((code, index) => code.code === to[index].code && code.endCode === to[index].endCode)) {\n        return [];\n    }\n`;
const fastAnsiDiff = {
	name: 'fast-ansi-diff',
	setup(builder) {
		builder.onLoad({filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			if (!source.includes(diffHeader)) {
				console.warn('build: @alcalzone/ansi-tokenize no longer matches the same-style patch; frames will be slower');
				return undefined;
			}

			return {contents: source.replace(diffHeader, sameStyleFirst), loader: 'js'};
		});
	},
};

export const shippedPlugins = [noDevtools, fastStringWidth, lazyStringWidth, lazyMeowNormalize, meowGivenPackage, fastAnsiDiff];
