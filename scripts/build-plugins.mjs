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

/**
A plugin that rewrites one dependency file as it loads. `patch` returns the new source, or
undefined when the text it expects is gone (a new release): then the file builds as it is,
and the build says what that costs.
*/
function sourcePatch({name, file, patch, otherwise}) {
	return {
		name,
		setup(builder) {
			builder.onLoad({filter: file}, async args => {
				const contents = patch(await readFile(args.path, 'utf8'));
				if (contents === undefined) {
					console.warn(`build: ${path.relative(root, args.path)} no longer matches the ${name} patch; ${otherwise}`);
					return undefined;
				}

				return {contents, loader: 'js'};
			});
		},
	};
}

/** A patch replacing one expected piece of text. */
const replacing = (expected, replacement) => source => (source.includes(expected) ? source.replace(expected, replacement) : undefined);

// meow's bundled dependencies build normalize-package-data (and its SPDX licence tables)
// the moment they load, some 70 ms, though meow normalises package.json only when asked
// for it, which rol-dash never does. Defer that one call until it is used.
const lazyMeowNormalize = sourcePatch({
	name: 'lazy-meow-normalize',
	file: /meow[\\/]build[\\/]dependencies\.js$/,
	patch: replacing(
		'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
	),
	otherwise: 'start-up will be slower',
});

// rol-dash hands meow its package.json (cli.tsx imports it), so meow never needs to look for one
// or normalise it. With those two imports of its options module replaced, the bundler drops
// read-package-up, parse-json with Babel's code frame, normalize-package-data, semver and the SPDX
// tables: most of the CLI file that every start compiles.
const meowGivenPackage = sourcePatch({
	name: 'meow-given-package',
	file: /meow[\\/]build[\\/]options\.js$/,
	patch: replacing(
		"import { a as readPackageUpSync, n as normalizePackageData } from './dependencies.js';",
		[
			"const readPackageUpSync = () => { throw new Error('rol-dash gives meow its package.json (the pkg option)'); };",
			'const normalizePackageData = () => {};',
		].join('\n'),
	),
	otherwise: 'the CLI will be larger',
});

// string-width builds a grapheme Segmenter and an emoji pattern the moment it loads (ICU data:
// 25–80 ms measured here), though display-width.ts asks it only about emoji, combining marks and
// the like, which most runs never meet. Build them on its first call instead.
const stringWidthExport = 'export default function stringWidth(';
const lazyStringWidth = sourcePatch({
	name: 'lazy-string-width',
	file: /[\\/]string-width[\\/]index\.js$/,
	patch(source) {
		const lines = source.split('\n');
		const imports = lines.filter(line => line.startsWith('import '));
		const body = lines.filter(line => !line.startsWith('import ')).join('\n');
		if (body.split(stringWidthExport).length !== 2 || body.includes('export ', body.indexOf(stringWidthExport) + 1)) {
			return undefined;
		}

		return `${imports.join('\n')}\nfunction load() {\n${body.replace(stringWidthExport, 'function stringWidth(')}\nreturn stringWidth;\n}\nlet loaded;\nexport default function lazyStringWidth(input, options) {\n\treturn (loaded ??= load())(input, options);\n}\n`;
	},
	otherwise: 'start-up will be slower',
});

// Ink writes every frame character by character, asking @alcalzone/ansi-tokenize for the codes
// between each character's style and the next one's; that builds three Sets and four arrays per
// character, most of them for neighbours of one style (the diff of a style with itself is empty).
// Answer that case first: measured, diffAnsiCodes was the largest item of the first frame.
const diffHeader = 'export function diffAnsiCodes(from, to) {\n';
const fastAnsiDiff = sourcePatch({
	name: 'fast-ansi-diff',
	file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/,
	patch: replacing(diffHeader, `${diffHeader}    if (from.length === to.length && from.every((code, index) => code.code === to[index].code && code.endCode === to[index].endCode)) {\n        return [];\n    }\n`),
	otherwise: 'frames will be slower',
});

export const shippedPlugins = [noDevtools, fastStringWidth, lazyStringWidth, lazyMeowNormalize, meowGivenPackage, fastAnsiDiff];
