import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import {loadPinyin} from '../../source/model/search.js';
import {years} from '../fixtures/units.js';
import {yearLines, type YearLine} from '../../source/model/index.js';
import type {Line} from '../../source/views/line.js';
import {seriesTokens} from '../../source/views/theme.js';
import {yearCharts} from '../../source/views/year-charts.js';
import {received, reports} from '../fixtures/reports.js';


// 朝阳区 2023–2024 (6,413 → 7,152) from the fixtures; 海淀区 without 2023; 丰台区 three years.
const districts = [
	...reports,
	received('海淀区', '110108', 2022, 5200),
	received('海淀区', '110108', 2024, 6900),
	received('丰台区', '110106', 2021, 3000),
	received('丰台区', '110106', 2022, 3500),
	received('丰台区', '110106', 2024, 4000),
];
const lines = (corpus = districts): YearLine[] => {
	const all = yearLines(corpus, 'reconsideration.received');
	// The cursor's district first, as the view orders them.
	return [...all.filter(line => line.name.zh === '朝阳区'), ...all.filter(line => line.name.zh !== '朝阳区')];
};

const text = (line: Line) => line.map(span => span.text).join('');
const charts = (input: Partial<Parameters<typeof yearCharts>[0]> = {}) => yearCharts({lines: lines(), unit: '件', lang: 'zh', width: 80, room: 16, ...input});
/** The plot's rows: those with a tick label and the axis bar. */
const plotRows = (drawn: readonly Line[]) => drawn.map(text).filter(line => /^ *[\d,.]+ ?[┤┼]/.test(line));
const tickOf = (row: string) => Number(row.split(/ ?[┤┼]/)[0]!.replaceAll(',', ''));

describe('the indicator view\'s chart over the years', () => {
	test('the districts share one chart: one scale from the lowest value to the highest, a legend naming each district by its mark', () => {
		const drawn = charts();
		const shown = drawn.map(text);
		expect(shown.slice(0, 3)).toEqual([
			'● 朝阳区  2023 6,413 → 2024 7,152',
			'■ 海淀区  2022 5,200 → 2024 6,900',
			'▲ 丰台区  2021 3,000 → 2022 3,500 → 2024 4,000',
		]);
		const rows = plotRows(drawn);
		// One plot, not one per district: its ticks run once from the highest value of all to the lowest.
		expect(tickOf(rows[0]!)).toBe(7152);
		expect(tickOf(rows.at(-1)!)).toBe(3000);
		expect(rows.filter(row => tickOf(row) === 7152)).toHaveLength(1);
		// Every year a district has carries its mark; 丰台区's 3,000 on the bottom row, 朝阳区's 7,152 on the top.
		expect(rows.join('\n').match(/●/g)).toHaveLength(2);
		expect(rows.join('\n').match(/■/g)).toHaveLength(2);
		expect(rows.join('\n').match(/▲/g)).toHaveLength(3);
		expect(rows.at(-1)).toContain('▲');
		expect(rows[0]).toContain('●');
		// The years under the plot, 2023 included though only 朝阳区 has it.
		expect(shown.at(-1)).toMatch(/^ +2021 +2022 +2023 +2024$/);
	});

	test('each district in its own colour token, marks included, so a colour means one district', () => {
		const drawn = charts();
		const toneOf = (mark: string) => new Set(drawn.slice(3).flat().filter(span => span.text.includes(mark)).map(span => span.tone));
		expect([...toneOf('●')]).toEqual([seriesTokens[0]]);
		expect([...toneOf('■')]).toEqual([seriesTokens[1]]);
		expect([...toneOf('▲')]).toEqual([seriesTokens[2]]);
		expect(drawn[1]![0]).toMatchObject({text: '■ 海淀区', tone: seriesTokens[1]});
	});

	test('a year a district lacks is left blank, not bridged', () => {
		const drawn = charts({lines: lines().filter(line => line.name.zh === '海淀区')});
		const rows = plotRows(drawn);
		const axis = text(drawn.at(-1)!);
		const under2023 = axis.indexOf('2023');
		// Nothing of 海淀区's line in the columns of 2023, on any row.
		expect(rows.map(row => row.slice(under2023, under2023 + 4).trim())).toEqual(rows.map(() => ''));
		expect(rows.map(row => row.slice(axis.indexOf('2022'), axis.indexOf('2022') + 4).trim()).join('')).not.toBe('');
	});

	test('the plot takes the room it is given', () => {
		expect(charts({room: 30})).toHaveLength(30);
		expect(plotRows(charts({room: 30}))).toHaveLength(30 - 3 - 1);
		// On a small screen the districts that fit, over a plot of four lines; the rest counted when a line is left for it.
		expect(charts({room: 6}).map(text)[0]).toBe('● 朝阳区  2023 6,413 → 2024 7,152');
		expect(plotRows(charts({room: 6}))).toHaveLength(4);
		expect(charts({room: 7}).map(text).slice(0, 3)).toEqual(['● 朝阳区  2023 6,413 → 2024 7,152', '■ 海淀区  2022 5,200 → 2024 6,900', expect.stringMatching(/^7,152 ┤/)]);
		expect(plotRows(charts({room: 7}))).toHaveLength(4);
		const many = ['东城区', '西城区', '石景山区', '通州区', '顺义区', '昌平区', '大兴区'].flatMap((name, index) => [2023, 2024].map(year => received(name, String(110_101 + index), year, 1000 + (index * 100) + year - 2023)));
		expect(charts({lines: yearLines(many, 'reconsideration.received'), room: 20}).map(text).at(-1)).toBe('+1个地区未画出');
		// A fixed plot height (a snapshot's) instead.
		expect(plotRows(charts({room: 1000, plot: 8}))).toHaveLength(8);
	});

	test('when the districts differ by orders of magnitude, one chart per district on its own scale, and it says so', () => {
		const corpus = [...reports, received('延庆区', '110119', 2022, 12), received('延庆区', '110119', 2024, 20)];
		const drawn = charts({lines: lines(corpus), room: 20});
		const shown = drawn.map(text);
		expect(shown[0]).toBe('各地区数值相差100倍以上:每个地区一张图,各用各的刻度');
		expect(shown.filter(line => /^(朝阳区|延庆区)  /.test(line))).toEqual(['朝阳区  2023 6,413 → 2024 7,152', '延庆区  2022 12 → 2024 20']);
		const rows = plotRows(drawn).map(tickOf);
		// Two scales: 朝阳区's from 7,152 down to 6,413, then 延庆区's from 20 down to 12.
		expect(rows[0]).toBe(7152);
		expect(rows).toContain(6413);
		expect(rows.slice(rows.indexOf(6413) + 1)[0]).toBe(20);
		expect(rows.at(-1)).toBe(12);
		// Squeezed, still both districts, each a plot of three lines.
		expect(plotRows(charts({lines: lines(corpus), room: 11}))).toHaveLength(6);
		expect(charts({lines: lines(corpus), lang: 'en', room: 20}).map(text)[0]).toBe('Scales differ 100× or more: one chart per district, each on its own scale');
	});

	test('a factor under 100 stays on one chart', () => {
		const corpus = [...reports, received('延庆区', '110119', 2022, 72), received('延庆区', '110119', 2024, 80)];
		expect(charts({lines: lines(corpus)}).map(text)[0]).toBe('● 朝阳区  2023 6,413 → 2024 7,152');
	});

	test('the legend names the districts in the label language, and lists a year in another measure apart, unplotted', async () => {
		await loadPinyin();
		const english = charts({lang: 'en'}).map(text);
		expect(english.slice(0, 3).map(line => line.split('  ')[0])).toEqual(['● Chaoyang District', '■ Haidian District', '▲ Fengtai District']);
		const trained = indicatorById('training.officials')!;
		const drawn = yearCharts({lines: yearLines(years, trained.id), unit: trained.unit, lang: 'zh', width: 80, room: 10});
		expect(text(drawn[0]!)).toBe('● 东城区  2023 2,000 → 2024 2,570   2022 1,800人≠');
		expect(plotRows(drawn).map(tickOf)).not.toContain(1800);
		expect(text(drawn.at(-1)!)).toMatch(/^ +2023 +2024$/);
	});
});
