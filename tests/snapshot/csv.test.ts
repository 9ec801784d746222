import {describe, expect, test} from 'vitest';
import {renderSnapshot} from '../../source/snapshot/index.js';
import {wholeStore} from '../../source/corpus/store.js';
import {factCount, reports} from '../fixtures/reports.js';
import {parseCsvRecords} from '../helpers/csv.js';

const parse = parseCsvRecords;

const header = 'district,code,year,indicator,label_zh,label_en,value,unit,approx,derived,file,line,sentence,headline,section,yoy_kind,yoy_value,derived_formula,shown,report_id,review,original_value';
const csv = (filters = {}) => renderSnapshot(wholeStore(reports), {format: 'csv', filters});

describe('csv snapshot', () => {
	test('UTF-8 with a byte-order mark, the header first, CRLF line ends', () => {
		const output = csv();
		expect(output.startsWith('\uFEFF' + header + '\r\n')).toBe(true);
		expect(output.endsWith('\r\n')).toBe(true);
		expect(output.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	test('one row per fact, headline or not, derived or not', () => {
		const records = parse(csv().slice(1));
		expect(records).toHaveLength(1 + factCount);
		expect(records.filter(record => record[3] === 'litigation.head_appearances').map(record => record[6])).toEqual(['12', '281', '4']);
	});

	test('a sentence with a comma and a quote is quoted, quotes doubled, and reads back whole', () => {
		const output = csv();
		expect(output).toContain(',"全年主动公开政府信息2.15万条,""政策解读""栏目发布解读材料312篇。",');
		const row = parse(output.slice(1)).find(record => record[3] === 'transparency.disclosed');
		expect(row?.slice(0, 15)).toEqual(['朝阳区', '110105', '2024', 'transparency.disclosed', '主动公开政府信息', 'Information proactively disclosed', '21500', '条', 'false', 'false', 'seeds/000_9fca992f16ce8107.txt', '16', '全年主动公开政府信息2.15万条,"政策解读"栏目发布解读材料312篇。', 'true', row?.[14]]);
		expect(row?.slice(15, 19)).toEqual(['', '', '', 'true']);
	});

	test('a derived value stands for its own year and says it is derived; a zone has no code', () => {
		const records = parse(csv({indicator: ['petitions']}).slice(1));
		expect(records.slice(1).map(record => [record[0], record[2], record[6], record[8], record[9]])).toEqual([
			['朝阳区', '2024', '18426', 'false', 'false'],
			['朝阳区', '2023', '24055', 'true', 'true'],
			['江北区', '2024', '4480', 'false', 'false'],
		]);
		const zone = parse(csv({district: ['开封市示范区']}).slice(1))[1];
		expect(zone?.slice(0, 3)).toEqual(['开封市示范区', '', '2024']);
	});
});
