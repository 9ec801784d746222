/** Bundles a TypeScript entry of the project for the benchmark to import (the parser, the model). */
import {build} from 'esbuild';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';

export async function bundle(entry, name) {
	mkdirSync('.bench', {recursive: true});
	const outfile = join('.bench', `${name}.mjs`);
	await build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		logLevel: 'warning',
		define: {'process.env.NODE_ENV': '"production"'},
		plugins: [{
			name: 'no-devtools',
			setup(builder) {
				builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'x', namespace: 'empty'}));
				builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {}', loader: 'js'}));
			},
		}],
		banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"},
	});
	return import(join(process.cwd(), outfile));
}
