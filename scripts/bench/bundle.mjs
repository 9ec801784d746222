/** Bundles TypeScript of the project into .bench/ for the benchmark to import (the parser, the app). */
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {requireBanner, shippedPlugins} from '../build-plugins.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
Bundles `source` (a path, or `{contents}` of a module written here) as production code
into .bench/NAME.mjs and imports it.
*/
export async function bundle(source, name) {
	return import(pathToFileURL(await bundleOnly(source, name)).href);
}

/** As bundle, without importing it: for a program run in a process of its own. Returns its path. */
export async function bundleOnly(source, name) {
	mkdirSync(join(root, '.bench'), {recursive: true});
	const outfile = join(root, '.bench', `${name}.mjs`);
	await build({
		...(typeof source === 'string' ? {entryPoints: [join(root, source)]} : {stdin: {contents: source.contents, resolveDir: root, loader: 'ts'}}),
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		logLevel: 'warning',
		define: {'process.env.NODE_ENV': '"production"'},
		// The plugins the CLI ships with: the benchmark times the code users run.
		plugins: shippedPlugins,
		banner: {js: requireBanner},
	});
	return outfile;
}
