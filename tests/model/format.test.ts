import {describe, expect, test} from 'vitest';
import {indicatorById} from '../../source/catalog/indicators.js';
import {formatCell, formatNumber, trendOf, unitLabel} from '../../source/model/index.js';
import {units} from '../../source/parse/quantities/units.js';
import {chaoyang2024, fact, jiangbei2024, mentougou2020} from '../fixtures/reports.js';

const indicator = (id: string) => indicatorById(id)!;
const first = (id: string, derived = false) => chaoyang2024.facts.find(each => each.indicator === id && (each.derived !== null) === derived)!;

describe('formatNumber', () => {
	test('thousands separators', () => {
		expect(formatNumber(7152, '件')).toBe('7,152');
		expect(formatNumber(1045, '件')).toBe('1,045');
		expect(formatNumber(65, '件')).toBe('65');
	});

	test('percentages keep their decimals and sign', () => {
		expect(formatNumber(2.7, '%')).toBe('2.7%');
		expect(formatNumber(39.95, '%')).toBe('39.95%');
		expect(formatNumber(100, '%')).toBe('100%');
	});

	test('万 and 亿 in text views, from 100,000 up', () => {
		expect(formatNumber(116_000, '人次', {wan: true})).toBe('11.6万');
		expect(formatNumber(420_000, '人次', {wan: true})).toBe('42万');
		expect(formatNumber(99_999, '人次', {wan: true})).toBe('99,999');
		expect(formatNumber(4_216_000_000, '元', {wan: true})).toBe('42.16亿');
		expect(formatNumber(116_000, '人次')).toBe('116,000');
	});
});

describe('formatCell', () => {
	test('— for not disclosed, which is not 0', () => {
		expect(formatCell({fact: null}, indicator('litigation.lost'))).toBe('—');
		const zero = fact({indicator: 'litigation.lost', value: 0, unit: '件', line: 1, section: '', text: '行政诉讼败诉0件。'});
		expect(formatCell({fact: zero}, indicator('litigation.lost'))).toBe('0');
	});

	test('≈ before a hedged figure', () => {
		expect(formatCell({fact: first('legal_services.consultations')}, indicator('legal_services.consultations'), {wan: true})).toBe('≈11.6万');
	});

	test('* after a derived value, shown when the year\'s own report says nothing', () => {
		const derived = first('petitions.volume', true);
		expect(formatCell({fact: null, derived: {fact: derived, source: chaoyang2024}}, indicator('petitions.volume'))).toBe('≈24,055*');
	});

	test('a reported value wins over a derived one', () => {
		const cell = {fact: first('petitions.volume'), derived: {fact: first('petitions.volume', true), source: chaoyang2024}};
		expect(formatCell(cell, indicator('petitions.volume'))).toBe('18,426');
	});

	test('a value in another measure than its row\'s is shown with its own unit and marked ≠', () => {
		const counted = mentougou2020.facts.find(each => each.indicator === 'legal_services.consultations')!;
		expect(formatCell({fact: counted}, indicator('legal_services.consultations'))).toBe('12,134件≠');
		const times = fact({indicator: 'decisions.legal_opinions', value: 756, unit: '次', line: 1, section: '', text: '提出法律意见和建议756次。'});
		expect(formatCell({fact: times}, indicator('decisions.legal_opinions'))).toBe('756次≠');
		const derived = {...times, approx: true, derived: {kind: 'prior-year' as const, year: 2023, from: '', formula: ''}};
		expect(formatCell({fact: null, derived: {fact: derived, source: chaoyang2024}}, indicator('decisions.legal_opinions'))).toBe('≈756次≠*');
	});

	test('a measure word the row accepts as its own reads as the row\'s unit, unmarked', () => {
		const projects = fact({indicator: 'oversight.audit_projects', value: 26, unit: '项', line: 1, section: '', text: '实施审计项目26项。'});
		expect(formatCell({fact: projects}, indicator('oversight.audit_projects'))).toBe('26');
		expect(formatCell({fact: projects}, indicator('oversight.audit_projects'), {lang: 'en'})).toBe('26');
		const services = fact({indicator: 'services.one_thing', value: 112, unit: '个', line: 1, section: '', text: '上线112个“一件事”集成服务。'});
		expect(formatCell({fact: services}, indicator('services.one_thing'))).toBe('112');
	});

	test('in English that unit is a word, not a measure word', () => {
		const counted = mentougou2020.facts.find(each => each.indicator === 'legal_services.consultations')!;
		expect(formatCell({fact: counted}, indicator('legal_services.consultations'), {lang: 'en'})).toBe('12,134 items≠');
		const people = fact({indicator: 'services.one_thing', value: 809, unit: '名', line: 1, section: '', text: '培训809名。'});
		expect(formatCell({fact: people}, indicator('services.one_thing'), {lang: 'en'})).toBe('809 people≠');
		expect(formatCell({fact: people}, indicator('services.one_thing'), {lang: 'zh'})).toBe('809名≠');
	});

	test('a percentage in a count row, and a count in a percentage row, are marked', () => {
		const share = fact({indicator: 'litigation.cases', value: 12.5, unit: '%', line: 1, section: '', text: '行政诉讼案件同比下降12.5%。'});
		expect(formatCell({fact: share}, indicator('litigation.cases'))).toBe('12.5%≠');
		const count = fact({indicator: 'litigation.loss_rate', value: 3, unit: '件', line: 1, section: '', text: '败诉3件。'});
		expect(formatCell({fact: count}, indicator('litigation.loss_rate'))).toBe('3件≠');
	});

	test('every measure word the parser reads has an English word', () => {
		const untranslated = units.filter(unit => /\p{Script=Han}/u.test(unitLabel(unit, 'en')));
		expect(untranslated).toEqual([]);
	});
});

describe('trendOf', () => {
	test('fewer petitions is good news, a higher resolution rate too', () => {
		expect(trendOf(first('petitions.volume'), indicator('petitions.volume'))).toBe('good');
		const rate = jiangbei2024.facts.find(each => each.indicator === 'disputes.resolution_rate')!;
		expect(trendOf(rate, indicator('disputes.resolution_rate'))).toBe('good');
		expect(trendOf({...rate, yoy: {kind: 'pp', value: -3, text: '下降3个百分点'}}, indicator('disputes.resolution_rate'))).toBe('bad');
	});

	test('no verdict without a change or for neutral indicators', () => {
		expect(trendOf(first('reconsideration.received'), indicator('reconsideration.received'))).toBeNull();
	});
});
