/**
The dashboard's source bundled once for the in-process benchmarks (keypress.mjs,
national.mjs): the app, its per-corpus data, Ink's test renderer, the parser and
the gazetteer, built by esbuild into .bench/ as production React.
*/
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

let loaded;

/** The app, its per-corpus data, the test renderer, the parser and the gazetteer, bundled once from source. */
export async function loadApp() {
	if (loaded === undefined) {
		const outfile = join(root, '.bench', 'keypress-app.mjs');
		await build({
			stdin: {
				contents: [
					"export {App} from './source/app.tsx';",
					"export {viewData} from './source/app/data.ts';",
					"export {initialState} from './source/app/state.ts';",
					"export {cityOf, fullNameOf, gazetteer, provinceOf} from './source/parse/metadata/divisions.ts';",
					"export {loadPinyin} from './source/model/search.ts';",
					"export {parseReport} from './source/parse/index.ts';",
					"export {render} from 'ink-testing-library';",
					"export {createElement} from 'react';",
				].join('\n'),
				resolveDir: root,
				loader: 'ts',
			},
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
					builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty'}));
					builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
				},
			}],
			banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"},
		});
		loaded = await import(pathToFileURL(outfile).href);
	}

	return loaded;
}
