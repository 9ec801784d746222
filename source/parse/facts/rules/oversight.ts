import type {Rule} from '../rule.js';

export const oversightRules: readonly Rule[] = [
	{
		indicator: 'oversight.npc_suggestions',
		units: ['件', '条', '个', '项'],
		own: /建议/u,
		topic: /人大|代表/u,
		topicIn: 'sentence',
		not: /议案|提案|审计|法律|修改|意见建议|司法建议|检察建议|监察建议/u,
	},
	{
		indicator: 'oversight.cppcc_proposals',
		units: ['件', '条', '个', '项'],
		own: /提案/u,
		topic: /政协|委员/u,
		topicIn: 'sentence',
		not: /议案|重点提案[^,;]{0,3}$|建议[和及与、]/u,
	},
	{
		indicator: 'oversight.audit_projects',
		units: ['个', '项'],
		own: /审计项目|审计[^,;,。]{0,6}项目|项目审计/u,
		not: /问题|整改|金额|资金/u,
	},
	{
		indicator: 'transparency.disclosed',
		units: ['条', '件', '篇', '份'],
		own: /主动公开|公开(?:政府)?信息|发布[^,;]{0,6}信息|信息[^,;]{0,4}(?:发布|公开)/u,
		topic: /公开/u,
		topicIn: 'sentence-or-section',
		not: /申请|依申请|复议|诉讼/u,
	},
	{
		indicator: 'transparency.requests',
		units: ['件', '份', '个', '条'],
		own: /(?:信息)?公开申请|依申请公开|申请公开/u,
		not: /复议|诉讼|答复率/u,
	},
];
