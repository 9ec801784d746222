// Bundles the CLI into one file: module loading, not rendering, dominates start-up,
// so one pre-linked file starts several times faster than resolving node_modules.
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

await build({
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: false,
	legalComments: 'none',
	plugins: [noDevtools],
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

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

// npm links the bin on install; a fresh build used directly (node dist/cli.js, tmux) needs the bit too.
const {chmodSync} = await import('node:fs');
chmodSync('dist/cli.js', 0o755);
