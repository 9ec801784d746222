/**
A small user collection with everything a loader must keep in order: nested
folders, an HTML page, a GB18030 file, duplicates, a link to a file already
seen, a broken link, an empty file, a binary file, a text that is no report,
and file names carrying escape sequences.
*/
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const fixtures = new URL('../fixtures/load/', import.meta.url).pathname;

export type Collection = {readonly root: string; readonly lone: string};

export function makeCollection(copies = 16): Collection {
	const root = mkdtempSync(join(tmpdir(), 'rol-dash-parallel-'));
	const names = readdirSync(seeds).sort();
	for (let copy = 0; copy < copies; copy++) {
		const folder = join(root, `省${copy % 3}`, `市${copy}`);
		mkdirSync(folder, {recursive: true});
		for (const name of names) {
			copyFileSync(join(seeds, name), join(folder, `${copy}-${name}`));
		}
	}

	const odd = join(root, '其他');
	mkdirSync(odd);
	for (const name of ['gov-page.html', 'seed-002.gb18030.txt', 'escapes.txt']) {
		copyFileSync(join(fixtures, name), join(odd, name));
	}

	writeFileSync(join(odd, 'empty.txt'), '');
	writeFileSync(join(odd, 'binary.txt'), Buffer.from([0x41, 0, 0x42, 0]));
	writeFileSync(join(odd, 'notes.txt'), '会议纪要\n今天下雨。\n');
	writeFileSync(join(odd, 'name\u001b[31mred.txt'), '会议纪要\n');
	symlinkSync(join(root, '省0', '市0', `0-${names[0]!}`), join(odd, 'link.txt'));
	symlinkSync(join(root, 'nowhere.txt'), join(odd, 'broken.txt'));
	mkdirSync(join(odd, 'folder.txt.d'));
	const lone = join(root, `lone-${names[1]!}`);
	copyFileSync(join(seeds, names[1]!), lone);
	return {root, lone};
}
