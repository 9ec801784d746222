import type {Rule} from '../rule.js';

const reconsideration = /复议/u;

export const disputesRules: readonly Rule[] = [
	{
		indicator: 'reconsideration.received',
		units: ['件', '起', '宗', '个'],
		own: /新收|收到|受理|收案|接收|新增|办理|共有|(?:案件|申请)(?:共计|合计|总数|总量|共)?(?:为|达)?$/u,
		topic: reconsideration,
		topicIn: 'sentence',
		not: /审结|办结|结案|纠错|撤销|维持|驳回|调解|和解|化解|被复议|应诉|诉讼|不予受理|转送|告知|补正|率|一审|二审/u,
	},
	{
		indicator: 'reconsideration.closed',
		units: ['件', '起', '宗', '个'],
		own: /审结|办结|结案|已结|作出[^,;]{0,6}决定/u,
		topic: reconsideration,
		topicIn: 'sentence',
		// 仍有12件未审结: the cases still open, not those concluded.
		not: /诉讼|应诉|率|未|尚/u,
	},
	{
		indicator: 'reconsideration.correction_rate',
		units: ['%'],
		own: /纠错率/u,
		topic: reconsideration,
		topicIn: 'sentence-or-section',
	},
	{
		indicator: 'reconsideration.mediation_rate',
		units: ['%'],
		own: /(?:调解|和解)(?:和解|调解)?(?:结案)?率/u,
		topic: reconsideration,
		topicIn: 'sentence-or-section',
		not: /成功率/u,
	},
	{
		indicator: 'litigation.cases',
		units: ['件', '起', '宗'],
		own: /行政诉讼|诉讼案件|应诉案件|行政案件|被诉案件|为被告/u,
		not: /败诉|胜诉|出庭|复议|民事|刑事|撤诉|金融|率/u,
	},
	{
		indicator: 'litigation.lost',
		units: ['件', '起', '宗'],
		own: /败诉/u,
		topic: /诉讼|应诉|案件|被告/u,
		topicIn: 'sentence',
		not: /率|复盘|分析/u,
	},
	{
		indicator: 'litigation.loss_rate',
		units: ['%'],
		own: /败诉率/u,
	},
	{
		indicator: 'litigation.head_appearances',
		units: ['人次', '次', '人'],
		own: /出庭/u,
		topic: /负责人|领导|一把手|首长|负责同志|区长|县长|市长/u,
		topicIn: 'sentence',
		not: /出庭率|旁听|培训/u,
	},
	{
		indicator: 'litigation.head_appearance_rate',
		units: ['%'],
		own: /出庭(?:应诉)?率/u,
	},
	{
		indicator: 'disputes.resolution_rate',
		units: ['%'],
		own: /实质(?:性)?化解率|争议化解率|行政争议[^,;]{0,6}化解率/u,
	},
	{
		indicator: 'disputes.mediated',
		units: ['件', '起', '宗'],
		own: /调解|化解|调处/u,
		topic: /矛盾|纠纷|调解/u,
		topicIn: 'sentence',
		not: /登记|受理|摸排|排查出|接待|行政纠纷|行政争议|诉讼|复议|信访|率|立案前|积案|金融|涉及金额/u,
		notNear: /组织|委员会|调解员|工作室|队伍/u,
	},
	{
		indicator: 'disputes.mediation_success_rate',
		units: ['%'],
		own: /(?:调解|调处|化解)成功率|成功率/u,
		topic: /调解|调处|纠纷/u,
		topicIn: 'sentence',
		not: /复议|诉讼/u,
	},
	{
		indicator: 'petitions.volume',
		units: ['件次', '件', '批次', '人次', '批', '起'],
		own: /信访|来信|来访|上访|访民/u,
		not: /评查|积案|化解率|占比|督查|考核|督办|培训|满意|初信初访|重复/u,
	},
	{
		indicator: 'legal_aid.cases',
		units: ['件', '宗', '起'],
		own: /法律援助|法援/u,
		not: /咨询|经济损失|挽回|金额/u,
	},
	{
		indicator: 'legal_services.consultations',
		units: ['人次', '次', '件', '人', '个', '条'],
		own: /咨询/u,
		topic: /法律|法务|律师|法援|12348|公共法律服务|司法/u,
		topicIn: 'sentence-or-section',
		not: /政务|政策咨询|税务|医保|企业咨询|投资咨询/u,
	},
];
