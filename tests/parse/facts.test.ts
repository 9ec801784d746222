import {describe, expect, it} from 'vitest';
import {factsOf, reportOf} from '../helpers/report.js';

// Real phrasings from reports of many districts: the rules key on the domain's words, not on one report.
const cases: Array<[string, Array<[string, number]>]> = [
	['全年共新收行政复议案件7152件,审结6929件,纠错率为7.71%、调解率为39.95%。', [['reconsideration.received', 7152], ['reconsideration.closed', 6929], ['reconsideration.correction_rate', 7.71], ['reconsideration.mediation_rate', 39.95]]],
	// The 138 accepted are a part of the 156 received (facts/outranked.ts).
	['全区共收到行政复议申请156件,受理138件,审结125件。', [['reconsideration.received', 156], ['reconsideration.closed', 125]]],
	['受理行政复议案件666件,结案594件,人均办案量全市第一。', [['reconsideration.received', 666], ['reconsideration.closed', 594]]],
	['行政复议案件直接纠错率8.5%。', [['reconsideration.correction_rate', 8.5]]],
	['全年以区政府为被告的行政诉讼案件共1045件,败诉16件,一审败诉率2.7%。', [['litigation.cases', 1045], ['litigation.lost', 16], ['litigation.loss_rate', 2.7]]],
	['共办理行政应诉案件89件,行政机关负责人出庭应诉156人次,出庭应诉率达100%。', [['litigation.cases', 89], ['litigation.head_appearances', 156], ['litigation.head_appearance_rate', 100]]],
	['办理人大代表建议393件、政协提案404件,满意率均为100%。', [['oversight.npc_suggestions', 393], ['oversight.cppcc_proposals', 404]]],
	['办理区人大代表议案1件、建议144件,办理区政协提案325件。', [['oversight.npc_suggestions', 144], ['oversight.cppcc_proposals', 325]]],
	['政府信息主动公开数2.15万条,区政府办理信息公开申请840件,被复议25件,被诉讼18件。', [['transparency.disclosed', 21500], ['transparency.requests', 840]]],
	['受理政府信息公开申请235件,全部按时答复。', [['transparency.requests', 235]]],
	['人民调解组织共调解矛盾纠纷3456件,调解成功率98.5%。', [['disputes.mediated', 3456], ['disputes.mediation_success_rate', 98.5]]],
	['全年调解登记1057件,调解成功882件,调解成功率达到83.44%,司法确认251件。', [['disputes.mediated', 882], ['disputes.mediation_success_rate', 83.44]]],
	['排查矛盾纠纷5678件,化解5432件。', [['disputes.mediated', 5432]]],
	['受理行政复议申请47件,立案前化解行政纠纷2件。', [['reconsideration.received', 47]]],
	['全区全年信访总量18426件次、23667人次,分别同比下降23.4%、28.3%。', [['petitions.volume', 18426], ['petitions.volume', 23667]]],
	['全区办理信访事项4480件次,同比下降27.81%,开展信访事项规范化评查3728件次。', [['petitions.volume', 4480]]],
	['全年共受理法律援助案件1234件,提供法律咨询2.3万人次。', [['legal_aid.cases', 1234], ['legal_services.consultations', 23000]]],
	['12348公共法律服务热线接听咨询电话5678人次。', [['legal_services.consultations', 5678]]],
	['在政府网站上线112个“一件事”集成服务,使用区级统建系统事项全程网办率100%。', [['services.one_thing', 112], ['services.online_rate', 100]]],
	['70.7%事项实现“网上全程可办”,80项“一件事”集成服务落地,办件量达7万余件。', [['services.online_rate', 70.7], ['services.one_thing', 80]]],
	['开展“双随机、一公开”抽查356批次,抽查主体2497户次。', [['enforcement.random_inspections', 356]]],
	// Inspections counted as the tasks or items done; near miss: the catalogue of what may be inspected.
	['全年完成“双随机、一公开”抽查任务86项。', [['enforcement.random_inspections', 86]]],
	['梳理“双随机、一公开”抽查事项清单120项。', []],
	['对60件区政府重大行政决策事项草案、行政规范性文件进行合法性审查,提出法律意见300余条。', [['decisions.legality_reviews', 60], ['decisions.legal_opinions', 300]]],
	['全年累计审核涉及行政规范性文件草案675件,提出修改意见197条,集中废止不符合当前经济社会发展的规范性文件10件。', [['decisions.legality_reviews', 675], ['decisions.legal_opinions', 197], ['decisions.docs_repealed', 10]]],
	['清理规范性文件156件,废止12件,修改8件。', [['decisions.docs_repealed', 12]]],
	['指导出台重大行政决策13件。提出审计意见和建议382条。', [['decisions.major', 13]]],
	['全年委办局处罚案卷合格率100%,优秀率93.5%,优秀率同比增长6.9%。', [['enforcement.case_file_pass_rate', 100]]],
	['对全区809名执法人员全覆盖进行轮训,对全区300余名执法人员的法律知识水平进行全面检验。', [['enforcement.staff_trained', 809]]],
	['办理免罚和轻罚案件317件,减免罚款1014万余元,对13项民生类事项实行首违免罚。', [['enforcement.lenient_cases', 317]]],
	['完成审计项目22个,实施审计项目26项。', [['oversight.audit_projects', 22], ['oversight.audit_projects', 26]]],
	['全区行政争议实质性化解率为92.6%,较2023年提升了约10个百分点。', [['disputes.resolution_rate', 92.6]]],
	['线上线下开展各类主题宣传活动113场,累计受众42万余人次。', [['education.events', 113], ['education.audience', 420000]]],
	['举办法治讲座56场。组织开展“凤鸣政策通”等17场品牌活动,覆盖企业1500余家次。', [['education.events', 56]]],
	['开展4次“法律明白人”培训会,覆盖人群446人。', []],
	['全年共举办主体班28期,累计培训干部2570人次。', [['training.officials', 2570]]],
	['开展区政府常务会会前学法4次,区政府负责人出庭应诉4人次。', [['leadership.pre_meeting_study', 4], ['litigation.head_appearances', 4]]],
	['区政府常务会议会前学法十二次。', [['leadership.pre_meeting_study', 12]]],
	['全年行政复议案件共计215件,已全部办结。', [['reconsideration.received', 215]]],
	// Their number, so named; near miss: how their number changed, with no level.
	['行政复议案件数量为215件,较去年增加35件。', [['reconsideration.received', 215]]],
	['全年行政复议申请量215件。', [['reconsideration.received', 215]]],
	['行政复议案件数量同比下降12%。', []],
	// Not fully online: 网上可办 (can be started online) and 一网通办率 measure something looser.
	['全区政务服务事项网上可办率达到99.6%,“一网通办”率达95%。', []],
	// The verb of an enumeration governs its items: decisions and contracts given legality review are reviews too.
	['全年共审核行政规范性文件32件、重大行政决策事项8件、政府合同156份。', [['decisions.legality_reviews', 32], ['decisions.legality_reviews', 8], ['decisions.legality_reviews', 156]]],
	['组织执法人员参加公共法律知识培训3期,参训执法人员920人次。', [['enforcement.staff_trained', 920]]],
	['全年人民调解组织共受理各类纠纷3210件,调解成功3180件,调解成功率99.1%。', [['disputes.mediated', 3180], ['disputes.mediation_success_rate', 99.1]]],
	['接待群众来访386批次1,102人次。', [['petitions.volume', 386], ['petitions.volume', 1102]]],
	['受理网上信访1,200件,网上信访占比69.29%。', [['petitions.volume', 1200]]],
	['办理行政复议案件96件,其中维持60件、撤销8件、驳回12件,仍有12件行政复议案件未审结。', [['reconsideration.received', 96]]],
];

describe('facts from real phrasings', () => {
	it.each(cases)('%s', (sentence, expected) => {
		expect(factsOf(sentence)).toEqual(expected);
	});
});

describe('what is never a fact', () => {
	it('keeps figures under next year\'s plans out of the facts', () => {
		const report = reportOf('受理行政复议案件100件。\n二、2025年工作思路\n力争审结行政复议案件200件。');
		expect(report.facts.map(fact => fact.value)).toEqual([100]);
		expect(report.figures.map(figure => figure.value)).toContain(200);
	});

	it('does not take another year\'s figure as this year\'s', () => {
		expect(factsOf('2023年受理行政复议案件100件,2024年受理行政复议案件120件。')).toEqual([['reconsideration.received', 120]]);
	});

	it('does not take a total over several years as the year\'s', () => {
		expect(factsOf('2021年以来累计受理行政复议案件900件,近三年办理法律援助案件3000件,党的十八大以来出庭应诉500人次。')).toEqual([]);
		expect(factsOf('2024年以来累计受理行政复议案件320件。')).toEqual([['reconsideration.received', 320]]);
		// 2024年来 is 2024年以来 said short, not a span of 24 years.
		expect(factsOf('2024年来,经合法性审核的各类文件共计86件。')).toEqual([['decisions.legality_reviews', 86]]);
		expect(factsOf('2021年来,经合法性审核的各类文件共计86件。')).toEqual([]);
		expect(factsOf('24年来,经合法性审核的各类文件共计860件。')).toEqual([]);
	});

	it('keeps unclassified quantities as figures with their sentence', () => {
		const report = reportOf('区级统建系统292个电子证照跨部门调用。');
		expect(report.figures).toMatchObject([{value: 292, unit: '个', text: '区级统建系统292个电子证照跨部门调用。'}]);
	});
});

describe('provenance', () => {
	it('keeps the sentence, line and section of every fact', () => {
		const report = reportOf('(一)化解矛盾纠纷\n1.行政复议。全年共新收行政复议案件7152件,审结6929件。');
		const closed = report.facts.find(fact => fact.indicator === 'reconsideration.closed')!;
		expect(closed).toMatchObject({
			value: 6929,
			match: '6929件',
			text: '全年共新收行政复议案件7152件,审结6929件。',
			line: 4,
			section: '2024年法治政府建设主要举措和成效 > 化解矛盾纠纷 > 行政复议',
		});
	});
});

describe('near misses that are not facts', () => {
	it.each([
		'建成人民调解组织156个,配备专职调解员320名。',
		'惠企法律服务团队走访企业440家,开展回访120件。',
		'受理12345热线诉求5万件。',
		'对14个重点行政执法单位进行执法督导检查。',
		'数据编目合格率、数据治理合格率均达100%。',
		'服务人数达4万余人次。',
		'及时研究法制审核人员不足问题等法治建设重大事项7件。',
	])('%s', sentence => {
		expect(factsOf(sentence)).toEqual([]);
	});

	it('counts a filing review as a legality review', () => {
		expect(factsOf('备案审查规范性文件12件。')).toEqual([['decisions.legality_reviews', 12]]);
	});
});
