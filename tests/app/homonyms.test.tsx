/**
Two loaded districts named 朝阳区 (北京市's 110105, 长春市's 220104): what a person sees
must tell them apart, on screen and in every snapshot.
*/
import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {wholeStore} from '../../source/corpus/store.js';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {renderMarkdown} from '../../source/snapshot/markdown.js';
import {loadPinyin} from '../../source/model/pinyin.js';
import {keys, nextFrame, press, screen} from '../helpers/ink.js';
import {tableHeader} from '../helpers/table.js';
import {changchunChaoyang2024, chaoyang2023, chaoyang2024, reports} from '../fixtures/reports.js';

const loaded = [...reports, changchunChaoyang2024];
// The test terminal is 100 columns: few enough districts that the dashboard opens on all of them, not a peer group.
const onScreen = [chaoyang2024, chaoyang2023, changchunChaoyang2024];
const size = {columns: 100, rows: 30};

async function open(lang: 'zh' | 'en' = 'zh') {
	const app = render(<App store={{reports: onScreen}} size={size} lang={lang}/>);
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	return app;
}

const header = (lines: readonly string[], first: string) => lines.find(line => line.startsWith(first))!;

afterEach(cleanup);

describe('districts that share a name', () => {
	test('the compare view heads each column with the city that tells them apart', async () => {
		const app = await open();
		const line = header(screen(app), '指标');
		// One column per district: 北京's 朝阳区 on 2024 like 长春's, its 2023 one key (Y) away.
		expect(line).toMatch(/朝阳区·北京 2024 +朝阳区·长春 2024/);
		expect(line).not.toMatch(/朝阳区 20/);
	});

	test('and so does the English dashboard, in pinyin with the city in brackets', async () => {
		await loadPinyin();
		const app = await open('en');
		// Both fit side by side, each header wrapped above its year; 北京's 2023 is one key (Y) away.
		const line = tableHeader(screen(app), 'Indicator');
		expect(line).toMatch(/Chaoyang \(Beijing\) 2024 +Chaoyang \(Changchun\) 2024/);
		// Nothing else in Chinese either, but the file the detail pane cites, named as it is.
		expect(screen(app).filter(each => !each.includes('.txt')).join('\n')).not.toMatch(/\p{Script=Han}/u);
		await press(app, 'Y');
		expect(tableHeader(screen(app), 'Indicator')).toMatch(/Chaoyang \(Beijing\) ←2023 +Chaoyang \(Changchun\) 2024/);
	});

	test('the detail pane and the coverage view name the district the same way', async () => {
		const app = await open();
		expect(screen(app).some(line => line.startsWith('── 朝阳区·北京 2024 · '))).toBe(true);
		await press(app, keys.tab, keys.tab, keys.tab);
		expect(header(screen(app), '指标')).toMatch(/朝阳区·北京 2024 +朝阳区·长春 2024/);
	});

	test('the text snapshot, in both languages, and the Markdown one', async () => {
		await loadPinyin();
		const text = (lang: 'zh' | 'en') => stripVTControlCharacters(renderSnapshot(wholeStore(loaded), {format: 'text', lang})).split('\n');
		expect(header(text('zh'), '指标')).toMatch(/朝阳区·北京 2024 +门头沟区 ←2020 .*朝阳区·长春 2024/);
		expect(header(text('en'), 'Indicator')).toMatch(/Chaoyang \(Beijing\) 2024 +Mentougou District ←2020 .*Chaoyang \(Changchun\) 2024/);
		const markdown = (lang: 'zh' | 'en') => renderSnapshot(wholeStore(loaded), {format: 'md', lang}).split('\n');
		expect(markdown('zh')[0]).toMatch(/^\| 指标 \| 单位 \| 朝阳区·北京 2024 \| 门头沟区 ←2020 \| .*\| 朝阳区·长春 2024 \|/);
		expect(markdown('en')[0]).toMatch(/^\| Indicator \| Unit \| Chaoyang \(Beijing\) 2024 \| Mentougou District ←2020 \| .*\| Chaoyang \(Changchun\) 2024 \|/);
	});

	test('Markdown lists a second file of a district by the same label', () => {
		const again = {...changchunChaoyang2024, file: 'reports/长春朝阳区2024-副本.txt'};
		const markdown = renderMarkdown(loaded, {hidden: [again]});
		expect(markdown).toMatch(/^- 朝阳区·长春 2024: reports\/长春朝阳区2024/mu);
	});

	test('the district and indicator views, as text', () => {
		const view = (name: 'district' | 'indicator') => stripVTControlCharacters(renderSnapshot(wholeStore(loaded), {format: 'text', view: name}));
		expect(view('district')).toMatch(/^朝阳区·北京 · 北京市朝阳区 · 110105/);
		expect(view('indicator')).toContain('朝阳区·长春 2024');
	});

	test('the district and indicator views in English name them in pinyin, the title too', async () => {
		await loadPinyin();
		const view = (name: 'district' | 'indicator') => stripVTControlCharacters(renderSnapshot(wholeStore(loaded), {format: 'text', view: name, lang: 'en'}));
		expect(view('district')).toMatch(/^Chaoyang \(Beijing\) · Beijing Chaoyang District · 110105/);
		expect(view('indicator')).toContain('Chaoyang (Changchun) 2024');
	});

	test('CSV keeps the district as written: its fields are unchanged', () => {
		const csv = renderSnapshot(wholeStore(loaded), {format: 'csv'});
		expect(csv).not.toContain('朝阳区·');
		expect(csv).toContain('朝阳区,220104');
	});
});
