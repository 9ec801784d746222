import {readFileSync} from 'node:fs';
import {Converter} from 'opencc-js/cn2t';
import {describe, expect, test} from 'vitest';
import type {Line} from '../../source/parse/lines.js';
import {readMetadata} from '../../source/parse/metadata/index.js';
import {isTraditional, toSimplified} from '../../source/parse/script.js';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
const toLines = (text: string): Line[] => text.split(/\r?\n/u).map((line, i) => ({text: line, line: i + 1}));

describe('isTraditional', () => {
	test('a traditional title is traditional', () => {
		expect(isTraditional('朝陽區人民政府2024年法治政府建設年度情況報告')).toBe(true);
	});

	test('simplified reports are not, even quoting a traditional name', () => {
		for (const file of ['000_9fca992f16ce8107.txt', '001_52704d554b0368b2.txt', '004_e682de9bac8de13f.txt']) {
			expect(isTraditional(seed(file))).toBe(false);
		}
		expect(isTraditional('区政府与臺灣同胞投资企业座谈,共同推进法治政府建设,会议对有关问题进行了说明。')).toBe(false);
	});

	test('text without Chinese is not traditional', () => {
		expect(isTraditional('')).toBe(false);
		expect(isTraditional('2024 report')).toBe(false);
	});
});

describe('toSimplified', () => {
	test('a traditional title round-trips to its simplified original', () => {
		expect(toSimplified('朝陽區人民政府2024年法治政府建設年度情況報告')).toBe('朝阳区人民政府2024年法治政府建设年度情况报告');
		// Taiwan variants are read too: 著力 (着力) is the case the hk and t presets miss.
		expect(toSimplified('著力推進行政執法與復議工作')).toBe('着力推进行政执法与复议工作');
	});

	test('keeps every line the same length, also where OpenCC would leave the BMP', () => {
		// OpenCC maps 噁 to 𫫇 and 㗲 to 𠵾, outside the BMP (two UTF-16 units): offsets after them would shift.
		for (const text of ['二噁英檢測報告', '㗲', '勣業與功績']) {
			const simplified = toSimplified(text);
			expect(simplified.length).toBe(text.length);
		}
		expect(toSimplified('二噁英檢測報告')).toBe('二噁英检测报告');
	});

	test('a Beijing report served in traditional script parses to the same district as the original', () => {
		const original = seed('000_9fca992f16ce8107.txt');
		const traditional = Converter({from: 'cn', to: 'tw'})(original);
		expect(traditional.split('\n')[0]).toBe('朝陽區人民政府2024年法治政府建設年度情況報告');
		expect(isTraditional(traditional)).toBe(true);

		const converted = toLines(traditional).map(line => ({...line, text: toSimplified(line.text)}));
		const originalLines = toLines(original);
		converted.forEach((line, i) => expect(line.text.length).toBe(originalLines[i]!.text.length));
		expect(converted.map(line => line.text).join('\n')).toBe(original);

		const metadata = readMetadata(converted);
		expect(metadata).toEqual(readMetadata(originalLines));
		expect(metadata.district).toMatchObject({name: '朝阳区', fullName: '北京市朝阳区', code: '110105'});
		expect(metadata.year).toBe(2024);
	});
});
