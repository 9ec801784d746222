import type {Rule} from '../rule.js';

export const capacityRules: readonly Rule[] = [
	{
		indicator: 'education.events',
		units: ['场', '场次', '次', '期'],
		own: /(?:宣传|普法|宣讲|送法)[^,;]{0,10}(?:活动|讲座)|(?:活动|讲座)[^,;]{0,6}(?:宣传|普法)|法治讲座|法律讲座|普法讲座|普法宣传|法治宣传|宣讲/u,
		not: /培训|栏目|节目|会议|考试|品牌/u,
	},
	{
		indicator: 'education.audience',
		units: ['人次', '人', '万人'],
		own: /受众|覆盖|参与|惠及|受教育|受益/u,
		topic: /宣传|普法|法治教育/u,
		topicIn: 'sentence',
		not: /培训|考试|企业|户/u,
	},
	{
		indicator: 'training.officials',
		units: ['人次', '人', '名'],
		own: /(?:培训|轮训|参训|调训)[^,;。]{0,12}(?:干部|公务员|工作人员|党员|领导|人员)|(?:干部|公务员|工作人员|党员|领导)[^,;。]{0,8}(?:培训|轮训|参训)|参训|培训/u,
		topic: /干部|公务员|工作人员|党员|领导|参训/u,
		topicIn: 'sentence',
		not: /执法人员|执法队员|律师|调解员|明白人|网格员|考试|覆盖人群/u,
	},
	{
		indicator: 'leadership.pre_meeting_study',
		units: ['次', '场', '期'],
		own: /会前学法|常务会(?:议)?[^,;。]{0,6}学法|学法[^,;。]{0,4}常务会/u,
	},
];
