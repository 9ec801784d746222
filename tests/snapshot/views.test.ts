import {stripVTControlCharacters} from 'node:util';
import {describe, expect, test} from 'vitest';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {reports} from '../fixtures/reports.js';

const text = (options: Partial<Parameters<typeof renderSnapshot>[1]>) => stripVTControlCharacters(renderSnapshot(wholeStore(reports), {format: 'text', ...options}));

describe('views as text snapshots', () => {
	test('district: the first district after the filters, a column per year, derived years marked', () => {
		const lines = text({view: 'district'}).split('\n');
		expect(lines[0]).toBe('朝阳区 · 北京市朝阳区 · 110105');
		expect(lines[1]).toMatch(/^指标 +单位 +2023 +2024 +分布$/);
		expect(lines.find(line => line.startsWith('信访总量'))).toMatch(/^信访总量 +件次 +≈24,055\* +18,426 +█▁$/);
		expect(lines.at(-2)).toMatch(/^— 未披露/);
	});

	test('district named by --district', () => {
		const lines = text({view: 'district', filters: {district: ['门头沟']}}).split('\n');
		expect(lines[0]).toBe('门头沟区 · 北京市门头沟区 · 110109');
		expect(lines[1]).toMatch(/^指标 +单位 +2020 +分布$/);
	});

	test('indicator named by --indicator: ranked bars with values', () => {
		const lines = text({view: 'indicator', filters: {indicator: ['reconsideration.received']}}).split('\n');
		expect(lines[0]).toMatch(/^行政复议收案 · Reconsideration cases received · 件 · 无优劣之分 · 3\/4$/);
		// Ranked on 2024, one bar per district; 门头沟区's value is 2020's: shown with its year, after the ranked, no bar.
		expect(lines.slice(1, 5).map(line => line.replace(/ +[█▏▎▍▌▋▊▉]* *(\S+)$/, ' $1'))).toEqual([
			'朝阳区 2024 7,152',
			'开封市示范区 2024 47',
			'门头沟区 ←2020 24',
			'江北区 2024 —',
		]);
		expect(lines[3]).toMatch(/^门头沟区 ←2020 +24$/);
		// 朝阳区 has two years of it: a chart over them follows the bars, its legend first, as the dashboard draws it.
		expect(lines[5]).toBe('● 朝阳区  2023 6,413 → 2024 7,152');
		expect(lines.slice(6, 14).map(line => line.split(' ┤')[0]!.trim())).toEqual(['7,152', '7,046', '6,941', '6,835', '6,730', '6,624', '6,519', '6,413']);
		expect(lines[6]).toMatch(/┤ +╭─+●─+$/);
		expect(lines[13]).toMatch(/┤─+●─+╯$/);
		expect(lines[14]).toMatch(/^ +2023 +2024$/);
	});

	test('coverage: a mark per indicator and report, the disclosure rate on top', () => {
		const lines = text({view: 'coverage'}).split('\n');
		expect(lines[0]).toMatch(/^指标 +朝阳区 2024 +门头沟区 ←2020 +江北区 2024 +开封市示范区 2024 +披露数$/);
		expect(lines[2]).toMatch(/^披露率 \(34\) +9 · 26% +4 · 12% +4 · 12% +2 · 6% +4$/);
		expect(lines.find(line => line.startsWith('信访总量'))).toMatch(/^信访总量 +● +· +● +· +2\/4$/);
	});

	test('compare stays the default view', () => {
		expect(text({})).toBe(text({view: 'compare'}));
	});
});
