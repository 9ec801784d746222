import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {Readable} from 'node:stream';
import {afterAll, describe, expect, it} from 'vitest';

import {loadDocuments as loadPaths} from '../../source/corpus/documents.js';
import {stdinName} from '../../source/load/index.js';
import {reasonForError} from '../../source/load/reasons.js';
import {findReports} from '../../source/load/walk.js';

const seed = readFileSync(new URL('../../seeds/002_1867eea4f21729fd.txt', import.meta.url), 'utf8');
const fixtures = new URL('../fixtures/load/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'rol-dash-load-'));
afterAll(() => {
	rmSync(root, {recursive: true, force: true});
});

let count = 0;
/** A fresh folder with these files (string → UTF-8, bytes as given). */
function folder(files: Record<string, string | Uint8Array>): string {
	const dir = join(root, `case-${count++}`);
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), {recursive: true});
		writeFileSync(join(dir, name), content);
	}

	mkdirSync(dir, {recursive: true});
	return dir;
}

async function reasonFor(path: string): Promise<string | undefined> {
	const {documents, errors} = await loadPaths([path]);
	expect(documents).toEqual([]);
	expect(errors).toHaveLength(1);
	expect(errors[0]?.file).toBe(path);
	return errors[0]?.reason;
}

describe('loadPaths skips with one reason naming the file', () => {
	it('not found', async () => {
		expect(await reasonFor(join(root, '没有这个文件.txt'))).toBe('not found');
	});

	it('broken symbolic link, named or inside a folder', async () => {
		const dir = folder({});
		const link = join(dir, '朝阳区2023.txt');
		symlinkSync(join(dir, 'gone.txt'), link);
		expect(await reasonFor(link)).toBe('broken symbolic link');
		const {errors} = await loadPaths([dir]);
		expect(errors).toEqual([{file: link, reason: 'broken symbolic link'}, {file: dir, reason: 'no report files (.txt .md .html .htm) in folder'}]);
	});

	it('empty file, or only whitespace', async () => {
		const dir = folder({'empty.txt': '', 'blank.md': ' \r\n\t\u3000\n'});
		expect(await reasonFor(join(dir, 'empty.txt'))).toBe('empty file');
		expect(await reasonFor(join(dir, 'blank.md'))).toBe('empty file (only whitespace)');
	});

	it('binary (NUL bytes) and undecodable', async () => {
		const dir = folder({'scan.txt': Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'odd.txt': Uint8Array.from([0x41, 0xff, 0xfe, 0xff, 0x80])});
		expect(await reasonFor(join(dir, 'scan.txt'))).toBe('binary file (NUL bytes)');
		expect(await reasonFor(join(dir, 'odd.txt'))).toBe('not decodable as UTF-8, UTF-16 or GB18030');
	});

	it('larger than the limit (default 20 MB), without reading it', async () => {
		const dir = folder({'big.txt': ''});
		truncateSync(join(dir, 'big.txt'), Math.ceil(31.2 * 1024 * 1024));
		expect(await reasonFor(join(dir, 'big.txt'))).toBe('larger than 20 MB (31.2 MB)');
		const small = folder({'a.txt': '甲'.repeat(1000)});
		const {errors} = await loadPaths([join(small, 'a.txt')], {maxBytes: 2048});
		expect(errors).toEqual([{file: join(small, 'a.txt'), reason: 'larger than 2 KB (2.9 KB)'}]);
	});

	it('a folder with no report files', async () => {
		const dir = folder({'scan.pdf': 'x', 'sub/photo.jpg': 'x', '.hidden.txt': '甲'});
		expect(await reasonFor(dir)).toBe('no report files (.txt .md .html .htm) in folder');
	});

	it('not a regular file (a FIFO would block)', async () => {
		const fifo = join(folder({}), 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		expect(await reasonFor(fifo)).toBe('not a regular file');
	});

	// Root reads any file whatever its mode, so chmod 000 cannot deny it here.
	const isRoot = process.getuid?.() === 0;
	it.skipIf(isRoot)('permission denied (skipped when running as root: chmod 000 does not deny root)', async () => {
		const dir = folder({'secret.txt': '甲'});
		chmodSync(join(dir, 'secret.txt'), 0o000);
		expect(await reasonFor(join(dir, 'secret.txt'))).toBe('permission denied');
	});

	it('permission denied, from the error the file system gives', () => {
		for (const code of ['EACCES', 'EPERM']) {
			expect(reasonForError(Object.assign(new Error(code), {code}))).toBe('permission denied');
		}

		expect(reasonForError(Object.assign(new Error('x'), {code: 'EIO'}))).toBe('cannot read (EIO)');
	});
});

describe('loadPaths loads the rest', () => {
	it('searches folders recursively in sorted order; the rest load when some fail', async () => {
		const dir = folder({
			'b.txt': '乙',
			'a/c.md': '丙',
			'a/b.htm': '<p>丁</p>',
			'Z.TXT': '戊',
			'a/empty.txt': '',
			'notes.pdf': '%PDF',
			'.git/x.txt': '己',
		});
		const {documents, errors} = await loadPaths([dir, join(root, 'missing')]);
		expect(documents.map(document => [document.file.slice(dir.length + 1), document.text])).toEqual([['Z.TXT', '戊'], ['a/b.htm', '丁'], ['a/c.md', '丙'], ['b.txt', '乙']]);
		expect(errors).toEqual([{file: join(dir, 'a/empty.txt'), reason: 'empty file'}, {file: join(root, 'missing'), reason: 'not found'}]);
	});

	it('loads each file once, however it is reached, and ends link loops', async () => {
		const dir = folder({'朝阳区2023.txt': seed});
		symlinkSync(dir, join(dir, 'loop'));
		symlinkSync(join(dir, '朝阳区2023.txt'), join(dir, 'latest.txt'));
		const {documents, errors} = await loadPaths([dir, join(dir, '朝阳区2023.txt')]);
		expect(errors).toEqual([]);
		expect(documents).toHaveLength(1);
	});

	it('knows a file reached through a linked folder for the file it is', async () => {
		const dir = folder({'a/朝阳区2023.txt': seed, 'b/海淀区2023.txt': seed});
		const linked = join(root, 'linked-folder');
		symlinkSync(join(dir, 'a'), linked);
		const {documents, errors} = await loadPaths([join(linked, '朝阳区2023.txt'), dir, linked]);
		expect(errors).toEqual([]);
		expect(documents.map(document => document.file)).toEqual([join(linked, '朝阳区2023.txt'), join(dir, 'b/海淀区2023.txt')]);
	});

	it('decodes, sanitizes and adds hints and format', async () => {
		const dir = folder({
			'2023年朝阳区法治政府建设报告.txt': Buffer.from(`\uFEFF${seed.replaceAll('\n', '\r\n')}`, 'utf16le'),
			'page.txt': '<!DOCTYPE html><html><body><nav>首页</nav><p>正文\u001B[2J。</p></body></html>',
		});
		const {documents} = await loadPaths([dir, join(fixtures, 'seed-002.gb18030.txt')]);
		expect(documents.map(({text, ...rest}) => rest)).toEqual([
			{file: join(dir, '2023年朝阳区法治政府建设报告.txt'), hints: {district: '朝阳区', year: 2023}, encoding: 'utf-16le', format: 'text', replaced: 0},
			{file: join(dir, 'page.txt'), hints: {}, encoding: 'utf-8', format: 'html', replaced: 0},
			{file: join(fixtures, 'seed-002.gb18030.txt'), hints: {}, encoding: 'gb18030', format: 'text', replaced: 0},
		]);
		expect(documents.map(document => document.text)).toEqual([seed, '正文。', seed]);
	});
});

describe('loadPaths reads - from the given stream', () => {
	it('reads one report', async () => {
		const stdin = Readable.from([Buffer.from(seed.slice(0, 10)), Buffer.from(seed.slice(10))]);
		const {documents, errors} = await loadPaths(['-'], {stdin});
		expect(errors).toEqual([]);
		expect(documents).toEqual([{file: stdinName, text: seed, hints: {}, encoding: 'utf-8', format: 'text', replaced: 0}]);
	});

	it('reports a second -, an empty stream and one over the limit', async () => {
		const twice = await loadPaths(['-', '-'], {stdin: Readable.from([Buffer.from('甲')])});
		expect(twice.errors).toEqual([{file: '<stdin>', reason: 'stdin given more than once'}]);
		expect((await loadPaths(['-'], {stdin: Readable.from([])})).errors).toEqual([{file: '<stdin>', reason: 'empty file'}]);
		const big = Readable.from([Buffer.alloc(1024, 0x61), Buffer.alloc(1024, 0x61)]);
		expect((await loadPaths(['-'], {stdin: big, maxBytes: 1500})).errors).toEqual([{file: '<stdin>', reason: 'larger than 1.5 KB'}]);
	});
});

describe('findReports', () => {
	it('names every file as join() names it, however its folder was written', async () => {
		const written = ['tests/fixtures/load', './tests/fixtures/load/', 'tests//fixtures/load', 'tests/fixtures/load/../load'];
		const [first, ...others] = await Promise.all(written.map(async folder => findReports(folder)));
		expect(first!.files.length).toBeGreaterThan(0);
		for (const [k, found] of others.entries()) {
			expect(found.files).toEqual(first!.files.map(file => join(written[k + 1]!, relative('tests/fixtures/load', file))));
			expect(found.keys).toEqual(first!.keys);
		}
	});

	it('tells how many files it has found as it goes', async () => {
		const dir = folder({'a/1.txt': '甲', 'a/2.txt': '乙', 'b/3.md': '丙', '4.html': '丁', 'c/notes.pdf': '%PDF'});
		const counts: number[] = [];
		const found = await findReports(dir, {onFound: count => counts.push(count)});
		expect(found.files).toHaveLength(4);
		expect(counts.at(-1)).toBe(4);
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
	});
});
