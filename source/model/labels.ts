/**
Words in the two languages the views and snapshots speak. District, province and
city names are not here: they come from the loaded reports (district-labels.ts,
english-names.ts).
*/
export type Lang = 'zh' | 'en';

export const langs = ['zh', 'en'] as const satisfies readonly Lang[];

export function isLang(value: string): value is Lang {
	return (langs as readonly string[]).includes(value);
}

export type Labelled = {readonly zh: string; readonly en: string};

export function labelOf(thing: Labelled, lang: Lang): string {
	return thing[lang];
}

/**
A thing's label with its English beside the Chinese (复议收案 · Reconsideration cases received):
the catalog's English helps a reader of Chinese, the Chinese is of no use to an English one.
*/
export function glossed(thing: Labelled, lang: Lang): string {
	return lang === 'zh' ? `${thing.zh} · ${thing.en}` : thing.en;
}

export const words = {
	indicator: {zh: '指标', en: 'Indicator'},
	unit: {zh: '单位', en: 'Unit'},
	notDisclosed: {zh: '未披露', en: 'not disclosed'},
	approx: {zh: '约数(余/近/超…)', en: 'approximate (over, nearly, about…)'},
	derived: {zh: '由同比推算,非报告所载', en: 'derived from a year-on-year change, not reported'},
	derivedNote: {zh: '推算', en: 'derived'},
	offYear: {zh: '非对齐年份的报告,不参与最好/最差', en: "another year's report, not ranked as best or worst"},
	otherMeasure: {zh: '单位不同,不参与比较', en: 'another measure, not compared'},
	corrected: {zh: '经人工更正(原值见详情)', en: 'corrected by a person (the original in the detail pane)'},
	added: {zh: '人工归入,非程序识别', en: 'added by a person, not read by the parser'},
	conflict: {zh: '核对文件意见不一,仍为程序读数', en: 'review files disagree: the parser\'s reading stands'},
	noReports: {zh: '没有符合条件的报告。', en: 'No reports match.'},
	notShown: {zh: '另有同一地区同一年份的文件,表中未显示(CSV 与 JSON 保留其全部数据):', en: 'Also loaded but not shown, another file for the same district and year (CSV and JSON keep all their facts):'},
	facts: {zh: '项数据', en: 'facts'},
	unknownDistrict: {zh: '未识别地区', en: 'unknown district'},
} as const satisfies Record<string, Labelled>;

/** Which way an indicator reads as better (catalog polarity), said plainly. */
export const polarityWords = {
	higher: {zh: '越高越好', en: 'higher is better'},
	lower: {zh: '越低越好', en: 'lower is better'},
	neutral: {zh: '无优劣之分', en: 'neither way is better'},
} as const satisfies Record<string, Labelled>;

// Catalog units are measure words; English readers get a plain noun instead.
const englishUnits: Record<string, string> = {
	'件': 'items',
	'件次': 'item-times',
	'人次': 'person-times',
	'人': 'people',
	'项': 'items',
	'条': 'items',
	'个': 'items',
	'批次': 'batches',
	'场': 'events',
	'次': 'times',
	'元': 'yuan',
	// Measure words a fact may carry when its report counted in other words than the catalog's.
	'名': 'people',
	'位': 'people',
	'户': 'households',
	'户次': 'household-times',
	'家': 'entities',
	'家次': 'entity-times',
	'场次': 'sessions',
	'车次': 'trips',
	'期': 'issues',
	'份': 'copies',
	'篇': 'articles',
	'起': 'cases',
	'宗': 'cases',
	'例': 'cases',
	'批': 'batches',
	'部': 'items',
	'处': 'places',
	'所': 'institutions',
	'类': 'kinds',
	'轮': 'rounds',
	'组': 'groups',
	'支': 'teams',
	'套': 'sets',
	'台': 'units',
	'笔': 'transactions',
	'封': 'letters',
	'通': 'calls',
	'卷': 'files',
	'节': 'sessions',
	'课': 'lessons',
	'单': 'orders',
	'天': 'days',
	'周': 'weeks',
	'个月': 'months',
	'小时': 'hours',
	'分钟': 'minutes',
	'工作日': 'working days',
	'个工作日': 'working days',
	'个百分点': 'percentage points',
	'百分点': 'percentage points',
	'万人': '×10,000 people',
	'公里': 'km',
	'平方公里': 'km²',
	'平方米': 'm²',
	'亩': 'mu',
	'吨': 'tonnes',
	'本': 'volumes',
	'册': 'volumes',
	'张': 'sheets',
	'块': 'pieces',
	'间': 'rooms',
	'集': 'episodes',
	'幅': 'pieces',
	'面': 'pieces',
	'辆': 'vehicles',
	'枚': 'pieces',
	'座': 'buildings',
	'棵': 'trees',
	'级': 'levels',
};

export function unitLabel(unit: string, lang: Lang): string {
	return lang === 'en' ? englishUnits[unit] ?? unit : unit;
}
