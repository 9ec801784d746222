/**
What a start loads, read from the bundler's record of the build (npm test builds
first): a snapshot of the bundled reports must load neither Ink nor the parser,
which together were most of a slow start. Guards the structure, not a timing.
*/
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';

type Metafile = {outputs: Record<string, {imports: Array<{path: string; kind: string}>; inputs: Record<string, unknown>}>};

const metaPath = '.bench/build-meta.json';

function loadedBy(meta: Metafile, entry: string): string[] {
	const seen = new Set<string>();
	const visit = (output: string) => {
		if (seen.has(output) || meta.outputs[output] === undefined) {
			return;
		}

		seen.add(output);
		// Static imports load with their importer; dynamic ones only when reached.
		for (const each of meta.outputs[output]!.imports) {
			if (each.kind === 'import-statement') {
				visit(each.path);
			}
		}
	};

	visit(entry);
	return [...seen].flatMap(output => Object.keys(meta.outputs[output]!.inputs));
}

describe('start path', () => {
	test('the CLI and a text snapshot load neither Ink, React, the parser nor the pinyin dictionary until they need them', () => {
		expect(existsSync(metaPath), `${metaPath} is written by npm run build`).toBe(true);
		const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile;
		const snapshot = Object.keys(meta.outputs).find(output => /chunks\/snapshot-\w+\.js$/.test(output));
		expect(snapshot).toBeDefined();
		const modules = [...loadedBy(meta, 'dist/cli.js'), ...loadedBy(meta, snapshot!)];
		expect(modules).toContain('source/views/table-lines.ts');
		expect(modules.filter(module => /node_modules\/(ink|react|react-reconciler|yoga-layout|pinyin-pro)\/|source\/parse\/|opencc/.test(module))).toEqual([]);
	});
});
