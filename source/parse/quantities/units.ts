/**
Measure words after a number. Longest first, so 人次 wins over 人 and 个百分点 over 个.
Years (年), months (月) and days of a date (日) are left out on purpose: a number
followed by them is a date, not an amount.
*/
export const units = [
	'个百分点', '个工作日', '平方公里', '百分点', '工作日', '平方米',
	'件次', '人次', '户次', '家次', '批次', '场次', '车次', '个月', '小时', '分钟', '公里', '万人',
	'%', '‰', '元', '件', '条', '项', '个', '次', '人', '名', '场', '期', '家', '户', '份', '篇', '起', '宗',
	'批', '部', '处', '所', '类', '天', '台', '套', '本', '册', '张', '块', '支', '位', '轮', '组', '间',
	'亩', '吨', '单', '封', '例', '卷', '笔', '节', '课', '集', '幅', '面', '辆', '枚', '座', '棵', '级', '周', '通',
] as const;

/** Measure words a Chinese numeral may take (七个, 两次). Narrower: 一业一证, 三级平台 are names. */
export const chineseNumeralUnits = ['批次', '人次', '件次', '场次', '个', '次', '件', '项', '场', '名', '人', '期', '批', '家', '所', '支', '位', '份', '条', '部', '起', '宗'] as const;

export const timeUnits = new Set(['个工作日', '工作日', '个月', '小时', '分钟', '天', '周']);

const escape = (unit: string) => unit.replaceAll('%', '%');
/** 接听来电20余万通 counts calls; 通 is no measure word where it starts a word (3通过, 通知, 通报). */
const pattern = (unit: string) => (unit === '通' ? '通(?![过知报讯道行用关办告])' : escape(unit));
export const unitPattern = units.map(unit => pattern(unit)).join('|');
export const chineseUnitPattern = chineseNumeralUnits.join('|');
