/**
The dashboard's source bundled once for the in-process benchmarks (keypress.mjs,
national.mjs): the app, its per-corpus data, Ink's test renderer, the parser and
the gazetteer, the summaries loader and the details reader, built by esbuild into
.bench/ as production React.
*/
import {bundle} from './bundle.mjs';

let loaded;

/** The app, its per-corpus data, the test renderer, the parser and the gazetteer, bundled once from source. */
export async function loadApp() {
	loaded ??= await bundle({
		contents: [
			"export {App} from './source/app.tsx';",
			"export {viewData} from './source/screen/data.ts';",
			"export {initialState} from './source/screen/state.ts';",
			"export {cityOf, fullNameOf, gazetteer, provinceOf} from './source/parse/metadata/divisions.ts';",
			"export {loadPinyin} from './source/model/search.ts';",
			"export {loadSummaries} from './source/corpus/load.ts';",
			"export {detailsFromFiles} from './source/corpus/details.ts';",
			"export {parseReport} from './source/parse/index.ts';",
			"export {render} from 'ink-testing-library';",
			"export {createElement} from 'react';",
		].join('\n'),
	}, 'keypress-app');
	return loaded;
}
