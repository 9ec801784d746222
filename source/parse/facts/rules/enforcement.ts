import type {Rule} from '../rule.js';

export const enforcementRules: readonly Rule[] = [
	{
		indicator: 'enforcement.case_file_pass_rate',
		units: ['%'],
		own: /合格率/u,
		topic: /案卷/u,
		topicIn: 'sentence',
		not: /优秀率|优良率|数据|编目|治理|产品|抽检|食品/u,
	},
	{
		indicator: 'enforcement.staff_trained',
		units: ['人', '名', '人次'],
		own: /执法人员[^,;。]{0,12}(?:培训|轮训|训练)|(?:培训|轮训|参训)[^,;。]{0,8}执法人员/u,
		not: /考试|检验|持证|证件|下沉|整合/u,
	},
	{
		indicator: 'enforcement.lenient_cases',
		units: ['件', '起', '宗'],
		own: /免罚|轻罚|不予处罚|不予行政处罚|减轻处罚|从轻处罚|首违不罚|首违免罚|不罚/u,
		not: /清单|事项|罚款/u,
	},
];
