import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Note} from '../../source/corpus/store.js';
import type {ReviewRequest} from '../../source/screen/commands.js';
import {keys, nextFrame, press, screen, text, type} from '../helpers/ink.js';
import {reports} from '../fixtures/reports.js';

const size = {columns: 100, rows: 30};
afterEach(cleanup);

async function open(props: Partial<Parameters<typeof App>[0]> = {}) {
	const app = render(<App store={{reports}} size={size} {...props}/>);
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	return app;
}

test('the review keys reach the shell with the value under the cursor, and the status line says what it answered', async () => {
	const asked: ReviewRequest[] = [];
	const app = await open({review: request => {
		asked.push(request);
		return 'saved to review.csv';
	}});
	// To a value: the rows narrowed to one indicator, the cursor on 朝阳区's 7,152.
	await type(app, '/行政复议收案');
	await press(app, keys.enter);
	expect(text(app)).toContain('── 朝阳区 2024 · 行政复议收案');
	await press(app, 'x');
	expect(asked).toHaveLength(1);
	expect(asked[0]).toMatchObject({kind: 'decide', verdict: {action: 'rejected'}, target: {kind: 'value'}});
	expect(screen(app).at(-1)).toContain('saved to review.csv');
	// The next key clears the notice; = opens the prompt on the status line, with its keys.
	await press(app, '=');
	expect(screen(app).at(-1)).toMatch(/^更正为: ▏ +Enter 保存  Esc 取消$/u);
	await type(app, '12');
	await press(app, keys.escape);
	expect(asked).toHaveLength(1);
	expect(screen(app).at(-1)).not.toContain('更正为');
});

test('without a review file (--no-review) a decision says it is not recorded', async () => {
	const app = await open();
	await type(app, '/行政复议收案');
	await press(app, keys.enter);
	await press(app, 'c');
	expect(screen(app).at(-1)).toContain('未保存:--no-review 时不记录决定');
});

test('e lists what a review file could not apply after the files skipped, each with its file and record', async () => {
	const notes: Note[] = [{file: 'rol-dash-review.csv', message: 'record 3: confirmed legal_aid.cases "999件" no longer found in seeds/x.txt: orphaned, not applied', kind: 'review'}];
	const app = await open({store: {reports, notes, errors: []}});
	await press(app, 'e');
	expect(text(app)).toContain('核对文件未能应用的决定 (1)');
	expect(text(app)).toContain('rol-dash-review.csv — record 3: confirmed legal_aid.cases "999件" no longer found');
});
