import {describe, expect, it} from 'vitest';
import {eachFacts as each, factsOf, reportOf} from '../helpers/report.js';

// Classes found on fresh samples of real reports (issue 12), in phrasings written for these tests: a subject
// given only by a section's title, other bodies' work (disclosure offices, legal-aid centres, courts), the
// audience of events counted beside them, the law taken to villages and workplaces, kinds and shares of a
// total, and counts said not to have happened. Each with the near misses that must not become facts.
describe('a section title on 复议 alone gives a case count under it its subject', () => {
	const sections = (body: string) => factsOf(`(一)行政复议工作情况\n1.收案情况。全区共收到行政复议申请318件。\n2.结案情况。${body}\n(二)行政应诉工作情况\n1.结案情况。已审结案件96件。`);

	it('reads the concluded cases under the 复议 title, and not those under the lawsuits title', () => {
		expect(sections('已审结案件287件,未审结案件31件。')).toEqual([
			['reconsideration.received', 318],
			['reconsideration.closed', 287],
		]);
	});

	it('says where the subject came from', () => {
		const fact = reportOf('(一)行政复议案件\n2.审结情况。本年度已审结案件57件。').facts.find(f => f.indicator === 'reconsideration.closed');
		expect(fact?.why).toBe('审结 + 复议 (heading)');
	});

	each([
		// The figure names no case: 办结 alone may be anything a section mentions.
		['(一)行政复议情况\n2.审结情况。全年办结群众诉求412件。', []],
		// A title on 复议 beside other work: its 复议 is not the subject of every count under it.
		['(五)依法化解矛盾纠纷和行政复议\n全年办结案件640件。', []],
		// The sentence speaks of lawsuits: the title does not overrule it.
		['(一)行政复议案件\n复议后提起行政诉讼并已审结案件14件。', []],
	]);
});

describe('a section title on legal aid or legal education alone gives a bare count under it its subject, and a clause may open on 全年共…', () => {
	each([
		['(五)法律援助工作\n全年共受理案件812件,其中刑事案件310件。', [['legal_aid.cases', 812]]],
		// The clause may open on 全年 and 共 both; near misses: a title on legal aid beside mediation, and a deeper title
		// on mediation.
		['法律援助方面,全年共办理案件812件。', [['legal_aid.cases', 812]]],
		// Whom legal aid served and what for may stand before the bare cases; near miss: other kinds of case a legal-aid
		// centre lists after its total.
		['县司法局发挥法律援助职能,为农民工讨薪维权,共办理农民工讨薪案件35件。', [['legal_aid.cases', 35]]],
		['法律援助中心受理法律援助民事案件139件,受理劳动保障案件119宗、涉婚姻家庭案件2宗。', [['legal_aid.cases', 139]]],
		// The cases concluded, where nothing else is counted, and as a lesser measure beside those taken on; near miss:
		// another body's cases concluded.
		['县法律援助中心加强工作站建设,全年结案115件。', [['legal_aid.cases', 115]]],
		['县法律援助中心全年受理法律援助案件120件,结案110件。', [['legal_aid.cases', 120]]],
		['县法律援助中心加强工作站建设,律师事务所结案56件。', []],
		['普法宣传方面,全年共开展活动320余场次。', [['education.events', 320]]],
		['(五)法律援助和人民调解工作\n全年共受理案件812件。', []],
		['(五)法律援助工作\n1.人民调解。全年共受理案件812件。', []],
		// A title on legal education alone gives bare events theirs; near miss: one on cadres' study as well.
		['(十)普法宣传\n全年开展活动320余场次。', [['education.events', 320]]],
		['(十)干部学法和普法宣传\n全年开展活动320余场次。', []],
	]);
});

describe('a section title on the deputies\' suggestions or the CPPCC\'s proposals gives bare ones theirs, and some topics reach into the next sentence', () => {
	each([
		['(九)人大代表建议和政协提案办理\n全年共办理建议102件、提案84件,办结率100%。', [['oversight.npc_suggestions', 102], ['oversight.cppcc_proposals', 84]]],
		['(三)自觉接受人大监督\n全年共办理建议102件。', [['oversight.npc_suggestions', 102]]],
		// Near misses: a workers' congress's proposals, and a title that names the deputies but not their suggestions.
		['(九)职工代表提案办理\n全年共办理提案84件。', []],
		['(三)代表反响好\n对1件建议的首次办理表示不满意。', []],
	]);

	it('says the title gave the subject', () => {
		const fact = reportOf('(九)人大代表建议和政协提案办理\n全年共办理建议102件、提案84件。').facts.find(f => f.indicator === 'oversight.cppcc_proposals');
		expect(fact?.why).toBe('提案 + 政协 (heading)');
	});

	// 提案 in a paragraph on the CPPCC: the sentence before names it, however this one opens; near miss: a paragraph
	// that never names it (a workers' congress's proposals).
	each([
		['县政协建立了主席督办联系机制,组织开展提案办理视察。通过加大督办力度,圆满完成120件提案的办理答复工作。', [['oversight.cppcc_proposals', 120]]],
		['职代会期间征集职工意见。会后圆满完成45件提案的办理答复工作。', []],
		// So do the deputies' suggestions; near miss: a paragraph that names neither.
		['区人大常委会组织代表视察调研,听取代表意见,推动督办工作落实到位。区政府系统全年共承办建议80件,已全部办复。', [['oversight.npc_suggestions', 80]]],
		['区政府组织部门视察调研,推动督办工作落实到位。区政府系统全年共承办建议80件,已全部办复。', []],
		// Inspections under 双随机 and disputes settled take their topic from the sentence before too, and so do cases
		// concluded after a time that opens their sentence; near misses: a paragraph on other things.
		['全年共收到行政复议申请341件,正式受理315件。至年底,共审结240件。', [['reconsideration.received', 341], ['reconsideration.closed', 240]]],
		['全区法院受理行政诉讼案件120件。至年底,共审结110件。', [['litigation.cases', 120]]],
		['会上通报了“双随机、一公开”监管工作情况。全年共开展部门联合抽查事项22项。', [['enforcement.random_inspections', 22]]],
		['会上通报了安全生产工作情况。全年共开展部门联合抽查事项22项。', []],
		['引导群众通过调解途径解决行政争议。今年以来,中心受理行政争议案件21件,化解11件。', [['disputes.mediated', 11]]],
		['引导群众通过信访途径反映诉求。今年以来,中心受理行政争议案件21件,化解11件。', []],
		// So do reconsideration's correction rate, major decisions and information pushed out, where the sentence before
		// is on them; near misses: a court's, and a plan's or the press's.
		['市行政复议局全年审结案件190件,较上年增加15件,案件质量稳步提升。其中直接纠错20件,纠错率10.5%。', [['reconsideration.closed', 190], ['reconsideration.correction_rate', 10.5]]],
		['区法院全年审结行政案件190件,较上年增加15件,案件质量稳步提升。其中判决纠正违法行为20件,纠错率10.5%。', [['litigation.cases', 190]]],
		['市政府研究制定年度重大行政决策事项目录并向社会公布,接受公众监督。目录共包括决策事项12个。', [['decisions.major', 12]]],
		['区政府研究制定年度工作要点并向社会公布,接受公众监督。要点共包括重点事项12个。', []],
		['区政府持续加大政务公开力度,及时回应社会关切。区融媒体中心全年推送信息352篇。', [['transparency.disclosed', 352]]],
		['区政府持续加大宣传报道力度,及时回应社会关切。区融媒体中心全年推送信息352篇。', []],
		// Those replied to so far (已办复) are a stage of those handled; all of them (已全部办复) are the count.
		['区政府系统承办区人大四次会议代表建议共86件。截至目前,80件建议已办复,其余6件正在办理。', [['oversight.npc_suggestions', 86]]],
	]);
});

describe('a disclosure office\'s own 复议 and 诉讼 cases are not the district\'s', () => {
	each([
		['(二)依申请公开情况\n本年度共收到政府信息公开申请36件;发生行政复议案件2件,行政诉讼案件1件。', [['transparency.requests', 36]]],
		['本年度收到依申请公开14件,均按时答复,引发行政复议1件。', [['transparency.requests', 14]]],
		// A breakdown after the total leaves the total standing.
		['全年共受理行政复议案件135件,其中涉及政府信息公开的12件。', [['reconsideration.received', 135]]],
		['全区行政机关被提起行政诉讼案件77件。', [['litigation.cases', 77]]],
	]);
});

describe('requests for disclosure named by the sentence or the section, not by their own words', () => {
	each([
		// A bare 申请 received, under a title on requests or in a sentence on them.
		['(二)规范依申请公开办理\n全年共收到申请52件,已办结49件、正在办理3件。', [['transparency.requests', 52]]],
		['(三)依申请公开方面\n本年度受理申请17件,均已按期答复。', [['transparency.requests', 17]]],
		['全年依申请公开工作平稳,共收到申请23件。', [['transparency.requests', 23]]],
		// Short for 依申请公开, and a request described before 申请.
		['2024年,我局共收到依申公开事项6件。', [['transparency.requests', 6]]],
		['本年度收到要求公开政府信息的申请11件,其中2件申请人主动撤回。', [['transparency.requests', 11]]],
		// 宗 for 件, as Cantonese writes it.
		['受理政府信息公开申请9宗,均按期答复。', [['transparency.requests', 9]]],
		// Another kind of application, or none on disclosure: no request.
		['(二)依申请公开情况\n收到行政复议申请3件。', []],
		['(三)优化政务服务\n全年受理申请1200件,办结率100%。', []],
		['(二)依申请公开情况\n收到申请人补充材料4份。', []],
		// A kind of information published, under 其中, is that total's part, whatever it names.
		['2024年,主动公开政府信息61条。其中,通知公告类信息43条,回复网络申请公开事项5条。', [['transparency.disclosed', 61]]],
	]);
});

describe('a clause that only sums (,共计…) counts what the clause before it did', () => {
	each([
		['(一)主动公开情况\n通过政府网站、公开栏等形式公开了各类信息,共计120余条。', [['transparency.disclosed', 120]]],
		['深入开展“法律进乡村”宣传活动,共计86场。', [['education.events', 86]]],
		['全年举办法治讲座,累计达42场,受众3000余人次。', [['education.events', 42], ['education.audience', 3000]]],
		// So does a verb of holding alone, after a time or a sum; near miss: a clause before on something no rule counts.
		['政府常务会议会前学法实现常态化,全年共开展11次。', [['leadership.pre_meeting_study', 11]]],
		['推进政务公开,全年共开展12次。', []],
		// A clause with nothing of its own before it, or a figure in it, lends no words.
		['2023年,共计86场。', []],
		['发放资料2000份,共计86场。', []],
	]);
});

describe('an agency\'s enforcement docket is no lawsuit count', () => {
	each([
		['全年办结林业行政案件103件,处罚105人次,罚款233万余元。', []],
		['查处交通运输行政案件56起。', []],
		// Suits, and a government's own docket with no field named, are counted as ever.
		['全县发生行政诉讼案件31件。', [['litigation.cases', 31]]],
		['全年共办理行政案件24件。', [['litigation.cases', 24]]],
	]);
});

describe('a rate told as the share of a count (…败诉752件,占…的15.9%)', () => {
	each([
		['全省法院审结一审行政案件4729件,行政机关败诉752件,同比下降14.84%,占全部一审结案总数的15.9%。', [['litigation.cases', 4729], ['litigation.lost', 752], ['litigation.loss_rate', 15.9]]],
		['全年审结行政复议案件2750件,其中维持行政复议决定1691件,占比61.4%;直接纠正(含撤销、确认违法)行政机关决定46件,占比1.78%。', [['reconsideration.closed', 2750], ['reconsideration.correction_rate', 1.78]]],
		// A share of what no rate counts, or one with a whole of its own figure, is no rate.
		['以镇街政府为被申请人的案件482宗,占比16.5%。', []],
		['全年办理人大代表建议173件,占全部191件建议的90.5%。', [['oversight.npc_suggestions', 173]]],
		['受理行政复议案件120件,同比增长10%,占全市的15%。', [['reconsideration.received', 120]]],
	]);
});

describe('a department\'s 党组 meeting is its executive meeting for 会前学法', () => {
	each([
		['全年党组会前学法12次,其他办公会以及下属各单位会前学法70余次。', [['leadership.pre_meeting_study', 12]]],
		['局党组会会前学法12次,引导全系统学法。', [['leadership.pre_meeting_study', 12]]],
		['党组会议会前学法9次。', [['leadership.pre_meeting_study', 9]]],
		// Named as a special topic's study.
		['局党组会会前专题学法7次。', [['leadership.pre_meeting_study', 7]]],
		['局领导班子带头学习新修订的《行政复议法》等法律,会前专题学法3次。', [['leadership.pre_meeting_study', 3]]],
		// The party standing committee's sessions, a 党组's after the executive meeting's, and a 党组's other study are not.
		['县委常委会会前学法16次。', []],
		['县政府常务会会前学法12次,党组会前学法6次。', [['leadership.pre_meeting_study', 12]]],
		['常务会议学法24次、党组会议学法8次。', [['leadership.pre_meeting_study', 24]]],
		['党组理论学习中心组集中学法6次。', []],
	]);
});

describe('figures that say where or of what, lighter penalties, replies to requests, legal and policy questions', () => {
	each([
		// 在58个项目中: the figure opens a clause of its own, and the subject before lends it nothing.
		['全年开展了2次行政规范性文件专项清理,已经废止6个,有效的规范性文件均已公开;在58个项目中随机抽取了14个进行检查。', [['decisions.docs_repealed', 6]]],
		['全年办理不予行政处罚案件294件,从轻减轻行政处罚案件2246件。', [['enforcement.lenient_cases', 294], ['enforcement.lenient_cases', 2246]]],
		// Replies to requests are their lesser measure; a lawsuit over a reply is none.
		['全年市局办理信息公开答复1068份,较上年度增加了35%。', [['transparency.requests', 1068]]],
		['被诉行政案件共计6件,其中因不服政府信息公开答复被诉的1件。', [['litigation.cases', 6]]],
		['现场解答牧民法律政策咨询20余人次。', [['legal_services.consultations', 20]]],
		['现场解答企业政策咨询20余人次。', []],
	]);
});

describe('what a site published, named earlier in the sentence; the disclosure guide and notices are no total', () => {
	each([
		['林业局网站中,2024年共发布信息42条,其中:机构信息4条,信息公开指南1条,信息公开年报1条。', [['transparency.disclosed', 42]]],
		// No site, no 公开: information published may be anything.
		['2024年共发布信息42条。', []],
		['办理省政府办公厅协助调查2件,制发延期、补正告知书3件,政府信息公开告知书40件。', []],
		['完成《某某工作方案(试行)》等2件市级重大行政决策事项的合法性初审。', [['decisions.legality_reviews', 2]]],
	]);
});

describe('activities held, counted as legal-education events in a sentence on legal education', () => {
	each([
		['2024年共组织普法志愿者7.1万余人,开展活动1.1万余场次,普法受众134万余人次。', [['education.events', 11000], ['education.audience', 1340000]]],
		['全年开展各类活动120场。', []],
		['围绕乡村振兴,开展文体活动30场。', []],
		['举办各类活动120场,其中法治宣传活动30场。', [['education.events', 30]]],
		// With the province, city or county as its subject.
		['深入开展宪法学习宣传,全省共开展各类活动980场。', [['education.events', 980]]],
	]);

	it('says the topic stood in the sentence, and names a topic its own words hold once', () => {
		const facts = reportOf('2024年共组织普法志愿者7.1万余人,开展活动1.1万余场次,普法受众134万余人次。').facts;
		expect(facts.map(fact => fact.why)).toEqual(['开展活动 + 普法 (sentence)', '受众']);
	});
});

describe('the topic of the sentence before, past a procedure that introduces the first clause (经审查,…)', () => {
	each([
		['2024年,区政协共收到提案215件。经审查,立案198件,已全部办结。', [['oversight.cppcc_proposals', 215], ['oversight.cppcc_proposals', 198]]],
		['经审查,立案198件,已全部办结。', []],
		['2024年,全区共受理行政复议案件215件。经审查,立案198件。', [['reconsideration.received', 215]]],
		// Past a time that opens the sentence (今年以来,) as past a procedure.
		['围绕重要节点开展普法宣传,落实月月有活动。今年以来,开展活动共计30余场。', [['education.events', 30]]],
		// Near misses: the sentence before names no legal education, or this one names a subject of its own.
		['围绕重要节点开展文体比赛,落实月月有活动。今年以来,开展活动共计30余场。', []],
		['围绕重要节点开展普法宣传。今年以来,区文化馆开展活动共计30余场。', []],
	]);
});

describe('cases counted after lawsuits named last in the sentence are lawsuits, not reviews', () => {
	each([
		['全年涉及本局的行政复议案件5件；行政、民事诉讼案件18件，其中民事案件8件，行政案件10件。', [['reconsideration.received', 5]]],
		// Near misses: 复议 named again after the lawsuits, or before 应诉 in one phrase, still names the reviews.
		['全年行政复议和应诉工作扎实推进，收到行政复议申请56件。', [['reconsideration.received', 56]]],
		['行政诉讼案件89件，新收行政复议案件56件。', [['litigation.cases', 89], ['reconsideration.received', 56]]],
	]);
});

describe('registered, other services\' files, and information on handling are not what the indicator counts', () => {
	each([
		// Cases registered for mediation are not yet mediated.
		['今年以来，调解中心接待群众900人次，法律咨询500人次，调解立案150件。', [['legal_services.consultations', 500]]],
		['今年以来，调解中心接待群众900人次，法律咨询500人次，成功调解150件。', [['legal_services.consultations', 500], ['disputes.mediated', 150]]],
		// The quality of legal aid files is not that of enforcement files.
		['全年受理法律援助案件260件，已办结200件，案卷质量考核合格率为100%。', [['legal_aid.cases', 260]]],
		['全年评查行政执法案卷300卷，案卷合格率为98%。', [['enforcement.case_file_pass_rate', 98]]],
		// Items published on how suggestions were handled are information, not suggestions.
		['按时公布人大代表建议、政协委员提案办理情况信息5条，其中人大代表建议办理情况信息2条，政协委员提案办理情况信息3条。', []],
		['全年办理人大代表建议45件、政协委员提案38件。', [['oversight.npc_suggestions', 45], ['oversight.cppcc_proposals', 38]]],
	]);
});

describe('disclosure: requests received under their own heading, information published (公布), and fees disclosed', () => {
	it('reads a bare 受理 under a heading on requests for disclosure as the requests received', () => {
		const body = '(一)主动公开情况\n全年主动公开政府信息333条。\n(二)依申请公开情况\n2024年共受理265件，均按时答复。';
		expect(factsOf(body)).toEqual([['transparency.disclosed', 333], ['transparency.requests', 265]]);
		// Near miss: under a heading on petitions, the same words count no requests.
		expect(factsOf('(二)信访工作情况\n2024年共受理265件，均按时答复。')).toEqual([]);
	});

	each([
		['全年向社会各界公布自然资源领域政府信息累计131条。', [['transparency.disclosed', 131]]],
		// One kind of information disclosed (fees) is not the total.
		['全年主动公开行政事业性收费1项，法定主动公开信息16条。', [['transparency.disclosed', 16]]],
	]);
});

describe('cases named by a mechanism clauses before, and penalties waived', () => {
	each([
		// 复议 named only in a mechanism clauses before: the cases after are enforcement's.
		['建立行政执法监督与行政复议衔接机制,统一行政裁量权基准,适用“四张清单”案件12.6万件,减免罚款1.2亿元。', []],
		['全年新收行政复议案件共56件。', [['reconsideration.received', 56]]],
		// 免予处罚, as 免罚 and 不予处罚.
		['落实包容审慎监管,办理免予处罚案件34件。', [['enforcement.lenient_cases', 34]]],
	]);
});

describe('proposals 确定立案, and documents not revised then repealed', () => {
	each([
		['大会共收到提案180件,提案审查委员会对收到提案进行了认真审查,确定立案150件。', [['oversight.cppcc_proposals', 180], ['oversight.cppcc_proposals', 150]]],
		['对已不适应发展要求以及未按时进行修订的规范性文件6件宣布废止。', [['decisions.docs_repealed', 6]]],
		// Near miss: documents revised are not repealed.
		['对规范性文件进行清理,修订规范性文件6件。', []],
	]);
});

describe('documents issued, all of them reviewed for legality', () => {
	each([
		['全年共出台行政规范性文件36件,均经合法性审核。', [['decisions.legality_reviews', 36]]],
		['县级以上政府共出台1200份规范性文件,均经合法性审查;严格规范执法。', [['decisions.legality_reviews', 1200]]],
		// Near misses: documents issued, with nothing said of their review, or reviewed in another way.
		['全年共出台行政规范性文件36件,均向社会公开。', []],
		['全年共出台行政规范性文件36件,均报送备案。', []],
	]);
});

describe('proposals named beside deputies\' suggestions are the CPPCC\'s', () => {
	each([
		['全年由区政府系统牵头办理的代表建议、提案分别为92件、75件。', [['oversight.npc_suggestions', 92], ['oversight.cppcc_proposals', 75]]],
		// Near miss: 提案 alone names no body.
		['全年由区政府系统牵头办理提案75件。', []],
	]);
});

describe('a conjunction after a count opens the next item, not the count\'s noun', () => {
	each([
		['编制2024年度重大行政决策事项目录5项和听证事项目录2项。', [['decisions.major', 5]]],
		['办理人大代表建议4件和政协委员提案3件。', [['oversight.npc_suggestions', 4], ['oversight.cppcc_proposals', 3]]],
		// 并 goes on with what the figure's things underwent.
		['严格落实“三统一”制度,出台行政规范性文件2件并按规定进行合法性审核。', [['decisions.legality_reviews', 2]]],
	]);
});

describe('a school\'s lesson on the law known by a quoted name is an event', () => {
	each([
		['各法治副校长服务团队共计开展法治“第一课”30余场次。', [['education.events', 30]]],
		// Near miss: a lesson on the law for cadres is their study.
		['组织机关干部开展法治课2次。', []],
	]);
});

describe('a page that sets each sentence on a line of its own', () => {
	each([
		// The sentence before, on the line before, gives a sentence with no subject of its own its topic.
		['区政府共收到行政复议申请1200件,较上年增长12%。\n已审结1100件,其中直接纠错96件。', [['reconsideration.received', 1200], ['reconsideration.closed', 1100]]],
		['2024年,区政协共收到提案215件。\n经审查,立案198件,已全部办结。', [['oversight.cppcc_proposals', 215], ['oversight.cppcc_proposals', 198]]],
		// Near misses: a heading between them ends it, and a sentence with a subject of its own keeps its own.
		['区政府共收到行政复议申请1200件。\n(二)行政应诉\n已审结1100件。', [['reconsideration.received', 1200]]],
		['区政府共收到行政复议申请1200件。\n区法院已审结各类案件1100件。', [['reconsideration.received', 1200]]],
	]);
});

describe('the constitution taught names legal education for its audience', () => {
	each([
		['组织各中小学开展“宪法晨读”“宪法知识竞赛”等系列主题教育,累计参与学生4500余人次。', [['education.audience', 4500]]],
		['组织各中小学开展读书月系列主题活动,累计参与学生4500余人次。', []],
	]);
});

describe('an article of a law named just before, documents repealed or declared void, information described at length', () => {
	each([
		['严格贯彻《中华人民共和国政府信息公开条例》二十条规定,全年主动公开政府信息1715条。', [['transparency.disclosed', 1715]]],
		['全年主动公开政府信息二十条。', [['transparency.disclosed', 20]]],
		['本次清理,决定废止或宣布失效规范性文件7件。', [['decisions.docs_repealed', 7]]],
		['本次清理,宣布失效规范性文件7件。', []],
		['向社会公众公开涉及住建委职能相关工作动态和各类政府信息660条。', [['transparency.disclosed', 660]]],
	]);
});

describe('how long a course lasted does not end its trainees\' noun (参加为期4天的…培训班)', () => {
	each([
		['组织30名干部职工参加为期4天的公共法律知识培训班。', [['training.officials', 30]]],
		['组织30名干部职工参加为期4天的业务技能比武。', []],
	]);
});

describe('information exempt from disclosure is none published', () => {
	each([
		['全年公开政府信息43条,免于公开信息0条。', [['transparency.disclosed', 43]]],
		['主动公开信息218条,免予公开信息4条。', [['transparency.disclosed', 218]]],
	]);
});

describe('events and their audience counted side by side', () => {
	each([
		['依托农民夜校举办法治讲座22场6300余人次。', [['education.events', 22], ['education.audience', 6300]]],
		// A word between them gives the second figure its own reading.
		['举办法治讲座12场,培训村干部940人次。', [['education.events', 12], ['training.officials', 940]]],
		// Not after events: the count before is no event.
		['发放宣传资料5000份3000人次。', []],
		// A party school's lectures are cadres' training, not the public's legal education.
		['区委党校开设法治专题讲座7场次。', []],
	]);

	it('says the audience was read after its events', () => {
		const fact = reportOf('举办宪法宣讲18场4200人次。').facts.find(f => f.indicator === 'education.audience');
		expect(fact?.why).toBe('after 18场 (education.events) + 宪法');
	});
});

describe('the law taken to villages, schools and workplaces (法律进X) names events', () => {
	each([
		['组织法律进乡村、进校园、进企业活动260余场次。', [['education.events', 260]]],
		['开展民法典进社区、进家庭680场。', [['education.events', 680]]],
		// Not events: a count of places reached.
		['推动法律服务进社区,覆盖社区52个。', []],
		['送法律进企业服务企业130家。', []],
	]);
});

describe('visitors to a legal service are not petitioners', () => {
	each([
		['区法律援助工作站全年解答法律咨询和接待群众来访2300余人次。', [['legal_services.consultations', 2300]]],
		['律师事务所接待来访群众410人次。', []],
		// Petitions stay petitions.
		['区信访局全年接待群众来访1280人次。', [['petitions.volume', 1280]]],
	]);
});

describe('one kind of published information is not the total disclosed', () => {
	each([
		['全年主动公开政府信息4610条,发布政策解读信息36条。', [['transparency.disclosed', 4610]]],
		['推进政务公开,发布惠企政策信息120条。', []],
		// The kinds listed before a total leave the total standing.
		['主动公开规范性文件、政策解读等信息共计2900余条。', [['transparency.disclosed', 2900]]],
	]);
});

describe('shares by who handled them (主办, 协办) are parts of the total', () => {
	each([
		['承办区人大代表议案建议共26件,其中主办建议19件、协办建议7件。', []],
		['办理人大代表建议48件,其中主办41件,协办7件。', [['oversight.npc_suggestions', 48]]],
		['承办政协提案33件,其中主办提案30件、会办提案3件。', [['oversight.cppcc_proposals', 33]]],
	]);
});

describe('a count said not to have happened is no count', () => {
	each([
		['全年共调处矛盾纠纷86起,未发生一起因调处不当引发的上访。', [['disputes.mediated', 86]]],
		['全年无一起以区政府为被告的行政诉讼案件。', []],
		// A count of one stands.
		['全年收到行政复议申请一起。', [['reconsideration.received', 1]]],
	]);
});

describe('cases a court mediated are not the government\'s mediation', () => {
	each([
		['人民调解组织化解矛盾纠纷57件,协助法庭化解疑难案件4件。', [['disputes.mediated', 57]]],
		['配合人民法庭成功调解纠纷9件。', []],
		// A court named earlier in a clause about another body's work does not rule it out.
		['建成专业化法庭3个,全区调解组织调解矛盾纠纷1200余件。', [['disputes.mediated', 1200]]],
	]);
});

describe('the part left out of what is said of the rest (除…外) is no count', () => {
	each([
		['全年收到政府信息公开申请64件,除3件转入下年办理外,均按期答复。', [['transparency.requests', 64]]],
		['受理行政复议申请120件,除了5件尚在审理中,其余均已审结。', [['reconsideration.received', 120]]],
		// 除…外 before the figure's own words leaves the figure whole.
		['除日常宣传外,开展法治宣传活动36场。', [['education.events', 36]]],
	]);
});

describe('a backlog\'s list of petitions is not the year\'s petitions', () => {
	each([
		['《信访积存事项清单》共48件,已化解31件。', []],
		['建立信访存量台账,存量信访事项52件已全部化解。', []],
		// The year's petitions beside it stand.
		['全年受理信访事项1300件次,列入存量清单的事项已全部化解。', [['petitions.volume', 1300]]],
	]);
});

describe('the government\'s own law lectures are not events of legal education', () => {
	each([
		['举办县政府专题法律讲座4次。', []],
		['区政府班子法治讲座全年举办3场。', []],
		// Lectures for the public stand, also when the government holds them.
		['区政府组织开展“法律进社区”宣传活动25场。', [['education.events', 25]]],
		['举办法治讲座进社区20场。', [['education.events', 20]]],
		// Lectures listed with the executive meeting's study are the cadres' study too.
		['坚持领导干部学法,全年开展常务会会前学法6次、法治讲座3次。', [['leadership.pre_meeting_study', 6]]],
		['开展常务会会前学法6次,面向群众开展法治宣传活动40场。', [['leadership.pre_meeting_study', 6], ['education.events', 40]]],
	]);
});

describe('a figure with a clause of its own takes no subject from the figure before', () => {
	each([
		// 就/对 + a figure before its noun + a verb: the object of its own clause.
		['全年主动公开政府信息8200条,就9件规章草案向社会公开征求意见。', [['transparency.disclosed', 8200]]],
		['审查行政规范性文件56件,对7件文件提出修改意见。', [['decisions.legality_reviews', 56]]],
		// The opinions themselves, counted after them, stand.
		['对规范性文件提出修改意见56条。', [['decisions.legal_opinions', 56]]],
		// A rate's subject is no count's: the count after a rate's change starts a subject of its own.
		['干部法治培训参训率同比提高6.5%,52名新任职干部进行宪法宣誓。', []],
		// A further figure of the same subject still carries it.
		['全年受理信访事项1200件次、3100人次。', [['petitions.volume', 1200], ['petitions.volume', 3100]]],
		['审查行政规范性文件56件、7件合同。', [['decisions.legality_reviews', 56], ['decisions.legality_reviews', 7]]],
	]);
});

describe('questions to a government-services desk are not legal consultations', () => {
	each([
		['优化法治化营商环境,开通政务服务直播间,接受在线咨询、业务办理900余次。', []],
		// Legal consultations beside the words of law stand.
		['公共法律服务中心接待群众法律咨询900余人次。', [['legal_services.consultations', 900]]],
	]);
});

describe('cases filed (发案) and settled or withdrawn (调撤) in reconsideration', () => {
	each([
		['全年行政复议发案量42件,办结40件。', [['reconsideration.received', 42], ['reconsideration.closed', 40]]],
		['行政复议案件调撤率21.5%。', [['reconsideration.mediation_rate', 21.5]]],
		// The lawsuits named last before the rate are what it is of.
		['聘任5名行政复议员,推动行政诉讼案件调解撤诉,调撤率36.2%。', []],
		// A total of all disputes names no indicator; its reconsideration part does.
		['全年行政争议发案量共60件,其中行政复议发案量45件。', [['reconsideration.received', 45]]],
	]);
});

describe('a sentence with no subject of its own goes on with the sentence before it', () => {
	each([
		['全年共收到行政复议申请420件,同比增长12%。已审结396件,其中调解结案41件。', [['reconsideration.received', 420], ['reconsideration.closed', 396]]],
		// The sentence before names lawsuits too: whose cases were concluded is not said.
		['全年收到行政复议申请420件,行政诉讼案件130件。已审结396件。', [['reconsideration.received', 420], ['litigation.cases', 130]]],
		// A sentence with a subject of its own keeps it.
		['全年收到行政复议申请420件。信访部门办结信访事项396件。', [['reconsideration.received', 420], ['petitions.volume', 396]]],
	]);

	it('says the topic came from the sentence before', () => {
		const [, closed] = reportOf('全年共收到行政复议申请420件。已审结396件。').facts.filter(fact => !fact.derived);
		expect(closed?.why).toBe('审结 + 复议 (sentence before)');
	});
});

describe('disputes handled, and those mediated with success counted after them', () => {
	each([
		['全县调处矛盾纠纷520件,调解成功508件,调解成功率97.7%。', [['disputes.mediated', 508], ['disputes.mediation_success_rate', 97.7]]],
		['人民调解组织受理纠纷300件,成功化解296件。', [['disputes.mediated', 296]]],
		// A rate of success after it is no count of successes: the count stands.
		['全年调解矛盾纠纷1200件,调解成功率98%。', [['disputes.mediated', 1200], ['disputes.mediation_success_rate', 98]]],
		// Disputes passed up to a higher level were not mediated here.
		['成功调解矛盾纠纷86件,上报县级矛盾纠纷0件。', [['disputes.mediated', 86]]],
	]);
});

describe('a lawsuit count and its parts beside reconsideration', () => {
	each([
		['办理行政复议案件40件,办结36件;办理行政应诉案件25件,其中审结20件。', [['reconsideration.received', 40], ['reconsideration.closed', 36], ['litigation.cases', 25]]],
		// 复议 named after the lawsuits takes the figure back.
		['行政诉讼案件25件;行政复议案件审结20件。', [['litigation.cases', 25], ['reconsideration.closed', 20]]],
	]);
});

describe('what was withheld, or published in one channel, is not the total disclosed', () => {
	each([
		['全年共制作政府信息5000条,其中主动公开信息2100条,不予公开信息900条。', [['transparency.disclosed', 2100]]],
		['主动公开政府信息8600条,其中信息公开目录发布3100条。', [['transparency.disclosed', 8600]]],
		// Disclosure through the catalogue, counted as what was published, stands.
		['通过政府信息公开目录主动公开信息5000条。', [['transparency.disclosed', 5000]]],
		['共收到公开政府信息申请12件,均按时答复。', [['transparency.requests', 12]]],
	]);
});

describe('kinds of case with their sum, and cases counted as a number (案件数)', () => {
	each([
		['新纳入复议范围的行政协议类案件共计176件。', []],
		// A figure in brackets after one kind of case is that kind's.
		['处罚类行政复议案件增幅超过2倍(新收830件)。', []],
		['新收行政复议案件(含结转)830件。', [['reconsideration.received', 830]]],
		['全市法律援助机构提供法律援助3100人次,受理案件数980件。', [['legal_aid.cases', 980]]],
	]);
});

describe('a clause of only another level of the same noun takes the verb before', () => {
	each([
		['成功调解村级矛盾纠纷78件,镇级矛盾纠纷37件。', [['disputes.mediated', 78], ['disputes.mediated', 37]]],
		// Another noun, or no level before the noun the figure before counted: no verb carries.
		['成功调解村级矛盾纠纷78件,镇级调解组织12个。', [['disputes.mediated', 78]]],
		['成功调解矛盾纠纷78件,镇级矛盾纠纷37件。', [['disputes.mediated', 78]]],
	]);
});

describe('a public legal service to firms, and lawsuits settled, are not the indicators\' counts', () => {
	each([
		['为小微企业开展法律体检60次,为企业提出法律建议45件。', []],
		// Opinions on documents that concern firms are the government's review.
		['审查涉及企业的规范性文件12件,提出修改意见30条。', [['decisions.legality_reviews', 12], ['decisions.legal_opinions', 30]]],
		['推进府院联动,化解行政诉讼案件18件。', []],
		['全年发生行政诉讼案件70件。', [['litigation.cases', 70]]],
	]);
});

describe('the reach of a law course, and lectures for cadres', () => {
	each([
		['组织干部职工开展法治培训12场次,覆盖600余人次。', [['training.officials', 600]]],
		['举办法治思想网络专题培训班,覆盖科级干部共计280人次。', [['training.officials', 280]]],
		// No course before the reach: publicity reaches the public, not cadres trained.
		['组织干部开展法治宣传活动12场,覆盖600余人次。', [['education.events', 12], ['education.audience', 600]]],
		// Lectures at the executive meeting, or listed with the central group's study, are the cadres' study, not the
		// public's legal education: at the executive meeting, its study of law.
		['在区政府常务会上开展4次法治讲座。', [['leadership.pre_meeting_study', 4]]],
		['全年党工委理论学习中心组法治学习4次,开展法律讲座2次。', []],
		// A sum of services that consultations are one of is no count of consultations.
		['提供合同审查、风险研判及法律咨询等法律服务共计15次。', []],
	]);
});

describe('the public a law lecture tour reached', () => {
	each([
		['组建法治宣讲队,下沉各村开展宣讲12次,现场答疑,覆盖群众900余人次。', [['education.events', 12], ['education.audience', 900]]],
		// A tour on another subject reaches an audience that is not legal education's.
		['组建理论宣讲队,下沉各村开展理论宣讲12次,覆盖群众900余人次。', []],
	]);
});

describe('a sentence that opens on 从…形式看 breaks down the total of the sentence before it', () => {
	it('reads its figures as parts, not as the indicator\'s count; 从全年看 is no breakdown', () => {
		expect(factsOf('今年1-6月,全县信访总量143件次,同比上升9.16%。从信访形式看,来访95件127人次;来信19件次。')).toEqual([['petitions.volume', 143]]);
		expect(factsOf('从全年看,全县受理群众来访95件。')).toEqual([['petitions.volume', 95]]);
	});
});

describe('the parts listed after 其中 share one fate', () => {
	it('keeps a later part a part though it names the topic its total lacks', () => {
		expect(factsOf('区政协全体会议以来,交由区政府办理的提案共92件,其中集体提案25件,委员个人和联名提案67件。')).toEqual([['oversight.cppcc_proposals', 92]]);
		expect(factsOf('全县累计发布各类政府信息10615条,其中:县政府网站发布3335条,政府信息公开专栏发布954条,政务新媒体发布6326条。')).toEqual([['transparency.disclosed', 10_615]]);
	});
});

describe('a figure in brackets right after another breaks it down', () => {
	it('reads the bracketed figure as a part of the one before it', () => {
		expect(factsOf('全年共收到行政复议申请85件(通过网上复议渠道申请8件)。')).toEqual([['reconsideration.received', 85]]);
		expect(factsOf('全市政府系统共收到人大代表建议1284件(涉及分办建议95件)。')).toEqual([['oversight.npc_suggestions', 1284]]);
		// Near miss: brackets that do not follow a figure.
		expect(factsOf('全年共收到行政复议申请(含网上申请)85件。')).toEqual([['reconsideration.received', 85]]);
	});
});

describe('a sentence opening on 其中 after a change breaks down the level, not the change', () => {
	it('passes over the difference and the rate to the count they qualify', () => {
		expect(factsOf('全年共受理群众来信来访195件次,同比减少89件,下降31%。其中:来信52件;来访143件。')).toEqual([['petitions.volume', 195]]);
		expect(factsOf('全年公开政府信息145条,与去年相比增加45条。其中通过政府网站公开信息93条,通过宣传栏等渠道公开信息52条。')).toEqual([['transparency.disclosed', 145]]);
	});
});
