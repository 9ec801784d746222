// Bundles the CLI into one file: module loading, not rendering, dominates start-up,
// so one pre-linked file starts several times faster than resolving node_modules.
import {build} from 'esbuild';

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
	// Ink loads the devtools bridge only when DEV=true; keep it out of the bundle.
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

// npm links the bin on install; a fresh build used directly (node dist/cli.js, tmux) needs the bit too.
const {chmodSync} = await import('node:fs');
chmodSync('dist/cli.js', 0o755);
