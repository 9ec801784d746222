import {readdirSync, readFileSync} from 'node:fs';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {parseReport} from '../../source/parse/index.js';
import {nextFrame, press, screen} from '../helpers/ink.js';

const seeds = new URL('../../seeds/', import.meta.url);
// The seeds as the parser reads them: their facts carry the why the pane shows.
const reports = readdirSync(seeds).sort().map(name => parseReport(readFileSync(new URL(name, seeds), 'utf8'), {file: name}));

afterEach(cleanup);

test('the dashboard\'s detail pane says which rule read the value under the cursor', async () => {
	const app = render(<App store={{reports}} size={{columns: 100, rows: 30}} view="indicator"/>);
	await nextFrame(app, 0);
	await nextFrame(app, app.frames.length, 2);
	await press(app, 'j');
	const pane = screen(app).join('\n');
	expect(pane).toMatch(/识别依据: rule [a-z_]+\.[a-z_]+: \S/u);
});
