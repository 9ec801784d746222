import {describe, expect, it} from 'vitest';
import {explainReport} from '../../source/parse/explain/index.js';
import {parseReport} from '../../source/parse/index.js';
import {hintsFromName} from '../../source/load/hints.js';
import {eachFacts as each, factsOf, reportOf} from '../helpers/report.js';

// Each class of reading the parser must get right on reports it has never seen, in phrasings written for
// these tests: what becomes a fact, and the near misses beside it that must not.
describe('a total and its parts (其中, 分别)', () => {
	each([
		// A part of the same kind is a sub-total, not a second statement of the total.
		['全年共收到行政复议申请210件,其中依法受理188件、不予受理9件。', [['reconsideration.received', 210]]],
		['主动公开政府信息5600条,其中政策解读信息310条。', [['transparency.disclosed', 5600]]],
		// A total read with the topic only from the words around it, and a part that names it: both are statements.
		['加大主动公开力度,通过门户网站发布信息3200条,其中主动公开政府信息1500条。', [['transparency.disclosed', 3200], ['transparency.disclosed', 1500]]],
		['主动公开政府信息5600条,其中主动公开规范性文件310条。', [['transparency.disclosed', 5600]]],
		// A part of another kind stands.
		['受理行政复议案件52件,其中审结49件。', [['reconsideration.received', 52], ['reconsideration.closed', 49]]],
		// A share by what it concerns (涉及) is a part of the total, whatever indicator its words resemble.
		['全年共审查各类涉法事项380件,其中涉及政府信息公开45件。', [['decisions.legality_reviews', 380]]],
		// So is a share by what gave rise to it.
		['全年收到行政复议申请40件,其中,行政处罚引起的6件、信息公开引起的3件。', [['reconsideration.received', 40]]],
		// And a share by whether it met the conditions for acceptance: a kind of the cases closed, not a count received.
		['市司法局审结行政复议案件160件,其中符合法定受理条件的案件141件。', [['reconsideration.closed', 160]]],
		['全年收到行政复议申请60件,其中不符合受理条件的4件。', [['reconsideration.received', 60]]],
		['主动公开政府信息2300条,其中政策解读信息45条。', [['transparency.disclosed', 2300]]],
		// The cases one procedure took are a part of those received or concluded.
		['全年收到行政复议申请640件。行政复议机构通过简易程序办理案件210件,审结600件。', [['reconsideration.received', 640], ['reconsideration.closed', 600]]],
		// A rate has no parts: 其中 breaks down the count before it.
		['新收一审行政案件310件,结案率为91.2%,其中行政机关败诉12件。', [['litigation.cases', 310], ['litigation.lost', 12]]],
		// A sentence of its own after the suits: a judgment against an administrative organ is a suit lost.
		['全市法院受理一审行政案件410件。其中,判决行政机关败诉23件,败诉率为5.6%。', [['litigation.cases', 410], ['litigation.lost', 23], ['litigation.loss_rate', 5.6]]],
		// A breakdown in brackets ends with them: what follows the bracket is no part.
		['在政务新媒体公开信息1200条(其中原创300条,转载900条);在政府网站主动公开政府信息130条。', [['transparency.disclosed', 1200], ['transparency.disclosed', 130]]],
		// Near miss: the parts inside the brackets.
		['全年收到行政复议申请56件(其中不予受理3件,申请人撤回申请2件)。', [['reconsideration.received', 56]]],
		// Kinds of the cases a court took, one of them about disclosure: no information published.
		['在受理的30件案件中,从案件的类型来看,行政处罚4件、政府信息公开2件、行政登记7件。', []],
		// A combined total names no kind; its parts do.
		['共承办人大代表建议和政协提案150件,其中人大代表建议90件、政协提案60件。', [['oversight.npc_suggestions', 90], ['oversight.cppcc_proposals', 60]]],
		// Kinds of decision are parts of the cases concluded, not the count concluded.
		['作出撤销决定7件,作出维持决定33件。', []],
		// A sentence opening on 其中, or on 在…中, breaks down the total the sentence before ended on.
		['全年受理信访总量420件次。其中:来访180件次;网上信访200件次;来信40件次。', [['petitions.volume', 420]]],
		['全年受理信访总量420件次。在受理的信访中,区信访局受理的信访总量为150件次。', [['petitions.volume', 420]]],
		['收到行政复议申请96件,较上年增长12%。其中,区政府本级收到申请60件。', [['reconsideration.received', 96]]],
		// A total in a measure word the part's rule does not count is a sum of other things: the part stands.
		['法律援助全年为民办实事5.2万件次,其中审批法律援助案件3100件。', [['legal_aid.cases', 3100]]],
		// Near miss: a total in the rule's own measure word is the count the part is a share of.
		['全年法律援助为民办实事5200件,其中审批法律援助案件3100件。', [['legal_aid.cases', 5200]]],
		// Near misses: a sentence that opens otherwise states its own figure.
		['全年受理信访总量420件次。区信访局接待群众来访180件次。', [['petitions.volume', 420], ['petitions.volume', 180]]],
		['全年受理信访总量420件次。开展法治宣传活动12场。其中,网上信访200件次。', [['petitions.volume', 420], ['education.events', 12], ['petitions.volume', 200]]],
	]);
});

describe('a count read with a borrowed topic, beside the count in the indicator\'s own words', () => {
	each([
		// Read only with the 复议 of its sentence and smaller than the cases received: the accepted are a part.
		['全年收到行政复议申请140件,依法受理121件。', [['reconsideration.received', 140]]],
		// Read with the 公开 before it in the sentence: the news items posted are a part of what was disclosed.
		['全年主动公开政府信息5230条,通过门户网站发布工作动态信息860条。', [['transparency.disclosed', 5230]]],
		// Near miss: larger than the count in its own words, it may be the total that count is a part of.
		['加大公开力度,全年通过各类平台发布信息9100条。主动公开政府信息4800条。', [['transparency.disclosed', 9100], ['transparency.disclosed', 4800]]],
		// Near miss: each count in its own words stands, however small.
		['全年调解矛盾纠纷1200件。开展行政调解,调解纠纷310件。', [['disputes.mediated', 1200], ['disputes.mediated', 310]]],
		// Near miss: a head count is not outranked by a count of cases.
		['收到法律援助申请320件。为困难群众提供法律援助服务,受援群众290人。', [['legal_aid.cases', 320]]],
	]);

	it('keeps the outranked figure among the figures, and the trace says which count outranks it', () => {
		const body = '全年收到行政复议申请140件,依法受理121件。';
		const report = reportOf(body);
		expect(report.figures.map(figure => figure.match)).toContain('121件');
		const entry = explainReport(`某某区人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '121件');
		expect(entry?.outcome).toEqual({kind: 'excluded', by: 'outranked'});
		expect(entry?.why).toContain('counts reconsideration.received in its own words as 140件');
	});
});

describe('a count for each year of a span', () => {
	each([
		// The span's total is another period; the year under review's item is the year's count, not a part of it.
		['2019年机构改革以来,县司法局共办理行政复议案件185件,其中2019年办理4件,2020年办理10件,2021年办理21件,2022年办理56件,2023年办理96件。', [['reconsideration.received', 96]]],
		['2021年以来,共办理行政复议案件185件,其中2023年办理96件。', [['reconsideration.received', 96]]],
		// An item of a list that names its own year is that year's, though it carries the first item's words.
		['2021年行政机关败诉率为13.5%、2022年为20.2%、2023年为15.5%。', [['litigation.loss_rate', 15.5]]],
		// Near miss: a list of years before the figures names several years for each of them.
		['2021年、2022年、2023年共受理行政复议案件9件、21件、30件。', []],
		// A year of a series whose clause names only how the figure moved takes the subject of the year before it.
		['2022年全区收到行政复议申请61件;2023年激增到154件,同比增长152.5%。', [['reconsideration.received', 154]]],
		['2022年全区收到行政复议申请61件,2023年为154件。', [['reconsideration.received', 154]]],
		// Near miss: the year before alone is another year's.
		['2022年全区收到行政复议申请61件;2021年为40件。', []],
		// The year under review's months so far stand for it in a series; a clause of a year alone may open the series.
		['2021年全市行政机关败诉率为23.22%,2022年为18.01%,2023年1-10月为8.85%。', [['litigation.loss_rate', 8.85]]],
		['近三年,败诉率持续下降,2021年,全市行政机关败诉率为23.22%,2022年下降至18.01%,2023年1-10月为8.85%。', [['litigation.loss_rate', 8.85]]],
		// The subject may stand before the first item's year.
		['全区行政复议案件2021年为61件,2022年为75件,2023年为92件。', [['reconsideration.received', 92]]],
		// An opening clause of an earlier year alone frames the sentence, until the year under review is named again.
		['2021年,全市收到行政复议申请56件,审结50件。', []],
		['2021年,全市收到行政复议申请56件,今年收到72件。', [['reconsideration.received', 72]]],
		// An earlier year leading the first clause with its subject leads every clause after it too.
		['2022年全区受理行政复议案件137件,审结130件,纠错率8.2%。', []],
		['2022年全区受理行政复议案件137件,今年审结130件。', [['reconsideration.closed', 130]]],
		// Near miss: the year under review leading it.
		['2023年全区受理行政复议案件137件,审结130件。', [['reconsideration.received', 137], ['reconsideration.closed', 130]]],
		// So does one leading a later clause that no figure stands before, and the later items of its own clause.
		['作为对照,2022年全区受理行政复议案件203件、行政诉讼案件88件,负责人出庭应诉61人次。', []],
		['在2022年度督察中,我区被指出应诉工作存在短板:2022年全区行政诉讼案件137件,败诉14件,败诉率10.2%。', []],
		// Near miss: a year after a figure is a comparison's.
		['全区受理行政复议案件150件,2022年为137件,审结140件。', [['reconsideration.received', 150], ['reconsideration.closed', 140]]],
		['2023年,全市收到行政复议申请56件。', [['reconsideration.received', 56]]],
		// The figures after a later mention of the year under review are that year's.
		['2018年以来,全县行政机关败诉率分别为15.1%、12.3%,2023年县法院审结的一审案件中行政机关败诉32件,败诉率为6.5%。', [['litigation.lost', 32], ['litigation.loss_rate', 6.5]]],
		// Near misses: a span with no item for the year gives nothing, and a part by kind after 其中 stays a part.
		['2021年以来,共办理行政复议案件185件。', []],
		['共收到政府信息公开申请24件,其中23件信函申请,1件现场申请。', [['transparency.requests', 24]]],
	], 2023);
});

describe('a lesser measure of an indicator, beside the indicator counted in other own words', () => {
	each([
		// Suggestions and proposals whose handling was published are counted by the item, not by the information.
		['主动公开政府信息402条,做好3件人大代表建议、7件政协提案办理结果信息公开。', [['transparency.disclosed', 402]]],
		['做好5件人大代表建议办理结果公开。', []],
		// Documents a clean-up kept in force are an outcome of it, neither reviews nor opinions.
		['经清理,出具审核意见建议继续有效的规范性文件23件,废止的规范性文件22件。', [['decisions.docs_repealed', 22]]],
		// Near miss: suggestions handled, all of them concluded.
		['办理人大代表建议5件,已全部办结并公开答复。', [['oversight.npc_suggestions', 5]]],
		// The suits a court concluded, beside those it took in: the suits brought are the count, larger or smaller.
		['全市两级法院共受理一审行政案件2210件,审结一审行政案件2236件。', [['litigation.cases', 2210]]],
		['本年度受理行政诉讼案件860件,审结行政诉讼案件790件。', [['litigation.cases', 860]]],
		// Administrative suits named with another kind of suit against the government (行政、赔偿诉讼); near miss: with
		// civil suits they are another docket.
		['2024年,全市法院行政、赔偿诉讼案件共793件。', [['litigation.cases', 793]]],
		['2022年,全市法院行政、民事诉讼案件共793件。', []],
		// Near miss: a report whose only count is of the suits concluded gives that count.
		['全年共审结一审行政诉讼案件47件,败诉3件。', [['litigation.cases', 47], ['litigation.lost', 3]]],
		// Near miss: the suits against the county government are another count in their own words, and both stand.
		['全县发生行政诉讼案件120件,以县政府为被告的行政诉讼案件18件。', [['litigation.cases', 120], ['litigation.cases', 18]]],
		// The reconsideration cases handled hold those carried over: beside the cases taken in, in the same sentence with
		// the topic from them, they give way.
		['全市各级复议机关共办理行政复议案件960件,受理812件,审结790件。', [['reconsideration.received', 812], ['reconsideration.closed', 790]]],
		// Near miss: alone, the cases handled are the count.
		['全年办理行政复议案件960件,审结790件。', [['reconsideration.received', 960], ['reconsideration.closed', 790]]],
		// Kinds of document published give way to a larger count of what was, with its topic from the section.
		['一、政府信息公开\n主动公开区政府规章8件,行政规范性文件31件。全年在区政府网站发布各类信息6200条。', [['transparency.disclosed', 6200]]],
		['全年在官方网站发布各类信息48条,主动公开本局办理的7件建议提案。', [['transparency.disclosed', 48]]],
		// Near miss: a smaller count with a borrowed topic, in another sentence, is no better than the kinds.
		['一、政府信息公开\n主动公开行政规范性文件31件。更新工作动态信息12条。', [['transparency.disclosed', 31], ['transparency.disclosed', 12]]],
	]);

	it('keeps the concluded count among the figures, and the trace says what outranks it', () => {
		const body = '全市两级法院共受理一审行政案件2210件,审结一审行政案件2236件。';
		expect(reportOf(body).figures.map(figure => figure.match)).toContain('2236件');
		const entry = explainReport(`某某市人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '2236件');
		expect(entry?.outcome).toEqual({kind: 'excluded', by: 'outranked'});
		expect(entry?.why).toContain('审结 counts a lesser measure; line 2 counts litigation.cases as 2210件');
	});
});

describe("a court's wider docket (行政案件) and the lawsuits within it", () => {
	each([
		// The suits against the government within a court's docket, which also holds its reviews of non-litigation
		// enforcement: the suits are the count, not a sub-total.
		['全县法院共受理各类行政案件720件,其中行政诉讼案件390件,非诉执行审查案件330件。', [['litigation.cases', 390]]],
		['全市两级法院新收行政案件2480件,同比上升3.1%。其中一审行政诉讼案件1260件。', [['litigation.cases', 1260]]],
		// Appeals are the same suits again: a lesser measure beside those brought at first instance.
		['全市法院共新收行政案件2480件,其中一审行政诉讼案件1260件,二审行政诉讼案件505件。', [['litigation.cases', 1260]]],
		// A court's docket by instance, with nothing else given, is the count.
		['2024年,全省法院新收各类行政一审案件1.8万件。', [['litigation.cases', 18_000]]],
		['全市法院受理行政二审案件96件。', [['litigation.cases', 96]]],
		['本季度县法院共新收行政一审诉讼案件24件。', [['litigation.cases', 24]]],
		// Near miss: a docket broken down by who was sued names suits in no part, and stays the count.
		['全区法院受理行政案件86件,其中以区政府为被告的12件。', [['litigation.cases', 86]]],
		// Near miss: suits broken down by kind of suit are sub-totals of the suits.
		['受理行政诉讼案件150件,其中一审行政诉讼案件120件。', [['litigation.cases', 150]]],
		// Near miss: the concluded suits within a docket concluded are no count of suits brought beside it.
		['全市法院审结行政案件300件,其中行政诉讼案件210件。', [['litigation.cases', 300]]],
	]);

	it('keeps the docket among the figures, and the trace says what outranks it', () => {
		const body = '全县法院共受理各类行政案件720件,其中行政诉讼案件390件。';
		expect(reportOf(body).figures.map(figure => figure.match)).toContain('720件');
		const entry = explainReport(`某某县人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '720件');
		expect(entry?.outcome).toEqual({kind: 'excluded', by: 'outranked'});
		expect(entry?.why).toContain('行政案件 counts a wider docket; line 2 counts litigation.cases in its own words as 390件');
	});
});

describe('a reconsideration office\'s settlement rate by its other names, and a sentence on the means', () => {
	each([
		// 调撤结案率: closed by mediation or withdrawn after settling, as 调撤率; near miss: with no review named.
		['全年审结行政复议案件300件,通过调解、和解方式结案80件,调撤结案率达26.3%。', [['reconsideration.closed', 300], ['reconsideration.mediation_rate', 26.3]]],
		['全年调撤结案率达26.3%。', []],
		// A share by the body that handled it (其中,…办理的) is a part, whatever topic its own words name; near miss: that
		// body's rate alone.
		['全市各级行政复议机关办结的案件中,作出纠错决定的300件,纠错率达15.1%;其中,市司法局办理的复议案件纠错率达18.7%。', [['reconsideration.correction_rate', 15.1]]],
		['市司法局办理的行政复议案件纠错率达18.7%。', [['reconsideration.correction_rate', 18.7]]],
		// A sentence opening on the means (通过…方式) names no subject in any clause: its figures go on with the sentence
		// before; near misses: no topic before it, a subject of its own (全区), and a share of things after 有.
		['全年新收行政复议案件300件。通过调解、和解方式结案80件,调撤结案率达26.3%。', [['reconsideration.received', 300], ['reconsideration.mediation_rate', 26.3]]],
		['全年新收行政复议案件300件。通过变更、撤销等方式纠正违法或不当行政行为58件,纠错率为12.07%。', [['reconsideration.received', 300], ['reconsideration.correction_rate', 12.07]]],
		['通过调解、和解方式结案80件,调撤结案率达26.3%。', []],
		['全年新收行政复议案件300件。通过开展宣传,全区调撤结案率达26.3%。', [['reconsideration.received', 300]]],
		['全年新收行政复议案件300件。通过调解、和解方式结案80件,调撤结案率达26.3%,有90.3%的案件未再进入诉讼程序。', [['reconsideration.received', 300], ['reconsideration.mediation_rate', 26.3]]],
	]);
});

describe('a breakdown after 其中 closes once its parts add up to the total', () => {
	each([
		['交办的人大代表建议共16件,其中主办件2件、会办件14件;区人大会议代表提出议案1件、建议45件。', [['oversight.npc_suggestions', 16], ['oversight.npc_suggestions', 45]]],
		// Near miss: parts that do not yet add up go on breaking the total down.
		['交办人大代表建议共16件,其中主办件2件、会办件10件、闭会期间建议4件。', [['oversight.npc_suggestions', 16]]],
	]);
});

describe('a count broken down by items that add up to it, with no 其中', () => {
	each([
		// Channels that add up to the count before them are its parts, however their own words read; near miss: items
		// that do not add up stand.
		['主动公开政府信息1549条,通过政府网站公开政府信息598条,在政务微信公众号公开政府信息901条,在报纸等其他媒体发布政府信息50条。', [['transparency.disclosed', 1549]]],
		['主动公开政府信息1549条,通过政府网站公开政府信息598条,在政务微信公众号公开政府信息900条。', [['transparency.disclosed', 1549], ['transparency.disclosed', 598], ['transparency.disclosed', 900]]],
		// A later stage and a year's share stand beside the count they add up to, as beside one under 其中.
		['县政协共收到提案134件,经审查立案129件,作为意见处理的5件。', [['oversight.cppcc_proposals', 134], ['oversight.cppcc_proposals', 129]]],
		['共办理行政复议案件5件(含上年结转1件,2024年受理4件)。', [['reconsideration.received', 4]]],
		// The count may end the sentence before, its items making up all of the next; near miss: items that do not add up.
		['全年主动公开政府信息总数2942条。通过局门户网站公开政府信息52条,其他信息2167条,局微博发布信息541条,局微信公众号公开政府信息175条,发布政策解读信息7条。', [['transparency.disclosed', 2942]]],
		['全年主动公开政府信息总数2942条。通过局门户网站公开政府信息52条,其他信息2167条,局微博发布信息541条,局微信公众号公开政府信息176条,发布政策解读信息7条。', [['transparency.disclosed', 2942], ['transparency.disclosed', 52], ['transparency.disclosed', 176]]],
	]);

	it('says of an item that it and the items beside it add up to the count, and keeps it among the figures', () => {
		const body = '主动公开政府信息1549条,通过政府网站公开政府信息598条,在政务微信公众号公开政府信息901条,在报纸等其他媒体发布政府信息50条。';
		expect(reportOf(body).figures.map(figure => figure.match)).toEqual(['598条', '901条', '50条']);
		const entry = explainReport(`某某区人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '598条');
		expect(entry?.why).toContain('it and the items beside it add up to 1549条 before it: a part');
	});
});

describe('figures a page set apart on lines of their own, and what the year added to a stock', () => {
	each([
		// A figure alone on its line goes on from the line before, and a line opening on a comma from one ending in a
		// figure; near miss: a figure after a sentence's end opens a line of its own.
		['全市法院行政机关总败诉率为\n14.2%\n实体判决败诉率为\n23.7%', [['litigation.loss_rate', 14.2], ['litigation.loss_rate', 23.7]]],
		['全年办理法律援助案件300件。\n2110\n条例学习', [['legal_aid.cases', 300]]],
		// What the year added (本年度新增) is its count, not a part of all published to date (到年底累计), which is none.
		['二、主动公开政府信息情况\n本区到年底累计主动公开政府信息\n5928\n条,全文电子化率达\n90.3%\n,其中,本年度新增主动公开政府信息\n2110\n条。', [['transparency.disclosed', 2110]]],
		// 本年度新增 alone takes the things from the count before it; near miss: a count of other things before it.
		['通过门户网站等平台,累计主动公开政府信息3819条,本年度新增295条。', [['transparency.disclosed', 3819], ['transparency.disclosed', 295]]],
		['全区累计建成法律服务工作站86个,本年度新增12个。', []],
		['累计主动公开政府信息305条,其中本年新增主动公开政府信息30条。', [['transparency.disclosed', 305], ['transparency.disclosed', 30]]],
	]);
});

describe('proposals accepted for handling (立案) beside those received', () => {
	each([
		// A later stage, not a part of the proposals received, stands however its topic was found.
		['市政协共收到提案925件,经审查立案731件。', [['oversight.cppcc_proposals', 925], ['oversight.cppcc_proposals', 731]]],
		['省政协共收到提案1237件,提案经审查立案1018件。', [['oversight.cppcc_proposals', 1237], ['oversight.cppcc_proposals', 1018]]],
		// Near miss: a smaller count read with the topic of its sentence, not accepted but handled, is still a part.
		['全年收到行政复议申请140件,依法受理121件。', [['reconsideration.received', 140]]],
		// Accepted after merging (实际立案) is accepted too; proposals turned into suggestions are no legal opinions.
		['市政协共收到提案210件,经审查,立案150件,并案20件,实际立案130件,转为意见建议30件。', [['oversight.cppcc_proposals', 210], ['oversight.cppcc_proposals', 150], ['oversight.cppcc_proposals', 130]]],
		['市政协共收到提案210件,经审查,转为意见建议30件。', [['oversight.cppcc_proposals', 210]]],
		// Proposals received name the CPPCC by themselves (the session named in the sentence before); near miss: a
		// breakdown by subject in a sentence of its own names neither.
		['大会共收到提案190件,经审查,立案118件。', [['oversight.cppcc_proposals', 190], ['oversight.cppcc_proposals', 118]]],
		['在立案的提案中,经济建设方面提案52件。', []],
		// So is the later stage under 其中; near miss: a kind of proposal under 其中 is a part.
		['今年,市政协共收到提案362件,其中立案321件。', [['oversight.cppcc_proposals', 362], ['oversight.cppcc_proposals', 321]]],
		['今年,市政协共收到提案362件,其中集体提案41件。', [['oversight.cppcc_proposals', 362]]],
		// The rules the review followed open the sentence (依据《…》,经审查,…): still no subject of its own; near miss:
		// with no proposals named before, nothing to carry.
		['大会共收到提案300件。依据《提案工作条例》和《提案审查细则》,经审查,立案260件,并案20件。', [['oversight.cppcc_proposals', 300], ['oversight.cppcc_proposals', 260]]],
		['依据《提案工作条例》,经审查,立案260件。', []],
	]);
});

describe('a count of 今年 beside the count for the year under review', () => {
	// A spring news item: the year under review's results, then the new year's so far.
	each([
		['2023年,县政府承办人大代表建议96件、政协提案120件。\n今年以来,县政府共接办代表建议88件,委员提案101件。', [['oversight.npc_suggestions', 96], ['oversight.cppcc_proposals', 120]]],
		// In one paragraph, after a sentence naming the year.
		['2023年县政府共接办人大建议96件,均已办结。今年以来,共接办代表建议88件。', [['oversight.npc_suggestions', 96]]],
		// Near miss: a year named as a span since the year under review (2023年以来) sets no period apart from 今年.
		['2023年以来,举办法治讲座40余场。今年共开展法治宣传讲座31场。', [['education.events', 40], ['education.events', 31]]],
		// Near miss: 今年 alone is the year under review.
		['今年以来,县政府共接办代表建议88件,委员提案101件。', [['oversight.npc_suggestions', 88], ['oversight.cppcc_proposals', 101]]],
		// A part read with its sentence's topic under 今年, with no count for the year named, is still a part.
		['今年以来,县司法局共收到行政复议申请140件,依法受理121件。', [['reconsideration.received', 140]]],
		// Near miss: another indicator under 今年 stands.
		['2023年,县政府承办人大代表建议96件。今年以来,举办法治讲座12场。', [['oversight.npc_suggestions', 96], ['education.events', 12]]],
	], 2023);

	it('keeps the count of 今年 among the figures, and the trace says which period outranks it', () => {
		const text = '某某县2023年建议提案办理工作情况\n2023年,县政府承办人大代表建议96件。\n今年以来,县政府共接办代表建议88件。';
		const entry = explainReport(text, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '88件');
		expect(entry?.outcome).toEqual({kind: 'excluded', by: 'outranked'});
		expect(entry?.why).toContain('of 今年; line 2 counts oversight.npc_suggestions for 2023 as 96件: another period');
	});
});

describe('a fractional count is a ratio, not a count', () => {
	each([
		['全区法律援助万人受援量18.36件,居全市前列。', []],
		['行政复议案件人均办理量12.5件。', []],
		// Near misses: a fraction of 万 is a whole count, and a rate may have a fraction.
		['办理法律援助案件1.25万件。', [['legal_aid.cases', 12500]]],
		['行政诉讼案件败诉率为3.45%。', [['litigation.loss_rate', 3.45]]],
	]);
});

describe('例 counts cases as 件 does', () => {
	each([
		['全年收到政府信息公开申请6例,均按时答复。', [['transparency.requests', 6]]],
		['2024年度,我局共收到信息公开申请22起,均已按期答复。', [['transparency.requests', 22]]],
		['全年受理行政复议案件45例。', [['reconsideration.received', 45]]],
		['已通过“首违不罚、轻微免罚”程序办理案件36例。', [['enforcement.lenient_cases', 36]]],
		// Near miss: 例 counts no documents disclosed.
		['主动公开政府信息30例。', []],
	]);
});

describe('what disclosure counts and what it does not', () => {
	each([
		// Requests counted by 件次, as petitions are; near miss: reconsiderations over disclosure, by the same word.
		['全年共收到涉及征地拆迁等领域的政府信息公开申请共23件次,均按期答复。', [['transparency.requests', 23]]],
		['因政府信息公开被申请行政复议2件次。', []],
		// A services catalogue's matters one may apply for are not requests for information.
		['在政务服务网公布依申请事项860项、公共服务事项1200项。', []],
		['梳理依申请事项清单320项。', []],
		// Near miss: requests handled as such are, and so are requests by their clerks' name (依申请件).
		['办理依申请事项12件,均在法定期限内答复。', [['transparency.requests', 12]]],
		['2024年,全区共收到政府信息依申请件120件。', [['transparency.requests', 120]]],
		// Replies are a measure of their own: some requests carry over to the next year.
		['全年受理政府信息公开申请40件,答复政府信息公开申请36件。', [['transparency.requests', 40]]],
		// Alone, the requests handled and answered are the count.
		['全年办理答复政府信息公开申请7件。', [['transparency.requests', 7]]],
		// Near miss: the requests a body answered to, counted as received, stand.
		['收到政府信息公开申请18件,均已按期答复。', [['transparency.requests', 18]]],
		// Budgets and final accounts are one kind of what was disclosed, not its total.
		['完成部门预算信息公开23项、部门决算公开23项。', []],
		// Near miss: a total whose kinds include them stays the total.
		['通过门户网站公开财政预决算、政策解读等信息1320条。', [['transparency.disclosed', 1320]]],
		// What a site or channel published, said with no noun, or as articles or pushes.
		['全年在区政府门户网站发布120条,其中工作动态80条。', [['transparency.disclosed', 120]]],
		['局门户网站各栏目共发布公开文章95篇。', [['transparency.disclosed', 95]]],
		['通过政务新媒体推送信息420篇。', [['transparency.disclosed', 420]]],
		['通过县政府网站公开政务信息111条,其中公告公示86条。', [['transparency.disclosed', 111]]],
		// A long list of what was published, then 等各类政府信息.
		['区政府门户网站全年发布工作动态、通知公告、人事信息、财政资金、规划计划、重大项目、公共资源配置、社会救助、就业创业领域等各类政府信息3120条。', [['transparency.disclosed', 3120]]],
		// What was posted (公示), in a passage on disclosure; near miss: no disclosure named.
		['通过政府信息公开栏、村务公示栏等公开渠道,公示信息300余条。', [['transparency.disclosed', 300]]],
		['在村务公示栏公示信息300余条。', []],
		// Near misses: a site's notices of another kind; legal education published.
		['在门户网站发布招聘公告12条。', []],
		['在门户网站发布普法文章36篇。', []],
		// Public enterprises' and institutions' own disclosure is theirs.
		['发布重点领域信息公开1297条,公企事业单位信息公开3370条。', []],
		// What became of the requests (pointed to what the site had published) is no count of what was published; near
		// miss: a channel's share of what was published is a part of it.
		['办理依申请公开9件,其中予以公开4件,已通过网站对外公开2件,信息不存在3件。', [['transparency.requests', 9]]],
		['受理政府信息公开申请9件,其中已在网站主动公开2件。', [['transparency.requests', 9]]],
		['主动公开政府信息1200条,其中通过网站公开800条。', [['transparency.disclosed', 1200]]],
	]);
});

describe('those who took part in a course in law, counted before 参加', () => {
	each([
		['组织开展依法行政专题培训,有160余人参加。', [['training.officials', 160]]],
		['组织机关干部参加法治专题讲座,共120余人参加。', [['training.officials', 120]]],
		['举办法治思想专题培训班12次,参加人数达3000余人次。', [['training.officials', 3000]]],
		// Cadres by rank, before 参加, the course the clause before.
		['举办依法行政专题培训班,全县200多名科级以上干部参加。', [['training.officials', 200]]],
		// Near misses: a course of another kind, and those a course for others reached.
		['举办安全生产专题培训班,全县200多名科级以上干部参加。', []],
		['组织开展安全生产专题培训,有160余人参加。', []],
		['组织开展法律明白人培训,有200余人参加。', []],
	]);
});

describe('kinds, wholes and others\' work that look like an indicator', () => {
	each([
		// One item of a list of other things, counted together; near miss: a list of such services is theirs.
		['推进“高效办成一件事”、学前教育集团化办学、托育服务等56项改革任务。', []],
		['推出“出生一件事”、“入学一件事”等15个“一件事”套餐。', [['services.one_thing', 15]]],
		// One kind of information published, named by 类, counts no suggestions.
		['主动公开政府信息520条,其中人大建议办理类信息30条、政协提案办理类信息12条。', [['transparency.disclosed', 520]]],
		// The whole a share is of: all the suggestions, others' too.
		['承办人大代表建议88件,占全部102件建议的86.3%。', [['oversight.npc_suggestions', 88]]],
		// Near miss: a share's own count before 占 stands.
		['承办人大代表建议88件,占全市总数的40%。', [['oversight.npc_suggestions', 88]]],
		// The matters one package bundles are not packages.
		['实施歇业“一件事”集成改革,将税务登记等9个事项纳入歇业“一件事”。', []],
		['推出企业注销等9个“一件事”集成服务。', [['services.one_thing', 9]]],
		// A review offered to firms as a service is not the government's review of its own acts.
		['为企业提供法律咨询120人次、合同审查85件次。', [['legal_services.consultations', 120]]],
		['全年审查行政合同85件。', [['decisions.legality_reviews', 85]]],
		// Relaying a meeting's documents is no study of law.
		['区政府常务会议传达学习法治政府建设会议精神4次。', []],
		['区政府常务会议开展会前学法4次。', [['leadership.pre_meeting_study', 4]]],
		// 行政案件 in an enforcement docket are not lawsuits.
		['办理简易案件30件,一般案件12件,行政案件6件。', []],
		['全年行政案件6件,无败诉。', [['litigation.cases', 6]]],
		// So are those an agency names by its field: water (水行政案件), as forestry or transport.
		['县水利局依托执法监察平台,共办理水行政案件6件。', []],
	]);
});

describe('law education and training in the forms reports write them', () => {
	each([
		// A count of people or times joined by 的 to what they attended.
		['全年开展60场次、5000多人次的行政执法人员培训。', [['enforcement.staff_trained', 5000]]],
		['在市委党校举办了80人的领导干部法治培训班。', [['training.officials', 80]]],
		['开展了20场次的普法宣传活动。', [['education.events', 20]]],
		// Near miss: what they attended names no indicator.
		['举办了一场1200人的职工运动会。', []],
		// Cadres at a lecture on law are cadres trained; near miss: a lecture on another subject.
		['采用视频会议形式对全市800多名领导干部进行法治讲座。', [['training.officials', 800]]],
		['采用视频会议形式对全市800多名领导干部进行经济形势讲座。', []],
		// Those a legal-education base served are its audience; a service centre's are not, with no education named.
		['建成县级法治宣传教育基地3个,全年服务人群2.6万人次。', [['education.audience', 26_000]]],
		['公共法律服务中心全年服务人群1.2万人次。', []],
		// The law taken to seven or eight kinds of place (“七进”, “八进”) by events so named; law taught and studied as events.
		['深入社区、校园等场所开展学习教育“八进”活动60余场。', [['education.events', 60]]],
		['累计在常规工作、服务群众中普法学法120余场次。', [['education.events', 120]]],
		// Near misses: a tour on the party's line taken to seven kinds of place; cadres' own study.
		['开展党的二十大精神“七进”宣讲活动30场。', []],
		// A tour on policy named a clause before its count; near miss: one on law.
		['进村入户开展政策宣讲活动,累计宣讲80余次。', []],
		['进村入户开展法治宣讲活动,累计宣讲80余次。', [['education.events', 80]]],
		['机关干部集中学法12次。', []],
		// Consultations counted by the people who asked (名); near misses: those who answered, and the people served
		// with their consultations counted right after.
		['开展普法宣传,现场接待群众咨询64名。', [['legal_services.consultations', 64]]],
		['开展普法宣传,接受50余名群众现场法律咨询。', [['legal_services.consultations', 50]]],
		['开展普法宣传,组织12名律师开展法律咨询。', []],
		['开展普法宣传,100余名普法人员现场接受群众咨询。', []],
		['共为232名未成年人提供法律咨询361次。', [['legal_services.consultations', 361]]],
		['开展普法宣传,组织20人律师服务团开展法律咨询活动。', []],
		['共为232人次未成年人提供法律咨询361次。', [['legal_services.consultations', 361]]],
		['法律援助热线引导40名咨询人通过法律援助中心获得法律帮助。', []],
		// A later item of the first clause's list goes on with the sentence before as the first does, and so does a later
		// clause that opens on its verb (classify.ts, goesOnWithEarlier); near miss: a clause with a subject of its own.
		['通过发放手册、法治讲座等形式开展法治宣传教育活动。今年以来,开展活动共计30余场、覆盖人数达2万人次。', [['education.events', 30], ['education.audience', 20_000]]],
		['通过发放手册、法治讲座等形式开展法治宣传教育活动。今年以来,开展活动共计30余场,覆盖人数达2万人次。', [['education.events', 30], ['education.audience', 20_000]]],
		['通过发放手册、法治讲座等形式开展法治宣传教育活动。今年以来,开展活动共计30余场,区妇联覆盖人数达2万人次。', [['education.events', 30]]],
		// Press work is no legal education; a party school's courses reach cadres (受众 after the course), where a tour's
		// audience is the public's.
		['组织新闻宣传活动26次,媒体采访40次。', []],
		['组织普法宣传活动26次。', [['education.events', 26]]],
		['区委党校全年开设法治专题课程32门,受众超3100人次。', [['training.officials', 3100]]],
		['组织法治主题宣讲500余场次,受众达20万余人次。', [['education.events', 500], ['education.audience', 200_000]]],
		// Another body's count under an indicator's words: cases a foundation funded, the desks that answer, notaries'
		// visitors, those who took part in handling petitions, suspended mediations and where mediations came from,
		// prosecutors' supervision of suits;
		// near misses: the government's own counts.
		['基金会全年资助办理法律援助案件150件。', []],
		['设置法律咨询台14个,现场解答法律问题300余个。', [['legal_services.consultations', 300]]],
		['全市公证处全年接待群众来访9万多人次。', []],
		['法律服务工作者参与接待和处理信访案件7万多件。', []],
		['全年接待群众来访9万多人次。', [['petitions.volume', 90_000]]],
		['人民调解委员会中止调解案件46件。', []],
		// The successes of the cases a court handed over, under 其中, are a part; near miss: the successes of all.
		['全市人民调解组织调解各类矛盾纠纷14940件,其中人民法院委派委托调解成功6750件。', [['disputes.mediated', 14_940]]],
		['调处纠纷640件,其中调解成功627件。', [['disputes.mediated', 627]]],
		// 成功 alone opening a clause counts the successes of the mediations before it; near miss: no disputes named.
		['全年调解矛盾纠纷1560件,成功1532件,调解成功率98.2%。', [['disputes.mediated', 1532], ['disputes.mediation_success_rate', 98.2]]],
		['受理行政复议申请50件,成功12件。', [['reconsideration.received', 50]]],
		// 办结 alone after disputes registered: those concluded; near misses: petitions and reconsiderations concluded.
		['累计登记矛盾纠纷1678件、办结1627件。', [['disputes.mediated', 1627]]],
		['全年受理信访事项860件、办结850件。', [['petitions.volume', 860]]],
		['受理行政复议申请85件,办结80件。', [['reconsideration.received', 85], ['reconsideration.closed', 80]]],
		['全年调解矛盾纠纷2100件。行政部门移交调解案件70件,当事人自行申请调解案件536件。', [['disputes.mediated', 2100]]],
		['人民调解委员会调解案件46件。', [['disputes.mediated', 46]]],
		['检察院受理各类行政诉讼监督案件89件。', []],
		['全区新收行政诉讼案件89件。', [['litigation.cases', 89]]],
		// A span since a year written without 年 (自2022运行以来); near miss: since the year under review.
		['该中心自2022运行以来,受理行政复议申请2758件。', []],
		['该中心自2024运行以来,受理行政复议申请2758件。', [['reconsideration.received', 2758]]],
		// Requests another department handled with the office's help; replies to suggestions and proposals published,
		// counted under disclosure, are neither cases received nor suggestions handled.
		['全年督促和协助其他部门办理依申请公开事项6起。', []],
		['全年办理依申请公开事项6起。', [['transparency.requests', 6]]],
		['主动公开政府信息167条,行政复议类信息24条,政协提案办理结果答复1件、人大代表建议办理结果答复2件。', [['transparency.disclosed', 167]]],
		// Arbitration cases, a reconsideration's cause (案由), staff's questions to a hired lawyer, complaints about
		// disclosure work and documents whose titles name decisions are none of the indicators their words name.
		['全市共办理行政复议案件460件;仲裁机构办理仲裁案件3222件,涉及标的额121.8亿元。', [['reconsideration.received', 460]]],
		['收到的复议申请3宗,不予受理的1宗案由为信访事项答复。', [['reconsideration.received', 3]]],
		['聘请律师担任法律顾问,同时接受干部职工的法律咨询10余次。', []],
		['收到各类针对本部门政府信息公开事务有关的申诉案0件。', []],
		['严格执行《重大行政决策听取公众意见制度(试行)》等5个法治建设方面的文件。', []],
		['全年作出重大行政决策5个。', [['decisions.major', 5]]],
		// 规范性审查 is a review of normative documents, cut short.
		['2024年,办理各类规范性审查业务708件。', [['decisions.legality_reviews', 708]]],
		// The inspections made (执法检查…次) are no rounds of spot checks; near miss: the rounds. A court's share of disputes
		// settled before suit (诉前纠纷化解率) is no mediation success rate; near miss: the success rate beside it. Those
		// given legal advice (为400余名群众提供法律咨询服务) are consultations, not an audience.
		['全市通过“双随机”方式开展执法检查69.82万次。', []],
		['全年开展“双随机、一公开”抽查126批次。', [['enforcement.random_inspections', 126]]],
		['全市法院诉前纠纷化解率达29.7%,人民调解成功率99.2%。', [['disputes.mediation_success_rate', 99.2]]],
		['开展普法宣传活动,覆盖群众1400余人次,为400余名群众提供法律咨询服务。', [['education.audience', 1400], ['legal_services.consultations', 400]]],
		// Lectures the sentence says raised the staff's own grasp of the law are their study; near miss: the public's.
		['举办法治专题讲座5场,讲授法律知识,全面提升干部职工的依法行政意识。', []],
		['举办法治专题讲座5场,现场群众1200人次受到教育。', [['education.events', 5]]],
		// The suggestions key items cover, and proposals adopted, are parts of those handled.
		['确定22项重点督办建议,涉及276件代表建议。', []],
		['办理人大代表建议320件,确定12项重点督办建议,涉及代表建议76件。', [['oversight.npc_suggestions', 320]]],
		['承办政协委员提案244件。173件委员提案被采纳,44件被部分采纳。', [['oversight.cppcc_proposals', 244]]],
		// Kinds of information listed after a verb of publishing (更新A、B和C信息) are what was published; near miss:
		// collected, not published.
		['主动公开方面,全年更新工作动态、养老服务和社会救助信息162条。', [['transparency.disclosed', 162]]],
		['主动公开方面,收集工作动态、养老服务和社会救助信息162条。', []],
		// The visits leaders received on their reception days are a part of the volume; near miss: the volume. Documents (件)
		// under a total of items (条) are other things, a part. A reconsideration's share settled before acceptance (案前化解率)
		// is no mediation success rate.
		['今年以来共设县级领导接待日113天次,接待信访群众848批1277人次。', []],
		['全年共接待信访群众848批1277人次。', [['petitions.volume', 848], ['petitions.volume', 1277]]],
		['依托区政府门户网站发布政府公报、政府会议信息等政府信息11000余条,其中主动公开政策公文299件,政府公报3期。', [['transparency.disclosed', 11_000]]],
		['行政复议调解前置,案前化解率30.28%。', []],
		// Development zones a review reached are bodies; a category of what was published (依申请公开统计) is no requests;
		// near miss: requests.
		['开展合法性审查全覆盖试点,153个乡镇(街道)、12个省级以上开发区实现合法性审查机构有效覆盖。', []],
		['在门户网站主动公开政府信息272条,分布情况为:公示公告类103条,工作信息120条,依申请公开统计4条,重点领域信息公开24条。', [['transparency.disclosed', 272]]],
		['全年收到依申请公开4件。', [['transparency.requests', 4]]],
		// What was published with key fields included (包括…在内的各类信息); near miss: the key fields' alone. Requests by 次;
		// the audience by 接受普法教育; near miss: visitors received at an event are no audience.
		['主动公开方面,共发布包括食品、药品信息等重点领域信息在内的各类信息516条。', [['transparency.disclosed', 516]]],
		['主动公开方面,共发布重点领域信息516条。', []],
		['(二)依申请公开情况\n全年发生依申请公开1次。', [['transparency.requests', 1]]],
		['开展宪法宣传周活动,现场接受普法教育的群众近5000人。', [['education.audience', 5000]]],
		['开展宪法宣传周活动,现场接受群众来访近50人。', []],
		// Government information alone, under a sentence on what was published, is what was; near miss: the total held.
		['1. 政务网主动公开情况。政府信息123条:机构信息1条,工作动态59条。', [['transparency.disclosed', 123]]],
		['全区政府信息总数372条,其中主动公开政府信息368条。', [['transparency.disclosed', 368]]],
		// Information the official site (官网) published is information disclosed, whatever field's; near miss: notices.
		['2024年,官网发布本领域相关信息5804条。', [['transparency.disclosed', 5804]]],
		['官网发布招聘公告12条。', []],
		// Disputes of the kind petitions raise (信访矛盾纠纷) are disputes resolved; near miss: petitions' own matters.
		['村级调解室共接待群众来访800多人次,化解各类信访矛盾纠纷1300多件。', [['petitions.volume', 800], ['disputes.mediated', 1300]]],
		['化解信访事项35件。', []],
		// Lectures a leader gives (书记带头开展…讲座) are cadres' study; near miss: a leader leading the public's events.
		['县委书记带头开展专题法治讲座2次,全年开展普法宣传活动45场。', [['education.events', 45]]],
		['县长带头开展普法宣传活动10场。', [['education.events', 10]]],
		// The public taught at the events (教育群众), not cadres taught.
		['举办法治宣传活动30次,教育群众近5万人。', [['education.events', 30], ['education.audience', 50_000]]],
		['开展业务培训,教育干部300人。', []],
		// Cadres and village committee members who took part in cadres' lectures, listed before 参加.
		['开展全镇党员干部学法讲座两次,全镇共300多名党员干部、村居两委成员参加。', [['training.officials', 300]]],
		// Law taken to homes, by its own verb.
		['组织普法小分队开展送法入户150余场次。', [['education.events', 150]]],
		// The places law goes to, each in quotes.
		['开展宪法进“机关”、进“社区”、进“学校”活动320场次。', [['education.events', 320]]],
		// Near miss: a quoted place with no law before it.
		['开展文明实践进“社区”活动40场次。', []],
		// Officers trained and examined are trained.
		['120名执法人员参加了执法培训和考试。', [['enforcement.staff_trained', 120]]],
		// Near miss: officers who only sat an exam.
		['120名执法人员参加了执法资格考试。', []],
		// Police officers a course reached are enforcement officers trained.
		['举办全警法治专题培训3次,覆盖民警420余人次。', [['enforcement.staff_trained', 420]]],
		// Near miss: police a campaign reached, with no course.
		['开展反诈宣传进警营活动,覆盖民警420余人次。', []],
		// A clause of coverage alone after the officers' course; near misses: the public it reached, and cadres trained
		// with the officers.
		['开展执法人员业务培训2场,覆盖30余人次。', [['enforcement.staff_trained', 30]]],
		['开展执法人员业务培训2场,覆盖群众300人次。', []],
		['组织镇村干部、行政执法人员参加法治培训,覆盖300余人次。', [['training.officials', 300]]],
	]);
});

describe('articles, plans made and short names', () => {
	each([
		// The second of a list of articles is an ordinal too.
		['信息公开程序对照《条例》第20条和21条规定执行,主动公开政府信息66条。', [['transparency.disclosed', 66]]],
		// Officers trained online, counted by 培训人数 in an enforcement course's list.
		['开展执法岗位培训班5期,线下培训执法人员480人次、线上培训人数1300余人次。', [['enforcement.staff_trained', 480], ['enforcement.staff_trained', 1300]]],
		// Information added to a site, in a paragraph on disclosure.
		['主动公开全面落实。门户网站全年新增信息9800条。', [['transparency.disclosed', 9800]]],
		// The online rate by its short name; not the share of items that may be done online in part.
		['政务服务事项网办率达98%。', [['services.online_rate', 98]]],
		['政务服务事项网上可办率达99%。', []],
		// A plan the heading says was carried out heads results.
		['2.落实年度普法工作计划,开展主题普法活动120场次。', [['education.events', 120]]],
		['二、2025年工作计划\n开展普法活动120场次。', []],
		// So does one a title says the work followed (围绕, 按照 …工作要点要求).
		['(一)主动公开方面\n一是围绕2024年政务公开工作要点要求,及时公布政府工作报告等信息。通过门户网站主动公开政府信息3819条。', [['transparency.disclosed', 3819]]],
		['二、2025年工作要点\n1.主动公开政府信息3800条。', []],
	]);
});

describe('counts of bodies that received or did something', () => {
	each([
		['将代表建议交由12个单位办理,办理人大代表建议64件。', [['oversight.npc_suggestions', 64]]],
		['全市11个县区共收到行政复议申请860件。', [['reconsideration.received', 860]]],
		// A line each of the bodies passed is no count; their sum, or one body's hedged count, is.
		['全市有6个县级政府收到行政复议申请超过50件。', []],
		['全市11个县区共收到行政复议申请超过800件。', [['reconsideration.received', 800]]],
		['区政府收到行政复议申请超过50件。', [['reconsideration.received', 50]]],
		['建成3个法律咨询服务站和6个人民调解工作室。', []],
		['对8个街道开展依申请公开工作测评。', []],
		['“法律咨询”和“法律援助”两个模块上线运行。', []],
		// A numeral of one character enumerates kinds (三项, 两个); one of two or more counts things.
		['全年作出三项重大行政决策。', []],
		['全年作出十三项重大行政决策。', [['decisions.major', 13]]],
		// With any hedge the parsers know before it (约为, 突破 too), still one character.
		['形成突破两项重大行政决策机制。', []],
		['上线二十个“一件事”集成服务。', [['services.one_thing', 20]]],
		// Counties written with their cities and districts in brackets are bodies too, however long the noun after them.
		['深化合法性审查工作,7个县(市、区)合法性审查中心全部建成运行。', []],
		// 政府 opening a compound (政府采购合同) names no body; near miss: county governments.
		['全年组织开展法律顾问服务50余次,对20余个政府采购合同出具审查意见。', [['decisions.legality_reviews', 20]]],
		['全市9个县级政府共审查规范性文件30件。', [['decisions.legality_reviews', 30]]],
		['5个县(市)区法律顾问团实现全覆盖,出具法律意见书40份。', [['decisions.legal_opinions', 40]]],
		['全市9个县(市、区)共审查规范性文件210件。', [['decisions.legality_reviews', 210]]],
	]);
});

describe('counts of reforms, practices and honours, not of what an indicator counts', () => {
	each([
		// The noun after the measure word says what is counted: reforms that won an award, practices spread.
		['乡镇合法性审查质效提升等3项改革获评全市优秀项目。', []],
		['合法性审查集约化等2项经验做法在全省推广。', []],
		['“一件事”集成服务获评4个省级典型案例。', []],
		// The set something is one of (…之一): projects, pilots.
		['区司法局将法律援助工作列入15件民生实事之一,全年办理法律援助案件860件。', [['legal_aid.cases', 860]]],
		['法律援助案件办理纳入全市12件为民办实事之一。', []],
		// Near misses: the same nouns before the number, or a count of what was done after the reform.
		['推进行政复议体制改革,全年收到行政复议申请320件。', [['reconsideration.received', 320]]],
		['上线12个“一件事”集成改革事项。', [['services.one_thing', 12]]],
	]);

	it('says of a count of those who answered what it counts', () => {
		const entry = explainReport('某某区人民政府2024年法治政府建设年度情况报告\n开展普法宣传,组织12名律师开展法律咨询。', {file: 'test.txt'}).entries.find(candidate => candidate.expression === '12名');
		expect(entry?.why).toContain('legal_services.consultations: 咨询 but it counts 律师');
	});

	it('says of the size of a set that it is one, and keeps it among the figures', () => {
		const body = '法律援助案件办理纳入全市12件为民办实事之一。';
		expect(reportOf(body).figures.map(figure => figure.match)).toContain('12件');
		const entry = explainReport(`某某区人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '12件');
		expect(entry?.why).toContain('the size of a set something is one of (12件为民办实事之一)');
	});
});

describe('combined subjects are assigned only when the words say which', () => {
	each([
		['全年共承办人大代表建议和政协提案86件。', []],
		['办理建议提案共120件,办复率100%。', []],
		['承担人大政协议提案72件办理任务。', []],
		['收到区政协五届二次会议提案98件。', [['oversight.cppcc_proposals', 98]]],
		// Kinds of several indicators listed before 等 and a noun none of them counts: their sum.
		['全年公共法律服务平台办理法律援助、人民调解、法律咨询等业务3.2万件。', []],
		['共受理行政复议、行政诉讼等各类案件260件。', []],
		// Near misses: a verb in the first item governs the list; a rule's words after 等 read its noun; a list of
		// one indicator's kinds.
		['法律顾问审查规范性文件、重大决策事项、政府合同等320项。', [['decisions.legality_reviews', 320]]],
		['开展法治讲座、法律咨询等普法活动120场。', [['education.events', 120]]],
		['化解婚姻家庭、邻里纠纷等矛盾纠纷560件。', [['disputes.mediated', 560]]],
	]);

	it('says why the sum of several indicators\' kinds is no fact', () => {
		const body = '全年公共法律服务平台办理法律援助、人民调解、法律咨询等业务3.2万件。';
		const entry = explainReport(`某某市人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '3.2万件');
		expect(entry?.outcome).toEqual({kind: 'excluded', by: 'combined'});
		expect(entry?.why).toContain('names other indicators\' kinds too');
	});
});

describe('the words of titles listed before their kind are names, not what the figure counts', () => {
	each([
		// The suggestions' own titles hold 法律, which names another body's advice when it is said outside a title.
		['区司法局共承办《关于完善法律援助服务的建议》《关于加强社区矫正工作的建议》等人大代表建议5件,均已办结。', [['oversight.npc_suggestions', 5]]],
		// Near misses: the same word outside the title still turns the reading down; a title that is itself what is
		// counted (a backlog's list) still says what it is.
		['律师团队就《优化营商环境条例》向人大代表提出法律建议8条。', []],
		['《信访历年积案清单》共37件,年内化解20件。', []],
	]);
});

describe('measure words and layout', () => {
	each([
		['办结信访事项321宗。', [['petitions.volume', 321]]],
		['全年开展普法宣传活动45场次。', [['education.events', 45]]],
		['受理法律援助案件１２０件。', [['legal_aid.cases', 120]]],
		['区政府常务会议会前学法六次。', [['leadership.pre_meeting_study', 6]]],
		['提供法律咨询 860 余人次,受理法律援助案件 1.2 万件。', [['legal_services.consultations', 860], ['legal_aid.cases', 12000]]],
		// A page that set the digits of one number apart.
		['全年参加行政应诉案件2 7起。', [['litigation.cases', 27]]],
		// Readings printed after the characters (a page's ruby) do not split the words.
		['政务服务事项全程网(wǎng)办(bàn)率达96.5%。', [['services.online_rate', 96.5]]],
		// A rate before its noun.
		['全年行政机关负责人100%出庭应诉。', [['litigation.head_appearance_rate', 100]]],
		// An enumeration's verb carries to every item.
		['审查行政规范性文件18件、其他政策文件57件。', [['decisions.legality_reviews', 18], ['decisions.legality_reviews', 57]]],
		// The subject a clause before: 畅通法律援助渠道,办理案件….
		['拓宽法律援助覆盖面,办理案件1460件。', [['legal_aid.cases', 1460]]],
		// 清单3期40个主题: the lead is empty, the subject is the figure before's.
		['公布“一件事”集成服务清单3期40个主题。', [['services.one_thing', 40]]],
		// The cases handled through them are no count of the services.
		['推动新生儿出生等“一件事”高效办理5200件。', []],
		['推出新生儿出生等“一件事”集成服务12项。', [['services.one_thing', 12]]],
	]);

	describe('a yearbook\'s rate with a middle dot for its decimal point', () => {
		each([
			['各级调解组织受理纠纷12244件,成功调处12194件,调解成功率 99·5 9%。', [['disputes.mediated', 12194], ['disputes.mediation_success_rate', 99.59]]],
			['开展“12·4”国家宪法日宣传活动20场。', [['education.events', 20]]],
		]);
	});

	describe('a space a page set after a comma or before a measure word changes no reading', () => {
		each([
			// Cadres at study sessions, a clause before; firms' staff trained; a tour on theory; the second of two articles.
			['举办专题学习会、研讨会等110余场次, 受教育5035人次。', []],
			['举办专题培训班120余场,培训生产经营单位5000余家, 受训人员10000余人。', []],
			['将理论宣讲与工作开展相结合, 深入机关、社区宣讲10余次。', []],
			['信息公开严格对照《条例》第20 条和21 条规定执行。', []],
			// Near miss: the public reached by publicity still counts with the space.
			['开展普法宣传活动12场, 覆盖群众3000余人次。', [['education.events', 12], ['education.audience', 3000]]],
		]);
	});

	describe('a list\'s label before a colon names the figure after it', () => {
		each([
			['收到行政复议申请：56件；审结：50件。', [['reconsideration.received', 56], ['reconsideration.closed', 50]]],
			['行政诉讼案件：89件，败诉案件：3件，行政机关负责人出庭应诉率：100%。', [['litigation.cases', 89], ['litigation.lost', 3], ['litigation.head_appearance_rate', 100]]],
			// Near misses: what introduces a list is no label, nor is 其中 or a long clause.
			['全年行政复议工作情况如下：56件。', []],
			['区政府高度重视并组织各部门认真开展行政复议案件办理工作：56件。', []],
		]);
	});

	describe('a line break between a figure and its measure word (text copied from a PDF or a narrow column)', () => {
		each([
			['全年收到行政复议申请12\n件,审结10件。', [['reconsideration.received', 12], ['reconsideration.closed', 10]]],
			['提供法律咨询860\n余人次。', [['legal_services.consultations', 860]]],
			// Near misses: a line that opens a word of its own after a figure stays a line of its own.
			['主动公开政府信息1200\n条例解读专栏同步更新。', []],
			['办理人大代表建议12\n个人信息保护专项行动情况。', []],
		]);

		it('joins them in a text in traditional characters, whose lines are joined before it is converted', () => {
			const text = [
				'某某區人民政府2024年法治政府建設年度情況報告',
				'一、主要舉措和成效',
				'全年開展送法進鄉村、進社區等普法活動20餘',
				'場次。全年收到行政複議申請35',
				'個,審結30個。主動公開政府信息1200',
				'條例解讀專欄同步更新。',
			].join('\n');
			expect(parseReport(text).facts.map(fact => [fact.indicator, fact.value])).toEqual([
				['education.events', 20], ['reconsideration.received', 35], ['reconsideration.closed', 30],
			]);
		});

		it('reads a paragraph with a hard break in every line (a narrow column) as one', () => {
			const column = [
				'全区各级信访部门坚持源头预防,全年受理群众信访总量为520件次,',
				'其中:接待群众来访300批次;办理网上信访160件次;办理来信',
				'60件次。',
			].join('\n');
			expect(factsOf(column)).toEqual([['petitions.volume', 520]]);
			expect(reportOf(column).facts[0]).toMatchObject({line: 3});
		});

		// Text copied from a PDF keeps its full-width punctuation; the lines are joined before they are folded.
		it('joins a column set with full-width punctuation, and a measure word after a full-width figure', () => {
			const column = [
				'二〇二四年，我区持续深化行政复议体制改革，全年共收到行政复议申请15',
				'6件，依法受理138件，审结142件，其中维持98件，撤销12件，确',
				'认违法6件。',
			].join('\n');
			expect(factsOf(column)).toEqual([['reconsideration.received', 156], ['reconsideration.closed', 142]]);
			expect(factsOf('全年提供法律咨询８６０\n余人次，办理法律援助案件１２\n件。')).toEqual([['legal_services.consultations', 860], ['legal_aid.cases', 12]]);
		});

		// Lines of one width: wherever the break falls (in a clause longer than the column, in a list of titles, in a
		// number, after an item's 一是), the paragraph reads as it does unbroken.
		it.each([30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40])('reads a paragraph hard-wrapped every %i characters whole', width => {
			const wrap = (paragraph: string) => paragraph.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');
			const trained = '一是强化学法组织开展《中华人民共和国行政复议法》《中华人民共和国行政处罚法》等8次法律法规培训，累计290余人次参加，领导干部在市委党校举办的法治政府建设专题培训班上进行专题授课，全年收到行政复议申请1156件，审结142件。';
			expect(factsOf(wrap(trained))).toEqual([['training.officials', 290], ['reconsideration.received', 1156], ['reconsideration.closed', 142]]);
			const longClause = '为提升行政复议办案质量区司法局组织全体办案人员系统学习新修订的行政复议法及其实施条例并开展案卷评查全年共收到行政复议申请1156件，审结142件，其中维持98件。';
			expect(factsOf(wrap(longClause))).toEqual([['reconsideration.received', 1156], ['reconsideration.closed', 142]]);
		});

		it('reads on past a PDF\'s page number or page break within the column, not past a blank line', () => {
			const column = (pageBreak: string) => [
				'全区各级信访部门坚持源头预防，全年受理群众信访总量为520件次，其中接待',
				pageBreak,
				'群众来访300批次；办理网上信访160件次；办理来信60件次，均',
				'已办结。',
			].join('\n');
			for (const pageBreak of ['— 2 —', '- 2 -', '第2页 共9页', '\f']) {
				expect(factsOf(column(pageBreak))).toEqual([['petitions.volume', 520]]);
			}

			// Apart, the parts read as counts of their own.
			expect(factsOf(column(''))).toEqual([['petitions.volume', 520], ['petitions.volume', 300], ['petitions.volume', 160], ['petitions.volume', 60]]);
		});

		it('keeps a full-width column apart from a line that ends its sentence', () => {
			const body = '全区各级信访部门坚持源头预防，推进信访工作法治化建设，全年受理群众信访总量为520件次。\n办理网上信访300件次。';
			expect(reportOf(body).facts.map(fact => [fact.indicator, fact.value, fact.line])).toEqual([['petitions.volume', 520, 3], ['petitions.volume', 300, 4]]);
		});

		each([
			// Near misses: lines that are not one column's wrapped paragraph stay lines of their own.
			// A heading with a clause break, then its paragraph.
			['(一)强化源头预防化解,推进信访工作法治化建设,夯实基层基础\n办理网上信访160件次。', [['petitions.volume', 160]]],
		]);

		// Near misses: a line that ends its sentence, and paragraphs wider than a column, are not joined to the next:
		// its figure is cited at its own line.
		it.each([
			'全区各级信访部门坚持源头预防,全年受理群众信访总量为520件次。\n办理网上信访300件次。',
			`${'全区各级信访部门坚持源头预防,推进信访工作法治化,'.repeat(6)}全年受理群众信访总量为520件次\n办理网上信访300件次。`,
		])('%s', body => {
			const facts = reportOf(body).facts.map(fact => [fact.indicator, fact.value, fact.line]);
			expect(facts).toEqual([['petitions.volume', 520, 3], ['petitions.volume', 300, 4]]);
		});

		it('cites the line the figure starts on', () => {
			const [fact] = reportOf('全年收到行政复议申请12\n件。').facts;
			expect(fact).toMatchObject({indicator: 'reconsideration.received', value: 12, line: 3});
		});
	});

	it('keeps the hedge written apart from the number', () => {
		const [fact] = factsOf('提供法律咨询 860 余人次。');
		expect(fact).toEqual(['legal_services.consultations', 860]);
	});
});

describe('consultations, petitions and reception told apart by the words', () => {
	each([
		['接待群众来访230批次、1050人次。', [['petitions.volume', 230], ['petitions.volume', 1050]]],
		['公共法律服务中心接待法律咨询群众1500人次。', [['legal_services.consultations', 1500]]],
		['12345热线受理群众政策咨询2.1万件。', []],
		// At a legal-education event the consultations are legal ones.
		['集中宣传日当天发放宣传资料3000份,现场接受群众咨询260人次。', [['legal_services.consultations', 260]]],
		// Those who gave the event are not its audience.
		['参与宣传工作人员40人次,受教育群众5000余人。', [['education.audience', 5000]]],
	]);
});

describe('issues, episodes and ordinals are not events', () => {
	each([
		// 二次 before a verb is "secondary"; twice is 两次.
		['开展宪法宣传周活动,让普法宣传在线上二次传播。', []],
		['全年开展普法宣传活动两次。', [['education.events', 2]]],
		['编印法治宣传专刊12期。', []],
		['举办“法治大讲堂”第8场。', []],
		['开展法治大讲堂36场次。', [['education.events', 36]]],
	]);
});

describe('a rate named with how it moved, its value in the clause after', () => {
	each([
		['全区行政机关负责人出庭应诉率持续提升,达到98.5%。', [['litigation.head_appearance_rate', 98.5]]],
		['行政复议综合纠错率稳步上升,全年为15.2%。', [['reconsideration.correction_rate', 15.2]]],
		['全区行政诉讼败诉率明显下降,2023年降至4.1%。', [['litigation.loss_rate', 4.1]]],
		// A threshold crossed, then the value that crossed it: the value is the fact.
		['全区行政机关负责人出庭应诉率逐年提高,2023年首次突破90%,达92.3%。', [['litigation.head_appearance_rate', 92.3]]],
		// Near misses: another noun in the clause of the value; another year's value; no rate in the clause before.
		['全区行政机关负责人出庭应诉率持续提升,群众满意度达到98.5%。', []],
		['全区行政机关负责人出庭应诉率持续提升,2021年达到95%。', []],
		['全区法治宣传工作持续提升,达到98.5%。', []],
	], 2023);

	it('reads a threshold crossed alone as a hedged count', () => {
		const [fact] = reportOf('全年为村民解答法律咨询突破1000人次。').facts;
		expect([fact?.indicator, fact?.value, fact?.approx]).toEqual(['legal_services.consultations', 1000, true]);
	});

	it('says the threshold crossed is kept as a figure', () => {
		const body = '全区行政机关负责人出庭应诉率逐年提高,2024年首次突破90%,达92.3%。';
		expect(reportOf(body).figures.map(figure => figure.match)).toContain('突破90%');
		const entry = explainReport(`某某区人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '突破90%');
		expect(entry?.why).toContain('a threshold crossed (突破90%), the value told after it');
	});
});

describe('targets, bounds and changes are not the year\'s figures', () => {
	each([
		['力争全年调解成功率达到98%以上。', []],
		['计划开展普法宣传活动50场。', []],
		['以群众满意为目标,全年调解矛盾纠纷2300件。', [['disputes.mediated', 2300]]],
		// A goal stated with its figure's noun between, what the year must reach, and next year's.
		['今年的目标是全区调解成功率保持在97%以上。', []],
		['全年行政机关负责人出庭应诉率要达到100%。', []],
		['明年拟开展普法宣传活动60场。', []],
		// A figure right before the aim it sets (…的目标任务, …任务) is the aim; the result stands apart.
		['省里下达为困难群众办理法律援助案件1800件的目标任务。截至年底,已受理法律援助2450件。', [['legal_aid.cases', 2450]]],
		// Near miss: a result, then how it stood against the task.
		['全年办理法律援助案件1800件,任务完成率120%。', [['legal_aid.cases', 1800]]],
		['全区调解成功率保持在97%以上,行政机关负责人出庭应诉率达到100%。', [['disputes.mediation_success_rate', 97], ['litigation.head_appearance_rate', 100]]],
		['收到申请少于5件的乡镇有3个。', []],
		// A ceiling kept under (控制在…以内, 降至…以下) is no rate; near miss: the rate itself.
		['全年行政诉讼案件败诉率控制在5%以内。', []],
		['行政诉讼败诉率降至3%以下。', []],
		['行政诉讼败诉率降至3%。', [['litigation.loss_rate', 3]]],
		// A change stated without its level is not the level.
		['行政机关一审败诉率同比下降1.3%。', []],
		// Nor is a difference in a count, its verb right before the number; the count itself is.
		['与上年相比,收到行政复议申请减少了18件。', []],
		['全年办结信访事项同比下降36件。', []],
		['收到行政复议申请96件,较上年减少18件。', [['reconsideration.received', 96]]],
		// The end of a range, and a count for each body, are no count of the year.
		['全年开展普法宣传活动10-15场次。', []],
		['各镇街开展普法宣传活动3至5场。', []],
		['每个乡镇开展普法宣传活动12场。', []],
		// 每年 opening the clause governs every item it lists: a yearly average of all of them.
		['全市每年提供法律咨询、法律援助等各类服务1800多万件次。', []],
		['全年新增行政复议申请42件。', [['reconsideration.received', 42]]],
		// What will be held somewhere (将在…组织开展) is a plan too; near miss: what was held there.
		['今年3月,县司法局将在法治宣传教育基地组织开展24场主题普法活动。', []],
		['县司法局在法治宣传教育基地组织开展24场主题普法活动。', [['education.events', 24]]],
		// A plan updated or published is a document, no aim for what the sentence counts; near miss: a plan to publish.
		['主动更新完善本领域工作计划(规划)和工作总结等材料;及时公开相关信息共发布 300条。', [['transparency.disclosed', 300]]],
		['全年计划公开政府信息300条。', []],
		// What the year must reach (需达到, 须保持在), and every figure under a targets' label or heading, are targets;
		// near misses: the results that follow, and a rate of 应诉 (respond to a suit), which names no aim.
		['市政府将法律援助列入年度民生实事,全市办理法律援助案件需达到1500件以上。', []],
		['按照考核要求,全区矛盾纠纷调解成功率须保持在95%以上。', []],
		['行政机关负责人应出庭尽出庭,出庭应诉率达到100%。', [['litigation.head_appearance_rate', 100]]],
		['总体目标:到年底,全县政务服务事项全程网办率达到90%以上。', []],
		['一、工作目标\n到年底,全县办理法律援助案件800件。\n二、工作成效\n全年办理法律援助案件760件。', [['legal_aid.cases', 760]]],
		['一、目标任务完成情况\n全年办理法律援助案件1800件。', [['legal_aid.cases', 1800]]],
	]);
});

describe('complaints, lawsuits and outcomes beside the words of another indicator', () => {
	each([
		['受理信息公开投诉举报6件。', []],
		['因不服政府信息公开答复被诉3件。', []],
		['申请人撤回复议申请4件,终止审理5件。', []],
		['行政复议作出终止决定9件,其中经调解达成和解的5件。', []],
		['2045项应主动公开的政府信息全部列入目录。', []],
	]);
});

describe('the ratio of reconsiderations to lawsuits names both, and the cases closed after it are the reconsideration office\'s', () => {
	each([
		['全年新收行政复议案件96件,复议诉讼比达6.86:1;办结案件78件。', [['reconsideration.received', 96], ['reconsideration.closed', 78]]],
		['全年新收行政复议案件96件,复议与诉讼案件比为2.1:1;办结案件78件。', [['reconsideration.received', 96], ['reconsideration.closed', 78]]],
		// Near misses: cases closed after the lawsuits themselves are theirs.
		['全年新收行政复议案件96件,行政诉讼案件40件;办结案件78件。', [['reconsideration.received', 96], ['litigation.cases', 40]]],
		['全年新收行政复议案件96件,应诉案件40件;办结案件78件。', [['reconsideration.received', 96], ['litigation.cases', 40]]],
	]);
});

describe('a list of subjects read one for one with its figures (分别)', () => {
	each([
		['办理人大代表建议和政协提案分别为45件、38件。', [['oversight.npc_suggestions', 45], ['oversight.cppcc_proposals', 38]]],
		// Only the first subject is mediation: 排查 and 预防 count other work.
		['调解、排查和预防矛盾纠纷分别为2300件、5100件和640件。', [['disputes.mediated', 2300]]],
		// Two subjects for three figures: which is which cannot be told.
		['受理和审结行政复议案件分别为40件、38件和2件。', []],
	]);
});

describe('several years, averages and rates per period are not the year\'s figures', () => {
	each([
		// A count for each of several things (各) is no count of them.
		['完成年度政府预算及调整信息公开各1项。', []],
		// Near miss: 各类 is every kind, and the count is theirs.
		['全年主动公开各类政府信息1200条。', [['transparency.disclosed', 1200]]],
		['近5年来,全区办理法律援助案件4100件。', []],
		['六年来,各级调解组织调解矛盾纠纷3.1万件。', []],
		['“十四五”期间,共开展普法宣传活动900余场。', []],
		['《条例》实施以来,累计受理行政复议申请860件。', []],
		['公共法律服务热线每年提供法律咨询1.5万人次。', []],
		['年均受理法律援助案件300件。', []],
		// A span since an earlier year frames every figure of its sentence, not only the first (the report is on 2024).
		['2022年至今,全区调解矛盾纠纷5200件,开展普法活动610场,受教育群众近40万人次。', []],
		['自2021年以来,受理行政复议申请400件,审结390件。', []],
		// Since the year under review is that year.
		['2024年至今,全区调解矛盾纠纷1200件,开展普法活动150场。', [['disputes.mediated', 1200], ['education.events', 150]]],
		['区政府常务会议每季度会前学法不少于1次。', []],
		// 全年均 is the whole year, not an average.
		['办理人大代表建议64件,全年均按期办结。', [['oversight.npc_suggestions', 64]]],
		// A period in an earlier item of a list is that item's: the sessions after the 、 are the year's.
		['区政府常务会议每季度听取法治建设情况汇报、开展常务会议学法6次。', [['leadership.pre_meeting_study', 6]]],
		['区政府常务会议每季度开展会前学法1次。', []],
	]);
});

describe('a span since a stated year, in a text that states no year of its own', () => {
	/** The facts of a text with no title, no date and no year anywhere: a news item or a review. */
	const yearless = (text: string): Array<[string, number]> => parseReport(text, {file: 'note.txt'}).facts.map(fact => [fact.indicator, fact.value]);

	it.each([
		['据了解,自2015年以来,全市共办理法律援助案件2.1万余件,解答法律咨询6万余人次。'],
		['该平台2019年上线至今,累计提供法律咨询80万人次。'],
	])('%s is summed over the years since, not one year\'s', text => {
		expect(parseReport(text, {file: 'note.txt'}).year).toBeNull();
		expect(yearless(text)).toEqual([]);
	});

	it('reads the same figures in a text with no span, and in a report on the span\'s first year', () => {
		expect(yearless('据了解,全市共办理法律援助案件2100件,解答法律咨询6000人次。')).toEqual([['legal_aid.cases', 2100], ['legal_services.consultations', 6000]]);
		expect(factsOf('自2015年以来,全市共办理法律援助案件2100件。', 2015)).toEqual([['legal_aid.cases', 2100]]);
	});
});

describe('去年 in a text whose year only its file name gives', () => {
	/** The facts of a passage that states no year, read as the CLI reads a file named for its year. */
	const named = (text: string): Array<[string, number]> => {
		const report = parseReport(text, {file: 'passage_2023.txt', hints: hintsFromName('passage_2023.txt')});
		expect(report.year).toBe(2023);
		return report.facts.filter(fact => !fact.derived).map(fact => [fact.indicator, fact.value]);
	};

	it('may be the year under review, as a news item of the next spring calls it', () => {
		expect(named('据通报,去年全市法院受理行政诉讼案件860件。')).toEqual([['litigation.cases', 860]]);
	});

	it('is the year before 今年 beside it, and the year before the one a report states', () => {
		expect(named('去年全年收到行政复议申请70件,今年收到85件。')).toEqual([['reconsideration.received', 85]]);
		expect(factsOf('据通报,去年全市法院受理行政诉讼案件860件。', 2023)).toEqual([]);
	});

	it('does not make the requests carried over from the year before (上年结转) the year\'s', () => {
		expect(named('全年新收政府信息公开申请11件,上年结转政府信息公开申请2件。')).toEqual([['transparency.requests', 11]]);
	});
});

describe('what is not a petition, a suggestion or a legal-aid case', () => {
	each([
		['“区长信箱”共收到群众来信210件。', []],
		// A leader's mailbox by another name, and an online 问政 platform; near miss: letters a petition office received.
		['“我有话对市长说”平台共收到公众有效来信860件。', []],
		['网络问政平台全年收到群众来信320件。', []],
		// A 政民互动 platform's letters and questions are its own, as a mailbox's are.
		['政民互动交流平台处理群众来信咨询反映问题150件。', []],
		// Letters to a channel named in quotes, but the petition system's.
		['“网上咨询”栏目共收到公众有效来信515件。', []],
		// Letters a mailbox answered in public are no information disclosed; near miss: the site's own.
		['“县长信箱”栏目共收到群众来信18件,已办理18件,网站公开2件。', []],
		['区政府网站公开政府信息2300条。', [['transparency.disclosed', 2300]]],
		['“阳光信访”平台全年共收到群众来信515件。', [['petitions.volume', 515]]],
		// Hearings and reviews held on petitions are no petitions received.
		['全年开展信访听证420件次、评议130件次。', []],
		// Calls and letters to the government-services hotline.
		['市12345热线接受群众来电来信22.19万件,按期办结率99.79%。', []],
		['县信访局全年共收到群众来信860件。', [['petitions.volume', 860]]],
		['成功制止群众越级上访12件。', []],
		['每百万人信访总量310件次。', []],
		['群众到市走访86批、集访9批。', [['petitions.volume', 86], ['petitions.volume', 9]]],
		['承办人大代表建议120件,其中重点建议6件。', [['oversight.npc_suggestions', 120]]],
		['5件法律援助案件获评优秀案件。', []],
		['以调解、和解方式结案的复议案件31件。', []],
		['以镇街为被申请人的行政复议案件42件。', []],
		// Against all the bodies under the government: the office's whole docket.
		['复议办公室共收到以各街道、区政府各部门作为被申请人的行政复议案件88件。', [['reconsideration.received', 88]]],
		['召开区人大三届四次会议。', []],
		// Cases a superior handed down, or a leader took on, are parts of the volume; the volume beside them stays.
		['全年受理信访事项960件次,上级交办信访事项18件,县级领导包联信访案件7件。', [['petitions.volume', 960]]],
	]);
});

describe('a subject carried across clauses and semicolons', () => {
	each([
		['全年新收行政复议案件310件;审结296件;纠错率6.2%。', [['reconsideration.received', 310], ['reconsideration.closed', 296], ['reconsideration.correction_rate', 6.2]]],
		['以区政府为被告的行政诉讼案件58件;败诉3件。', [['litigation.cases', 58], ['litigation.lost', 3]]],
		// A space a page put before the number is no word.
		['全年行政复议案件共 12 件,全部办结。', [['reconsideration.received', 12]]],
		['区政府常务会议坚持会前学法制度,全年组织专题学法 6 次。', [['leadership.pre_meeting_study', 6]]],
		// A share before 的 and its noun.
		['92%的政务服务事项实现全程网办。', [['services.online_rate', 92]]],
		// A figure opening its clause, followed by what became of it, counts those that went on: not the total again.
		['全年受理信访事项420件次,380件次已按期办结。', [['petitions.volume', 420]]],
		['收到行政复议申请52件,48件已审结,4件正在审理。', [['reconsideration.received', 52]]],
		// Near miss: a second measure of the same total still carries its subject.
		['全年受理信访事项420件次、615人次,同比均有下降。', [['petitions.volume', 420], ['petitions.volume', 615]]],
	]);
});

describe('the noun of the figure before is not the next figure\'s', () => {
	each([
		// 4项 stands before its noun (重大行政决策目录); 3120项 counts the enforcement list after the 、.
		['公布3项年度重大行政决策目录、行政执法事项清单3120项。', [['decisions.major', 3]]],
		// Still read where the 、 lists the figure's own subjects.
		['组织30多名法治副校长开展普法授课、法治演讲比赛等系列活动60余场。', [['education.events', 60]]],
	]);
});

describe('the same words in another body\'s work', () => {
	each([
		// The State Council's national lists are not the government's services; those it put online are.
		['国务院分两批发布21个重点“一件事”清单,我市已推出“一件事”18个。', [['services.one_thing', 18]]],
		['国务院部署的13件“高效办成一件事”在我省上线运行。', [['services.one_thing', 13]]],
		['村(居)法律顾问为村民重大事项提供法律意见320条。', []],
		['区法院诉前调解纠纷1200件。', []],
		// Labour arbitration bodies' docket, named 调解仲裁机构, is no count of disputes mediated (near miss: labour
		// disputes a mediation committee mediated are).
		['全市劳动人事争议调解仲裁机构办理争议案件18.6万件。', []],
		['劳动争议调解委员会调解劳动纠纷320件。', [['disputes.mediated', 320]]],
		['抽取法律援助案件50件进行质量评估。', []],
		['法律援助案卷合格率100%。', []],
		['涉及政府信息公开的行政诉讼案件2件。', []],
		['A类建议共33件。', []],
		['正职负责人出庭应诉率45%。', []],
		['重点领域信息公开1364条。', []],
		['依托12309检察服务中心接受群众来信来访420件次。', []],
		// The course enforcement officers take before certification: its trainees are not cadres trained in law.
		['组织开展全区通用法律知识培训班,参训310余人。', []],
		// Village advisers reviewing the villages' contracts, as the villages' lawyers.
		['村(居)法律顾问帮助审查涉及村居项目的合同120余份。', []],
		// Lawyers' legal check-up of firms (法治体检): their contract reviews are not the government's.
		['组织律师为120家小微企业开展“法治体检”,审查合同860份。', []],
		['辖区律师为80家企业提供服务,审查合同300份。', []],
		['区司法局审查政府合同86份。', [['decisions.legality_reviews', 86]]],
		// A government-services hotline's questions are not legal consultations; the legal one's are.
		['区政务服务热线运行平稳,全年解答各类咨询5.6万件。', []],
		['12348公共法律服务热线全年解答法律咨询5.6万人次。', [['legal_services.consultations', 56000]]],
		// Talks given in a list of the cadres' own study, or at the executive meeting's study, are not legal education.
		['通过党组“第一议题”学习20次、中心组专题学习12次、邀请专家作专题宣讲4次等形式推动学习。', []],
		// Talks at the executive meeting's study are that study.
		['区政府常务会议坚持开展会前学法,由部门负责人围绕新修订法律开展讲法活动8次。', [['leadership.pre_meeting_study', 8]]],
		['深入社区开展法治宣讲40余场。', [['education.events', 40]]],
	]);
});

describe('words the rules must still read', () => {
	each([
		// Heads counted by 名 before their noun; lawyers in court are not heads.
		['全市行政机关负责人出庭应诉率达到100%,186名行政机关主要负责人出庭应诉。', [['litigation.head_appearance_rate', 100], ['litigation.head_appearances', 186]]],
		['12名律师出庭代理行政诉讼案件。', []],
		['全年共公开各类政府信息9800条,其中部门动态1200条。', [['transparency.disclosed', 9800]]],
		// The cadres a talk on the law reached; the public a talk on policy reached is no training.
		['邀请专家专题解读新修订的行政处罚法,覆盖领导干部800余人次。', [['training.officials', 800]]],
		['邀请专家专题解读乡村振兴政策,覆盖群众800余人次。', []],
		// The officers a course of enforcement training reached.
		['开展行政执法培训,执法培训累计覆盖640人。', [['enforcement.staff_trained', 640]]],
		['区法律援助中心服务群众,2024年共办理案件420件。', [['legal_aid.cases', 420]]],
		['区法院服务群众,2024年共办理案件420件。', []],
		// Disclosure cases handled are the applications; a letter for each legality review counts the reviews.
		['依法办理政府信息公开案件56件,均按期答复。', [['transparency.requests', 56]]],
		['主动公开政府信息1200条。', [['transparency.disclosed', 1200]]],
		['为区政府重要决策事项出具合法性审查意见书75份。', [['decisions.legality_reviews', 75]]],
		['法律顾问提出法律意见120条。', [['decisions.legal_opinions', 120]]],
		// The review is what the decisions went through, not what was counted.
		['出台重大行政决策13件,均经合法性审查。', [['decisions.major', 13]]],
		['废止和宣布失效规范性文件15件。', [['decisions.docs_repealed', 15]]],
		['办理不予、从轻、减轻行政处罚案件3133件。', [['enforcement.lenient_cases', 3133]]],
		['接待群众来访来电法律咨询1.7万批次。', [['legal_services.consultations', 17000]]],
		['开展普法文艺巡演12场,观看群众8000余人次。', [['education.events', 12], ['education.audience', 8000]]],
		['各执法部门开门普法集中宣传65场次。', [['education.events', 65]]],
		['全年共办理各类审查件214件。', [['decisions.legality_reviews', 214]]],
		['审查区重点项目征收补偿决定35份。', [['decisions.legality_reviews', 35]]],
		['全年共审核决策、文件等180件次。', [['decisions.legality_reviews', 180]]],
		['完成合法性审核地方性法规草案5部。', [['decisions.legality_reviews', 5]]],
		['完成合法性审核政府规章草案3部、各类文件96件。', [['decisions.legality_reviews', 3], ['decisions.legality_reviews', 96]]],
		// The verb reaches the drafts, not a count of another kind after them.
		['完成合法性审核政府规章草案3部、其他事项96项。', [['decisions.legality_reviews', 3]]],
		// Figures before their nouns, in a list joined by 、, share the verb after the list.
		['全年对41份规范性文件、12份合同进行了合法性审查。', [['decisions.legality_reviews', 41], ['decisions.legality_reviews', 12]]],
		['对9件行政规范性文件、6件重大行政决策、20份合同开展合法性审核。', [['decisions.legality_reviews', 9], ['decisions.legality_reviews', 6], ['decisions.legality_reviews', 20]]],
		['建成3个法律服务站、5个调解室,办理法律援助案件120件。', [['legal_aid.cases', 120]]],
		['对41份规范性文件进行清理,12份合同进行了合法性审查。', [['decisions.legality_reviews', 12]]],
		['完成合法性审核政府规章草案3部、培训执法人员96人。', [['decisions.legality_reviews', 3], ['enforcement.staff_trained', 96]]],
		['法律顾问审查合同31份、会议纪要17件。', [['decisions.legality_reviews', 31], ['decisions.legality_reviews', 17]]],
		['政府法律顾问提供法律意见3200余件次。', [['decisions.legal_opinions', 3200]]],
		['区政府常务会议开展会前学法15场次,全区开展中心组学法200场次。', [['leadership.pre_meeting_study', 15]]],
		// Study of law at the executive meeting in other words, the count before the meeting or after it; a speech studied is no law.
		['全年11次县政府常务会中均组织了法治学习。', [['leadership.pre_meeting_study', 11]]],
		['县政府常务会议开展法律学习9次。', [['leadership.pre_meeting_study', 9]]],
		['县政府常务会议集中学习重要讲话精神12次。', []],
		['县政府常务会议全年专题学习习近平法治思想及国家法律达15余次。', [['leadership.pre_meeting_study', 15]]],
		['县政府常务会议全年专题学习重要讲话精神15次。', []],
		// A total over forms of study, the central group's among them, is not the executive meeting's.
		['通过区委理论中心组专题学习及区政府常务会会前学法等形式,全年学法16场次。', []],
		['860名行政执法、执法监督人员参加了培训。', [['enforcement.staff_trained', 860]]],
		['开展法治宣传活动25场次,覆盖群众两万余人次。', [['education.events', 25], ['education.audience', 20000]]],
		// 宣传教育 on laws named before it, as 法治宣传; near miss: on another subject.
		['面向群众开展婚姻家庭相关法律法规等宣传教育120场次。', [['education.events', 120]]],
		['开展安全生产宣传教育120场次。', []],
		// 法律宣传, as 法治宣传 and 普法宣传: events by the name of the law (near miss: a publicity of another subject).
		['办结法律援助案件2740件,法律宣传19场次,接待法律咨询万余人次。', [['legal_aid.cases', 2740], ['education.events', 19], ['legal_services.consultations', 10000]]],
		['开展政策宣传19场次。', []],
		['开展“法律进乡村”活动40余场,覆盖群众1.5万余人次。', [['education.events', 40], ['education.audience', 15000]]],
		['开展村级网格巡查40余次,覆盖群众1.5万余人次。', []],
		// Cadres at law lectures are not the public reached; by head count they are cadres trained in law.
		['参加专题法治讲座36期,全县各级领导干部累计参加人数达15万余人次。', [['training.officials', 150000]]],
		['合法性审查中心审查合同300份,行政规范性文件初审2件。', [['decisions.legality_reviews', 300], ['decisions.legality_reviews', 2]]],
		['全区科级以上干部300余人参加了法治专题培训班。', [['training.officials', 300]]],
		['全区科级以上300余人参加了法治专题培训班。', [['training.officials', 300]]],
		['政府法律顾问为重点项目出具意见860份。', [['decisions.legal_opinions', 860]]],
		// A cadres' class is their training, not the public legal education reached.
		['组织全市1.4万人参加法治思想网络专题班学习,普法成效明显。', []],
		// A cadres' study of theory is no public legal education, however it is worded.
		['落实“第一议题”制度,常态化开展宣传教育30余次。', []],
		['组织开展法治培训,参训干部300人。', [['training.officials', 300]]],
		// Cadres trained on another subject, a semicolon after law training: not trained in law.
		['组织领导干部参加法治讲座4期,培训学员210余人次;举办学习贯彻党的二十大精神专题轮训班,培训学员460人。', [['training.officials', 210]]],
		['举办学习贯彻党的二十大精神和习近平法治思想专题培训班,培训干部300人。', [['training.officials', 300]]],
		// A 主题教育 on law is training in law; the party's 主题教育 is another subject.
		['开展法治主题教育培训,培训党员干部300人次。', [['training.officials', 300]]],
		// Migrant workers trained in the law are the public, not officials.
		['组织公务员法律知识培训3735人次,组织农民工法律知识学习培训17463人次。', [['training.officials', 3735]]],
		['开展主题教育专题培训,培训党员干部300人次。', []],
		// The cadres a law course reached, a clause after it; the public reached by publicity is no training.
		['举办依法行政专题培训班3期,覆盖全镇干部150余人。', [['training.officials', 150]]],
		['在党校主体班次开设法治课程4次,累计覆盖学员220人次。', [['training.officials', 220]]],
		['开展普法宣传活动12场,覆盖干部群众3000余人次。', [['education.events', 12], ['education.audience', 3000]]],
		['法治宣传覆盖全县党员干部900人。', [['education.audience', 900]]],
		['组织法治培训2次;开展宪法宣传周活动,覆盖机关干部600人。', [['education.audience', 600]]],
		// The counters that take a service, not the services; the government's advisers advising its departments.
		['设置“高效办成一件事”受理窗口36个,推出“一件事”套餐5个。', [['services.one_thing', 5]]],
		['法律顾问参与管委会会议120次,向各部门提供法律咨询450次。', []],
		// A written opinion on an affair is no question a person asked; nor is advisers' advice on the government's matters.
		['法律顾问共提供专项法律咨询10余次,参加重大事项法律咨询会商6次。', []],
		['驻村法律顾问为村民提供法律咨询120人次。', [['legal_services.consultations', 120]]],
		['驻村律师为村级事务出具法律咨询意见76件,解答村民法律咨询310人次。', [['legal_services.consultations', 310]]],
		['全年计划安排会前学法8次。', []],
		['年度学法计划明确开展会前学法10次。', []],
		// A plan as a thing issued or joined sets no aim for the figures after it.
		['印发《2024年度领导干部学法计划》,坚持政府常务会议会前学法,全年开展会前学法12次。', [['leadership.pre_meeting_study', 12]]],
		['各部门将学法纳入党委(党组)学习计划,普法宣讲团开展巡讲80多场次。', [['education.events', 80]]],
	]);
});

describe('breakdowns and wider totals beside the indicator\'s words', () => {
	each([
		['行政复议案件中,信息公开类58件,占比5.4%。', []],
		['纠错的案件中,信息公开类案件22件。', []],
		['办理涉企行政复议案件300余件。', []],
		['诉讼案件72起,其中民事诉讼50起,行政诉讼14起。', [['litigation.cases', 14]]],
		['全县各级各部门会前学法698场次。', []],
		['对60件区政府重大行政决策事项草案进行合法性审核。', [['decisions.legality_reviews', 60]]],
		['重大行政决策数字化管理3个项目获评优秀成果。', []],
		// A sibling noun in a list is not the first item's indicator.
		['提供法律咨询4.4万人次、法律查询6.1万人次。', [['legal_services.consultations', 44000]]],
		['以调解、和解等方式结案170件。', []],
		['全年行政复议8起。', [['reconsideration.received', 8]]],
	]);

	it('reads 约为 as a hedge', () => {
		expect(reportOf('行政复议纠错率约为24%。').facts[0]).toMatchObject({indicator: 'reconsideration.correction_rate', value: 24, approx: true});
	});
});

describe('cases at risk of being lost are not cases lost', () => {
	each([
		['通过提前介入化解,避免20余件有败诉风险的案件进入诉讼。', []],
		['对败诉风险较高的12件行政诉讼案件开展会商研判。', []],
		// The outcome itself stands.
		['全年新收行政诉讼案件86件,败诉5件。', [['litigation.cases', 86], ['litigation.lost', 5]]],
	]);
});

describe('a count followed by 中 (among them) keeps its own words', () => {
	each([
		['全年审结行政复议案件64件中纠错9件。', [['reconsideration.closed', 64]]],
		['区政府审结的复议案件120件中,维持85件。', [['reconsideration.closed', 120]]],
		// 中心 after a measure word is a noun, not "among".
		['建成2个中心调解室,调解纠纷340件。', [['disputes.mediated', 340]]],
	]);
});

describe('a clause led by another year written without 年', () => {
	each([
		// A page that dropped 年 after the earlier year: the clause is still that year's.
		['2023共受理行政复议申请80件,2024年共受理行政复议申请95件。', [['reconsideration.received', 95]]],
		// The report's own year written so stands.
		['2024共受理行政复议申请95件。', [['reconsideration.received', 95]]],
		// A version label is no year.
		['2021版清单内共办理行政复议案件40件。', [['reconsideration.received', 40]]],
	]);
});


describe('a paragraph led by a short sentence naming its subject', () => {
	// Under a title that names no subject (主要工作), so only the paragraph can give one.
	const underPlainTitle = (body: string) => parseReport(`某某区2024年工作总结\n一、主要工作\n${body}\n`).facts.map(fact => [fact.indicator, fact.value]);
	it.each<[string, Array<[string, number]>]>([
		['法律咨询服务便捷高效。依托热线和服务大厅,全年接待群众咨询3200人次。', [['legal_services.consultations', 3200]]],
		// Near misses: with no lead, or a lead that states a figure of its own, the subject is not there.
		['依托热线和服务大厅,全年接待群众咨询3200人次。', []],
		['2024年法律咨询服务便捷高效。依托热线和服务大厅,全年接待群众咨询3200人次。', []],
	])('%s', (body, expected) => {
		expect(underPlainTitle(body)).toEqual(expected);
	});
});

describe('a course in law trains cadres unless the words name others', () => {
	each([
		['年内组织法治培训8期,培训1200余人次。', [['training.officials', 1200]]],
		['为辖区企业开展法治培训6场,培训企业员工300人次。', []],
		// A course on another subject is not one in law.
		['组织业务培训8期,培训1200余人次。', []],
	]);
});

describe('those a course reached are its trainees, not the public', () => {
	each([
		['深入学习宣传贯彻习近平法治思想,组织领导干部学习依法行政专题课程12场次,覆盖600余人次。', [['training.officials', 600]]],
		// Near miss: the reach of legal-education events is their audience.
		['开展普法宣传活动12场次,覆盖群众600余人次。', [['education.events', 12], ['education.audience', 600]]],
	]);
});

describe('the executive meeting studying law by other names', () => {
	each([
		['严格落实区政府常务会议学法制度,全年组织专题法治学习6次。', [['leadership.pre_meeting_study', 6]]],
		['全年区政府常务会议部门主要负责人讲法5次。', [['leadership.pre_meeting_study', 5]]],
		['落实区政府常务会议学法制度,专题学习《行政复议法》等法律法规9次。', [['leadership.pre_meeting_study', 9]]],
		// Near miss: laws studied with no executive meeting named.
		['组织机关干部专题学习《民法典》等法律9次。', []],
		['区政府常务会议就习近平法治思想开展专题学习3次。', [['leadership.pre_meeting_study', 3]]],
		['市政府常务会议对《行政复议法》等法律法规进行专题学习5次。', [['leadership.pre_meeting_study', 5]]],
		['区委理论学习中心组就习近平法治思想开展专题学习3次。', []],
		// The whole city's sessions after the executive meeting's are every body's; near miss: the meeting's own.
		['市政府常务会议集体学法5次,全市举办各类法治专题学习60余场次。', [['leadership.pre_meeting_study', 5]]],
		['全区政府常务会议全年集体学法6次。', [['leadership.pre_meeting_study', 6]]],
		// A lecture on law at the meeting is its study of law; near miss: a lecture for cadres is their training.
		['围绕行政复议法等主题,组织县政府常务会议法治专题讲座3次。', [['leadership.pre_meeting_study', 3]]],
		['组织领导干部法治专题讲座3次。', []],
		// Near misses: the central group's study, and the departments' own sessions.
		['理论学习中心组全年组织专题法治学习6次。', []],
		['各部门会前学法300场。', []],
		// A town's or street's executive meeting is its 办公会.
		['街道党工委会议和主任办公会议坚持学法6次。', [['leadership.pre_meeting_study', 6]]],
		// Near miss: cadres' weekly study names no meeting.
		['机关干部每周五集中学法,全年学法40次。', []],
	]);
});

describe('what was published, listed before 等…信息', () => {
	each([
		['深化政务公开,及时发布惠企政策、执法公示、民意关切等动态信息1800条。', [['transparency.disclosed', 1800]]],
		// Near miss: one kind named just before the number is a share.
		['深化政务公开,发布惠企政策信息77条。', []],
	]);
});

describe('indicators in the words real reports use for them', () => {
	each([
		// 法制, the older word for 法治, in legal education.
		['全年举办法制讲座92场次,开展法制宣传教育活动30场。', [['education.events', 92], ['education.events', 30]]],
		['县政府法制机构举办业务讲座3场。', []],
		['引入法律顾问全程参与决策,全年审查合同及规范性文件10份,提出合法性意见7条。', [['decisions.legality_reviews', 10], ['decisions.legal_opinions', 7]]],
		// The heads' appearances as a share of the suits are their rate; near miss: a share of the city's.
		['全年行政诉讼案件320件,其中行政机关负责人出庭应诉的96件,占诉讼案件的30%。', [['litigation.cases', 320], ['litigation.head_appearances', 96], ['litigation.head_appearance_rate', 30]]],
		['全区行政机关负责人出庭应诉96件,占全市的12%。', [['litigation.head_appearances', 96]]],
		// Visits to a level's petition office.
		['全年接待群众来县访420批。', [['petitions.volume', 420]]],
		// Requests named by the procedure, counted by 项.
		['为区政府处理依申请信息公开180项。', [['transparency.requests', 180]]],
		// Suggestions made in the legality review are its opinions.
		['开展合法性审查,提出法制审查建议96条。', [['decisions.legal_opinions', 96]]],
		// Amendments suggested in a review, as 修改意见 are (near miss: a deputy's suggestion is not).
		['共审核区政府重大行政决策、规范性文件等37件,提出修改建议144条。', [['decisions.legality_reviews', 37], ['decisions.legal_opinions', 144]]],
		['人大代表提出修改建议14条。', []],
		// Reviews counted by 次.
		['今年组织重大行政决策合法性审查15次。', [['decisions.legality_reviews', 15]]],
		// Near misses: a citizen's request for a review, and training in review, are neither.
		['开展合法性审查业务培训3次。', []],
		// Reviews as one of several kinds of work summed.
		['聘请法律顾问参与决策论证、合同审核等工作50余次。', []],
		// Cases taken to court after the review are lawsuits, not cases received.
		['全年收到行政复议申请85件,复议后起诉的案件12件。', [['reconsideration.received', 85]]],
		['县领导下乡走访企业120家。', []],
	]);
});

describe('cadres trained beside the enforcement officers\' own course', () => {
	each([
		['对全县120名科级干部进行集中培训;组织全县600名执法人员参加公共法律知识培训。', [['training.officials', 120], ['enforcement.staff_trained', 600]]],
		// Near miss: the trainees of that course itself are the officers', not cadres trained in law.
		['组织公共法律知识培训班,参训230余人。', []],
		// The cadres a course reached, listed by kind.
		['在党校主体班开设法治课程,覆盖乡科级干部、中青年干部等授课对象260多人次。', [['training.officials', 260]]],
		// Officers listed after cadres are trained with them: cadres trained.
		['举办全县领导干部法治专题培训,乡镇分管领导以及执法骨干共计260余人参加了培训。', [['training.officials', 260]]],
		// Near miss: officers alone at their own course.
		['举办行政执法人员专题培训,执法骨干共计260余人参加了培训。', [['enforcement.staff_trained', 260]]],
	]);
});

describe('what a count includes, in brackets, is not its subject', () => {
	each([
		['全年共收到行政复议申请90件。全年结案(包括案前调解、不予受理及受理后审结)84件。', [['reconsideration.received', 90], ['reconsideration.closed', 84]]],
		['受理行政复议申请60件,审结(含调解和解)55件。', [['reconsideration.received', 60], ['reconsideration.closed', 55]]],
		// Near miss: with no subject before it, a count of cases closed is nobody's.
		['全年结案(包括案前调解)84件。', []],
	]);
});

describe('a sentence that opens on its verb goes on with the subject before it', () => {
	each([
		// 经审查 is a step of the reconsideration, not other work. The 70 accepted, read with the sentence's 复议, are a
		// part of the 85 received in the indicator's own words: the total is the fact (facts/outranked.ts).
		['共收到行政复议申请85件,经审查后受理70件。现已审结67件。', [['reconsideration.received', 85], ['reconsideration.closed', 67]]],
		// Near miss: 合法性审查 is other work named last, so the cases concluded are not known to be the reviews'.
		['共收到行政复议申请85件,开展合法性审查30件。现已审结67件。', [['reconsideration.received', 85], ['decisions.legality_reviews', 30]]],
		// So does a count of those reached, after a sentence on legal education.
		['春节期间,开展反家暴普法宣传。覆盖群众800余人次,发放资料2000余份。', [['education.audience', 800]]],
		// Near misses: a subject of its own, and a figure after another clause.
		['春节期间,开展反家暴普法宣传。区妇联覆盖群众800余人次。', []],
		['春节期间,开展反家暴普法宣传。发放资料2000余份,覆盖群众800余人次。', []],
		// A sentence whose first figure went on with the sentence before goes on with it in a later clause on its verb.
		['加强行政复议工作。全年共收到申请215件,审结176件。', [['reconsideration.received', 215], ['reconsideration.closed', 176]]],
		// Near misses: a later clause with a subject of its own, and a first clause with one.
		['加强行政复议工作。全年共收到申请215件,区法院审结176件。', [['reconsideration.received', 215]]],
		['加强行政复议工作。区政府全年共收到申请215件,审结176件。', []],
	]);
});

describe('services in the words real reports use for them', () => {
	each([
		['政务服务事项全程可网办率达85%。', [['services.online_rate', 85]]],
		['推出30项“一件事一次办”服务。', [['services.one_thing', 30]]],
		['推出18组“一件事套餐”服务。', [['services.one_thing', 18]]],
		// Near misses: a looser rate, and the matters handled through the services.
		['政务服务事项网上可办率达98%。', []],
		['全年“一件事”集成办理事项120件。', []],
		// 件 counts the services only before their name; after it, the matters done through them.
		['推动首批12件“高效办成一件事”重点事项落地见效。', [['services.one_thing', 12]]],
		['全年通过“一件事”集成服务办成一件事3.2万件。', []],
		// After their name too, where the words say the services were put online or completed.
		['上线“出生一件事”“开店一件事”等“一件事一次办”事项46件。', [['services.one_thing', 46]]],
		['完成省级部署的“高效办成一件事”重点事项21件。', [['services.one_thing', 21]]],
		// Near misses: the matters handled through services put online, in the same clause.
		['上线“一件事”集成服务后办件2.1万件。', []],
		['推出“一件事一次办”,全年集成办理1.8万件。', []],
	]);
});

describe('an enumeration whose items are too long for the verb to reach', () => {
	each([
		['全年审核政府规范性文件6件、政府各类招商引资合同协议4件、政府各类公告2件。', [['decisions.legality_reviews', 6], ['decisions.legality_reviews', 4], ['decisions.legality_reviews', 2]]],
		// Near miss: an item the verb does not read stays out.
		['全年审核政府规范性文件6件、召开各类协调会议12次。', [['decisions.legality_reviews', 6]]],
	]);
});

describe('a figure after 和 or 及 that stands before its own noun', () => {
	each([
		['上线120个“一件事”集成服务和30个“跨省通办”事项。', [['services.one_thing', 120]]],
		['上线120个“一件事”集成服务以及30个“跨省通办”事项。', [['services.one_thing', 120]]],
	]);
});

describe('the party committee\'s standing committee is not the executive meeting', () => {
	each([
		['县委常委会会前学法16次,县政府常务会会前学法14次。', [['leadership.pre_meeting_study', 14]]],
		// A count for both bodies together counts the executive meeting's sessions too, named either way round.
		['县委常委会、县政府常务会组织集体学法10次。', [['leadership.pre_meeting_study', 10]]],
		['在区政府党组会和常务会议上学法7次。', [['leadership.pre_meeting_study', 7]]],
		['市政府常务会及党组扩大会议学法5次。', [['leadership.pre_meeting_study', 5]]],
		// Near misses: either party body alone is not the executive meeting.
		['区政府党组会议学法7次。', []],
		['市委常委会会前学法5次,组织专题讲座3场。', []],
		// Lectures listed with the cadres' topical study are theirs too (near miss: a lecture tour for the public stands).
		['组织镇村干部开展专题学习4次、法治专题讲座3场次。', []],
		['开展专题学习4次。深入村组开展法治专题讲座3场次。', [['education.events', 3]]],
		['区政府常务会议学法20次、党组会议学法6次。', [['leadership.pre_meeting_study', 20]]],
		// Agenda items the meetings studied and acted on are not study sessions.
		['召开县委常委会会议、县政府常务会议学习研究部署法治建设议题12次。', []],
	]);
});

describe('a plan issued is no target, also when its title is nested', () => {
	each([
		['制发《关于印发<2022年领导干部学法计划>的通知》,县政府常务会议组织学习《行政处罚法》《安全生产法》等法律法规4次。', [['leadership.pre_meeting_study', 4]]],
		// Near miss: a plan's figure is a target.
		['计划县政府常务会议组织学法6次。', []],
	]);
});

describe('lectures on another subject than law', () => {
	each([
		['开设线下数据大讲堂20余次。', []],
		['开设法治大讲堂20余次。', [['education.events', 20]]],
	]);
});

describe('a count written after its noun 案件 without a measure word', () => {
	each([
		['全年共审结行政复议案件3120,审结率为90.1%。', [['reconsideration.closed', 3120]]],
	]);
});

describe('a change after the brackets that say what a count includes', () => {
	it('belongs to the count, not to the part in brackets', () => {
		const fact = reportOf('全年受理行政诉讼案件2203件(含旧存245件),同比增长33%。').facts.find(one => one.value === 2203);
		expect(fact?.yoy).toMatchObject({kind: 'pct', value: 33});
	});

	it('also when the brackets list several parts', () => {
		const facts = reportOf('法律援助中心共办理各类援助案件412件(其中:民事案件380件、刑事案件31件;农民工维权案件66件),同比增长18.4%。').facts;
		expect(facts.filter(fact => !fact.derived).map(fact => [fact.indicator, fact.value, fact.yoy?.value])).toEqual([['legal_aid.cases', 412, 18.4]]);
	});
});

describe('deputies\' opinions and suggestions, and the cadres a class\'s teaching reached', () => {
	each([
		['市政府共办理市人大会议代表意见建议57件。', [['oversight.npc_suggestions', 57]]],
		// Near miss: others' opinions and suggestions are not the deputies'.
		['共收集人大代表及群众意见建议57件。', []],
		['在青干班等干部教育培训班开展教学活动,覆盖干部300余人。', [['training.officials', 300]]],
	]);
});

describe('figures before their nouns in a list share the words after the list, not the last noun', () => {
	each([
		['推动300个事项“跨省通办”、80个“一件事套餐”标准化运行。', [['services.one_thing', 80]]],
		// An unquoted last noun cannot be told from the verb: both items are reviews.
		['对53份规范性文件、15份合同进行了合法性审查。', [['decisions.legality_reviews', 53], ['decisions.legality_reviews', 15]]],
		// Where the shared words are only the last item's noun and rule out an earlier item's own, that one is read alone.
		['全年办理102件人大代表建议、84件政协提案。', [['oversight.npc_suggestions', 102], ['oversight.cppcc_proposals', 84]]],
		// Near miss: words past the last noun hold for every item (the results published are no suggestions).
		['对12件人大代表建议、5件政协提案的办理结果进行公开。', []],
	]);
});

describe('lectures the executive meeting held are its study, not legal education', () => {
	each([
		['区政府常务会议先后听取汇报8次,邀请专家开展法治专题讲座2次。', []],
		// Near miss: another body's lectures are events.
		['区司法局开展法治专题讲座12次。', [['education.events', 12]]],
		// A 专题讲座 alone is an event in a sentence on legal education; near misses: a sentence on other work, and cadres'.
		['深入开展民法典宣传进乡村活动,累计举办专题讲座320场,集中宣传45场。', [['education.events', 320], ['education.events', 45]]],
		['围绕优化营商环境,举办企业服务专题讲座20场。', []],
		['开展普法宣传,为领导干部举办专题讲座6场。', []],
	]);
});

describe('the executive meeting\'s and the cadres\' study against the public\'s legal education', () => {
	each([
		['区委常委会学习习近平法治思想14次,区政府常务会议学习习近平法治思想10次。', [['leadership.pre_meeting_study', 10]]],
		['区政府常务会议坚持开展双月学法,由各业务部门一把手围绕《行政处罚法》等法律法规开展讲法活动6次。', [['leadership.pre_meeting_study', 6]]],
		// Lectures with those who studied (参学) after them are the cadres' study.
		['全县开展习近平法治思想专题讲座10次,累计参学人员800余人。', []],
		// Near miss: lectures the public attended are events.
		['组织普法讲师、“法律明白人”等队伍进村社开展专题讲座367场。', [['education.events', 367]]],
		// A plan listed among things the study was put into sets no target.
		['将宪法纳入全区各级各部门领导干部年度学法用法学习计划、党校必修课程,开展宪法宣讲28场次。', [['education.events', 28]]],
	]);
});

describe('a figure that opens its own clause before its noun names its own subject', () => {
	each([
		['推出“一件事一次办”套餐54项;助力区域协同发展,130个事项实现“跨省通办”。', [['services.one_thing', 54]]],
	]);
});

describe('work about an indicator that is not the indicator', () => {
	each([
		// Inspections of the reviews, and innovations awarded, counted by 次 and 项.
		['开展重大行政决策目录化管理、合法性审查等专项法治督察7次。', []],
		['“基层矛盾化解‘一件事’”等2项创新获得全省最佳实践。', []],
		// Near miss: services launched in a new way are services.
		['创新推出25项“一件事一次办”服务。', [['services.one_thing', 25]]],
	]);
});

describe('the noun after the last figure of a sentence ends at its full stop', () => {
	each([
		['落实县政府常务会议学法制度,县政府领导班子全年开展4次集体学法活动。', [['leadership.pre_meeting_study', 4]]],
		// Near miss: the same sessions of a body other than the executive meeting.
		['县委领导班子全年开展4次集体学法活动。', []],
	]);
});

describe('an adverb after a count opens the next clause, not the count\'s noun', () => {
	each([
		// A page that lost the comma (or bracket) after a count still starts a clause at 已.
		['全年收到行政复议申请86件,不予受理4件已受理案件审结80件。', [['reconsideration.received', 86], ['reconsideration.closed', 80]]],
		['受理行政复议申请64件,审结60件均在法定期限内作出决定。', [['reconsideration.received', 64], ['reconsideration.closed', 60]]],
		// Near miss: a noun after the count is still its noun.
		['对28件规范性文件进行合法性审查。', [['decisions.legality_reviews', 28]]],
	]);
});

describe('suggestions and proposals published are disclosure, not handling', () => {
	each([
		['在政府网站公开人大代表建议和政协提案办理复文共156件。', []],
		['政务公开专栏公开政协提案办理复文81件。', []],
		// Near miss: those handled.
		['全年办理人大代表建议75件,办理结果全部公开。', [['oversight.npc_suggestions', 75]]],
	]);
});

describe('lectures on the party\'s line are not legal education', () => {
	each([
		['组织党的二十大精神宣讲36场,覆盖党员群众2100人次。', []],
		['开展十九届六中全会精神宣讲45场。', []],
		['全县开展宣讲党的二十大精神86场次。', []],
		// Near miss: a tour on law, alone or beside the party's line, is legal education.
		['开展党的二十大精神和习近平法治思想宣讲36场。', [['education.events', 36]]],
		['组织法治宣讲36场。', [['education.events', 36]]],
	]);
});

describe('matters handled through 一件事 are counted by 件, services by 项 or 个', () => {
	each([
		['深化“高效办成一件事”改革,全年办成一件事2.3万件。', []],
		// Near miss: the services, by 项.
		['推出“高效办成一件事”重点事项13项。', [['services.one_thing', 13]]],
	]);
});

describe('those study sessions and courses taught are cadres, not the public', () => {
	each([
		['各部门累计举办专题学习会、研讨会、培训班等86场次,受教育3100人次。', []],
		// Near miss: the public named as such, and events of legal education.
		['举办普法讲座、培训班等86场次,受教育群众3100人次。', [['education.audience', 3100]]],
		['开展普法宣传活动86场次,受教育3100人次。', [['education.events', 86], ['education.audience', 3100]]],
	]);
});

describe('words cut short in real reports', () => {
	each([
		// 调成 for 调解成功, and its rate.
		['全区各级调解组织调成矛盾纠纷1260件,调成率98.2%。', [['disputes.mediated', 1260], ['disputes.mediation_success_rate', 98.2]]],
		// With the successes counted after it, a count is of the disputes handled.
		['受理矛盾纠纷1300件,调成1260件。', [['disputes.mediated', 1260]]],
		// 参培 for 参加培训.
		['举办领导干部法治专题培训班1期,参培人数180余人。', [['training.officials', 180]]],
		// What was published, listed before 等政府信息.
		['通过门户网站公开政策文件、人事信息、财政预决算等政府信息5120条。', [['transparency.disclosed', 5120]]],
	]);
});

describe('items of a list with a modifier before the next figure share the words after the list', () => {
	each([
		['对96件常务会议题、拟签订的31份合同进行了合法性审查。', [['decisions.legality_reviews', 96], ['decisions.legality_reviews', 31]]],
		// Near miss: a clause of its own between the items shares nothing.
		['研究96件常务会议题,对拟签订的31份合同进行了合法性审查。', [['decisions.legality_reviews', 31]]],
	]);
});

describe('a quota handed down is a target, not a result', () => {
	each([
		['市司法局下达我区法律援助案件任务数为300件,全年办理法律援助案件326件。', [['legal_aid.cases', 326]]],
		['全年法律援助目标任务280件。', []],
		// Near miss: the cases handled stand.
		['全年办理法律援助案件326件,完成率116%。', [['legal_aid.cases', 326]]],
	]);
});

describe('行政案件 beside civil and criminal cases is one kind of another docket', () => {
	each([
		['全年办理法律援助案件2100件,其中民事案件1500件,刑事案件560件,行政案件40件。', [['legal_aid.cases', 2100]]],
		['律师代理民事案件900件,行政案件代理36件。', []],
		// Near miss: the government's own suits.
		['全年发生行政案件36件,其中败诉2件。', [['litigation.cases', 36], ['litigation.lost', 2]]],
	]);
});

describe('reconsideration\'s mediation rate by name', () => {
	each([
		['行政复议调解成功率66.7%,复议后起诉率仅2%。', [['reconsideration.mediation_rate', 66.7]]],
		['行政复议案件调解率为40.5%。', [['reconsideration.mediation_rate', 40.5]]],
		// Near miss: the success rate of mediation with no 复议 is the disputes'.
		['全年调解矛盾纠纷300件,调解成功率98%。', [['disputes.mediated', 300], ['disputes.mediation_success_rate', 98]]],
		// The bare success rate in a sentence on reconsideration that names no disputes is its mediation rate; near miss:
		// a sentence that names both.
		['全市共新收行政复议申请739件,同比增长54.28%,调解成功率36.95%。', [['reconsideration.received', 739], ['reconsideration.mediation_rate', 36.95]]],
		['化解行政复议和矛盾纠纷案件300件,调解成功率98%。', [['disputes.mediation_success_rate', 98]]],
	]);
});

describe('the share of disputes resolved is the mediation success rate', () => {
	each([
		['全年排查矛盾纠纷3200件,化解3100件,化解率96.9%。', [['disputes.mediated', 3100], ['disputes.mediation_success_rate', 96.9]]],
		// Near misses: the major disputes' rate is one kind's; an administrative dispute's is resolution_rate.
		['全县重大矛盾纠纷化解率达98%。', []],
		['行政争议实质性化解率达92%。', [['disputes.resolution_rate', 92]]],
		['全区争议化解率达85%。', [['disputes.resolution_rate', 85]]],
		// A centre for administrative disputes, named in the sentence, gives its rate by 化解率 alone.
		['全市行政争议协调化解中心共受理诉前争议300件,化解140件,化解率46.7%。', [['disputes.resolution_rate', 46.7]]],
		['向行政争议化解中心委派案件10件,成功化解6件,化解成功率60%。', [['disputes.resolution_rate', 60]]],
		// Near misses: labour disputes' rate is neither, and the rate after disputes the sentence names is theirs.
		['全年劳动争议化解率达90%。', []],
		['行政争议化解中心指导调解矛盾纠纷120件,化解率95%。', [['disputes.mediation_success_rate', 95]]],
		['矛盾纠纷化解率98%,行政争议实质性化解率92%。', [['disputes.mediation_success_rate', 98], ['disputes.resolution_rate', 92]]],
		// The substantive rate of disputes at the reconsideration stage is the resolution rate, 矛盾纠纷 named before it.
		['行政复议阶段矛盾纠纷实质性化解率达98.1%。', [['disputes.resolution_rate', 98.1]]],
		// Under a title on disputes, the section names them; near miss: a title on other work.
		['(三)矛盾纠纷多元化解\n全年排查各类问题线索320条,化解率达99%。', [['disputes.mediation_success_rate', 99]]],
		['(三)优化政务服务\n全年办理群众诉求320件,化解率达99%。', []],
	]);
});

describe('questions on legal matters and lawsuits (涉法涉诉), in a passage that names no law otherwise', () => {
	const facts = (body: string) => parseReport(`某某县退役军人服务中心2023年工作总结\n${body}`, {file: 'test.txt'}).facts.map(fact => [fact.indicator, fact.value]);
	it('counts them as consultations, and not questions on policy', () => {
		expect(facts('全年为退役军人提供涉法涉诉咨询628人次。')).toEqual([['legal_services.consultations', 628]]);
		expect(facts('全年为退役军人提供就业创业咨询628人次。')).toEqual([]);
	});
});

describe('a legal service\'s callers and visitors', () => {
	each([
		['12348公共法律服务热线共接听群众来电2600人次,窗口接待群众来访900人次。', [['legal_services.consultations', 2600]]],
		// Those a legal service's hotline or platform served are its consultations.
		['“12348”公共法律服务热线服务群众3.4万人次。', [['legal_services.consultations', 34000]]],
		// Near miss: those a government-services hotline served are not.
		['12345政务服务热线服务群众3.4万人次。', []],
		// Near miss: visitors to the petition office are petitions.
		['全年接待群众来访900人次。', [['petitions.volume', 900]]],
		// The calls a legal service's hotline took, the verb first, beside the consultations of another channel.
		['全市公共法律服务中心解答法律咨询5.2万件、接听12348法律服务热线16万人次。', [['legal_services.consultations', 52_000], ['legal_services.consultations', 160_000]]],
		// Near miss: a government-services hotline's calls.
		['接听12345政务服务热线来电16万人次。', []],
	]);
});

describe('more words cut short, and legal aid named once in the sentence', () => {
	each([
		['开展普法宣讲42场次,受教群众达6000余人。', [['education.events', 42], ['education.audience', 6000]]],
		['法律援助中心全年接待来访咨询1200人次,办理援助案件410件。', [['legal_services.consultations', 1200], ['legal_aid.cases', 410]]],
		// Near miss: 援助 of another kind, with no legal aid in the sentence.
		['为困难群众办理救助援助案件410件。', []],
	]);
});

describe('officials at a meeting are not the public reached', () => {
	each([
		['召开普法工作推进会,各镇街分管负责人、普法联络员等120余人参加。', []],
		// Near miss: the public at a legal-education event.
		['开展普法宣传活动3场,群众200余人参加。', [['education.events', 3], ['education.audience', 200]]],
	]);
});

describe('suggestions and proposals by how far they got are parts of those handled', () => {
	each([
		['全年办理人大代表建议120件;正在办理的人大代表建议20件,暂时不能解决的代表建议14件。', [['oversight.npc_suggestions', 120]]],
		['已基本解决的人大代表建议86件。', []],
		['办理政协提案98件,列入计划逐步解决的提案30件。', [['oversight.cppcc_proposals', 98]]],
	]);
});

describe('one kind of document among what was published', () => {
	each([
		['主动公开政府信息5600条;通过政府公报主动公开规章0件,规范性文件3件。', [['transparency.disclosed', 5600]]],
		// Near miss: information items published are the indicator.
		['全年主动公开政府信息5600条。', [['transparency.disclosed', 5600]]],
	]);
});

describe('a pass rate stated as the passing files\' share', () => {
	each([
		['评查行政执法案卷120卷,合格以上案卷占总案卷的96.5%。', [['enforcement.case_file_pass_rate', 96.5]]],
		// Near misses: the shares of each grade, and of the files that failed, are not the pass rate.
		['评查确定优秀案卷24件,良好案卷41件,合格案卷12件,优秀率占比30%,良好率占比51%,合格率占比15%,不合格率占比4%。', []],
		['评查行政执法案卷200卷,案卷合格率97.5%。', [['enforcement.case_file_pass_rate', 97.5]]],
		// Near miss: the excellent files' share is not the pass rate.
		['评查行政执法案卷120卷,优秀案卷占总案卷的36.5%。', []],
	]);
});

describe('questions answered at a legal service are consultations', () => {
	each([
		['开展宪法宣传周活动,现场解答群众法律问题120余条。', [['legal_services.consultations', 120]]],
		// Questions counted by 个; near misses: the places, lines and teams that answer them, counted so too.
		['开展民法典宣传月活动,现场解答群众法律问题300余个。', [['legal_services.consultations', 300]]],
		['设立法律咨询点12个。', []],
		['开通法律咨询热线3个,组建法律咨询服务团队5个。', []],
		['开展普法宣传活动,发放宣传资料3000份,现场解答60人次。', [['legal_services.consultations', 60]]],
		// Near misses: questions on policy or at a services desk, and a hotline's.
		['政务服务中心解答群众政务咨询1200余次。', []],
		['12345热线全年解答群众来电3.2万件。', []],
	]);
});

describe('proposals accepted for handling', () => {
	each([
		['区政协提案委员会对收到的提案进行审查,共立案75件。', [['oversight.cppcc_proposals', 75]]],
		// Near miss: cases registered elsewhere.
		['全年行政处罚共立案75件。', []],
		// The CPPCC named as the subject of 立案, and those accepted and handed over (立案交…办理的).
		['市政协共立案383件,共向市政府系统提出了353件提案。', [['oversight.cppcc_proposals', 383]]],
		['区政协本次会议共收到提案212件。所有提案中,经审查立案交有关单位办理的205件。', [['oversight.cppcc_proposals', 212], ['oversight.cppcc_proposals', 205]]],
		// Near miss: a body other than the CPPCC registering cases.
		['区公安分局共立案75件。', []],
	]);
});

describe('a review listed among the steps of a procedure does not make decisions reviews', () => {
	each([
		['坚持公众参与、专家论证、合法性审查、集体讨论决定等程序,全年共作出12项重大行政决策。', [['decisions.major', 12]]],
		// Near miss: decisions reviewed in an enumeration under the review's verb.
		['审核规范性文件32件、重大行政决策事项8件。', [['decisions.legality_reviews', 32], ['decisions.legality_reviews', 8]]],
	]);
});

describe('information published by other verbs', () => {
	each([
		['通过“三务公开”平台公开公示各类信息310条。', [['transparency.disclosed', 310]]],
		['推进政务公开,政府门户网站全年更新政务动态信息2300条。', [['transparency.disclosed', 2300]]],
		// Near miss: a page's content updated is not information published.
		['全年更新网站栏目12个。', []],
	]);
});

describe('the executive meeting\'s study led by its members, and courses by those who studied', () => {
	each([
		['落实市政府常务会议会前学法制度,副市长领学法律法规5次。', [['leadership.pre_meeting_study', 5]]],
		['在秋季领导干部培训班上开展法治专题授课,80余人次参学。', [['training.officials', 80]]],
		// Near miss: after every body's study, a clause that names no executive meeting is theirs too.
		['县政府常务会议学法24次,全县各级各部门会前学法520场,主要领导讲法130场。', [['leadership.pre_meeting_study', 24]]],
		['全县各级各部门会前学法520场,县政府常务会议学法24次。', [['leadership.pre_meeting_study', 24]]],
	]);
});

describe('more of the words reports use for those trained, reached and answered', () => {
	each([
		['举办法治专题培训班4期,受训干部560人次。', [['training.officials', 560]]],
		['开展送法下乡活动36场,辐射群众1.2万人次。', [['education.events', 36], ['education.audience', 12000]]],
		['律师在公共法律服务站为群众答疑解惑320人次。', [['legal_services.consultations', 320]]],
		// Near misses: enforcement officers trained are not cadres; a reach with no legal education is no audience.
		['执法人员受训560人次。', [['enforcement.staff_trained', 560]]],
		['新建文化广场辐射群众1.2万人次。', []],
	]);
});

describe('heads in court counted by the cases they appeared in', () => {
	each([
		['全年行政机关负责人出庭应诉案件45件,出庭率100%。', [['litigation.head_appearances', 45], ['litigation.head_appearance_rate', 100]]],
		// By case and time together (件次), as a court's report counts them.
		['本年度行政机关负责人出庭应诉860件次,同比上升12.5%。', [['litigation.head_appearances', 860]]],
		// Near miss: the cases that called for a head are not those a head appeared in.
		['应出庭案件48件,行政机关负责人出庭应诉率93.8%。', [['litigation.head_appearance_rate', 93.8]]],
	]);
});

describe('a share stated a clause after its count (占比)', () => {
	each([
		['梳理可全程网办的政务服务事项860项,占比92.5%。', [['services.online_rate', 92.5]]],
		['全程网办事项共860项,所占比例为92.5%。', [['services.online_rate', 92.5]]],
		// Near misses: a looser kind of online service, a rate of something else, a change, and a share of another count.
		['网上可办事项1900项,占比98%。', []],
		['全程网办事项860项,办结率99%。', []],
		['全程网办事项860项,较上年增长12%。', []],
		['全程网办事项860项;线上办件量4万件,占比47%。', []],
	]);
});

describe('those trained a clause after an enforcement course are enforcement officers', () => {
	each([
		['组织行政执法规范化培训5场,参训人员260人次。', [['enforcement.staff_trained', 260]]],
		['组织执法人员参加业务培训3次,培训人员达75人次。', [['enforcement.staff_trained', 75]]],
		['承办全市行政执法业务培训会,全区18家执法单位共90余人参加培训。', [['enforcement.staff_trained', 90]]],
		// Near misses: cadres named after the enforcement course are the cadres' course, and a course with no enforcement is theirs.
		['开展行政执法培训2场;举办领导干部法治专题培训班,参训人员300人次。', [['training.officials', 300]]],
		['举办领导干部法治专题培训班,参训人员300人次。', [['training.officials', 300]]],
	]);
});

describe('words inside longer words are not what rules turn down', () => {
	each([
		// 事项目录 is 事项 and 目录, not 项目: the decisions listed in the year's catalogue.
		['编制年度重大行政决策事项目录5项,向社会公布。', [['decisions.major', 5]]],
		['3个重大行政决策项目获评优秀案例。', []],
		// 镇村合同: a town reviews its own and its villages' contracts; advisers reviewing for villages do not.
		['全年对规范性文件及镇村合同开展合法性审查420件。', [['decisions.legality_reviews', 420]]],
		['村法律顾问帮助审查村级合同200余份。', []],
	]);
});

describe('cases a warning flagged are not cases lost', () => {
	each([
		['妥善化解3起行政败诉预警案件。', []],
		['全年行政诉讼败诉案件3起。', [['litigation.lost', 3]]],
	]);
});

describe('the disputes mediated successfully, stated as a part of those taken up', () => {
	each([
		['全年共调解矛盾纠纷 230 件,其中调解成功 226 件。', [['disputes.mediated', 226]]],
		// What a count includes, in brackets, is a part of it, not its successes.
		['全市人民调解组织调解矛盾纠纷2.3万件(含法院委派委托调解成功8000件)。', [['disputes.mediated', 23000]]],
		// A sentence opening on the kinds or channels it breaks down by: each with its share is a part, whatever the total.
		['全县受理群众诉求4371件。从反映方式占比来看,来访3483件(次),占比79.68%;来信101件(次),占比2.31%。', []],
		['从公开渠道来看,政府网站公开信息4927条,占比58.51%;政务新媒体公开信息2171条,占比25.78%。', []],
		// Near miss: with no breakdown opening the sentence, a count and its share of the city's stand.
		['全区行政机关负责人出庭应诉96件,占全市的12%。', [['litigation.head_appearances', 96]]],
		// Successes of one kind are a part: the disputes settled stay the count.
		['全镇共化解矛盾纠纷64起,其中成功化解多年积案纠纷11起。', [['disputes.mediated', 64]]],
		['全年共调解矛盾纠纷230件,其中成功调解226件,调解成功率98.3%。', [['disputes.mediated', 226], ['disputes.mediation_success_rate', 98.3]]],
		// Near miss: a kind of dispute is a part of the count, which stands.
		['全年共调解矛盾纠纷230件,其中婚姻家庭纠纷40件。', [['disputes.mediated', 230]]],
	]);
});

describe('study and training named in another order', () => {
	each([
		// 法治专题学习 is 专题法治学习 in the other order.
		['落实县政府常务会议学法制度,开展法治专题学习4次。', [['leadership.pre_meeting_study', 4]]],
		// A course on the rule of law and on another subject together is a course in law.
		['举办学习贯彻习近平法治思想、党的二十大精神暨领导干部培训班6期,培训领导干部280人次。', [['training.officials', 280]]],
		// Near miss: a course on another subject alone is not.
		['举办学习贯彻党的二十大精神领导干部培训班6期,培训领导干部280人次。', []],
	]);
});

describe('what the year ahead will bring is no result (将 before a verb of doing)', () => {
	each([
		['今年县政府系统将承办人大代表建议151件、政协提案127件。', []],
		['明年将举办法治讲座20场。', []],
		// Near misses: 将 that puts something somewhere (将办理结果…反馈) sets no aim.
		['全年将办理结果全部向代表反馈,承办人大代表建议45件。', [['oversight.npc_suggestions', 45]]],
		['全年承办人大代表建议45件,均将办理情况答复代表。', [['oversight.npc_suggestions', 45]]],
		['将完成情况纳入年度考核,全年承办人大代表建议45件。', [['oversight.npc_suggestions', 45]]],
	]);
});

describe('information published where a passage never says 公开', () => {
	each([
		// Where it was published stands for the topic: a government's site, a column, government information by name.
		['全年在政府门户网站发布信息590条。', [['transparency.disclosed', 590]]],
		['2024年本局信息栏目共发布信息210条。', [['transparency.disclosed', 210]]],
		['全年更新各类政府信息1800余条。', [['transparency.disclosed', 1800]]],
		['全年共主动发布各类信息3200条。', [['transparency.disclosed', 3200]]],
		// Near misses: information a channel that is no government's published, and legal education on a site.
		['通过微信公众号发布普法信息120条。', []],
		['在政府网站发布普法信息120条。', []],
		['全年发布信息300条。', []],
	]);
});

describe('the kinds of information published are parts of it, whatever their words', () => {
	each([
		['主动公开政府信息120条。其中,通知公告类信息80条,回复依申请公开事项6条。', [['transparency.disclosed', 120]]],
		['主动公开政府信息120条,其中包括工作动态100条,申请公开0条。', [['transparency.disclosed', 120]]],
		// Near miss: requests stated beside what was published, not under it.
		['主动公开政府信息120条,收到政府信息公开申请15件。', [['transparency.disclosed', 120], ['transparency.requests', 15]]],
		// Near miss: requests in 件 after the kinds in 条 are no kind of information published.
		['主动公开各类信息1186条,其中通过政务微信公开信息923条,实现同步公开;年内受理并办结依申请公开23件。', [['transparency.disclosed', 1186], ['transparency.requests', 23]]],
	]);
});

describe('those who took an enforcement course (参训)', () => {
	each([
		['加强执法人员培训,参加专题培训2期,参训15人。', [['enforcement.staff_trained', 15]]],
		// The trainees (学员) of a course for enforcement officers, and officers by another name (执法骨干).
		['开展新入职行政执法人员培训5期,培训学员600余人。', [['enforcement.staff_trained', 600]]],
		['区行政执法干部实训营开班,40名年轻执法骨干参训。', [['enforcement.staff_trained', 40]]],
		// Near misses: cadres and officers trained together are cadres trained; a cadres' course's trainees are theirs.
		['组织镇村干部、行政执法人员参加法治培训,覆盖300余人次。', [['training.officials', 300]]],
		['举办领导干部法治培训班,培训学员120人。', [['training.officials', 120]]],
	]);
});

describe('a town\'s own work for its villages, and words a title names', () => {
	each([
		['全年开展村合同合法性审查320件。', [['decisions.legality_reviews', 320]]],
		['镇司法所为镇村两级提供法律意见建议40余件。', [['decisions.legal_opinions', 40]]],
		// Near misses: village advisers' work for the villages is not the government's.
		['村法律顾问审查村级合同200余份。', []],
		['村法律顾问为村(居)重大事项提供法律意见30条。', []],
		// A document's title that names civil suits counts none; civil suits counted before do.
		['印发《关于加强行政诉讼及民事诉讼案件工作的通知》,全年处理行政诉讼案件11宗。', [['litigation.cases', 11]]],
		['代理民事诉讼案件120件,行政案件8件。', []],
		['及时公开惠民政策落实、重点项目进展等事项信息25条。', [['transparency.disclosed', 25]]],
		// Heads in court counted by the cases they appeared in, by any measure word of cases.
		['落实负责人出庭应诉制度,负责人出庭应诉3宗。', [['litigation.head_appearances', 3]]],
	]);
});

describe('law taught with another subject is still law', () => {
	each([
		['开展习近平法治思想和党的二十届三中全会宣讲活动35场,受众人员3000多人。', [['education.events', 35], ['education.audience', 3000]]],
		['将宪法、民法典纳入学习内容,全年开展专题学习5次,覆盖乡村干部260余人次。', [['training.officials', 260]]],
		// Near misses: a tour on the party's line alone; those who gave an event.
		['开展党的二十届三中全会宣讲活动35场。', []],
		['开展普法宣传活动12场,参与宣传人员30人次。', [['education.events', 12]]],
	]);
});

describe('fully online by another word (全流程网办率)', () => {
	each([
		['网上可办率达100%,全流程网办率达88.5%。', [['services.online_rate', 88.5]]],
	]);
});

describe('petitions taken to a higher level are not those this government received', () => {
	each([
		['该镇群众到区访12批40人次,到市访2批5人次,赴省访1批3人次。', []],
		['全年群众进京访2人次。', []],
		// Near miss: visits to the reporting county, by the level they came to.
		['全年接待群众来县访839批。', [['petitions.volume', 839]]],
	]);
});

describe('a review\'s written opinions counted one for each item are the reviews', () => {
	each([
		['司法所对街道重大事项决策出具审查意见320份。', [['decisions.legality_reviews', 320]]],
		['全年提供合同审查意见15件次。', [['decisions.legality_reviews', 15]]],
		['共出具合法性审核意见351份。', [['decisions.legality_reviews', 351]]],
		// A contract reviewed and an opinion written on it: one opinion for each, counted as the reviews; by 起 too.
		['法律顾问全年审查合同并出具书面法律意见320份。', [['decisions.legality_reviews', 320]]],
		['全年共完成重大行政合同合法性审查11起。', [['decisions.legality_reviews', 11]]],
		// Near misses: the points raised in them, by 条, are opinions.
		['全年提出审查意见302条。', [['decisions.legal_opinions', 302]]],
		['法律顾问全年提出法律意见320条。', [['decisions.legal_opinions', 320]]],
		// Letters written on reviews the sentence has already counted, whichever side of its noun the count stands.
		['对拟以政府名义出台的80份文件进行合法性审查,出具审查意见77份。', [['decisions.legality_reviews', 80], ['decisions.legal_opinions', 77]]],
		// Near miss: a year before the review is no count of it.
		['2024年度,决策事项均经过合法性审核,共出具合法性审核意见351份。', [['decisions.legality_reviews', 351]]],
		// Documents reviewed before they go out, the figure before its noun (前置审查).
		['法制机构共对260份文件进行前置审查,提出修改意见85条。', [['decisions.legality_reviews', 260], ['decisions.legal_opinions', 85]]],
		// A legal adviser's suggestions are its opinions; near miss: those it gives firms, a public legal service.
		['政府法律顾问全年提交各类建议126条。', [['decisions.legal_opinions', 126]]],
		['法律顾问为企业提交各类建议40条。', []],
		// Near miss: documents filed, a clause before another check.
		['全年对1200份文件进行归档整理,逐一审核目录。', []],
	]);
});

describe('police an event reached are not the public, and disputes resolved by another word', () => {
	each([
		['开展“法治大讲堂”“以案释法”研讨活动10余场,覆盖民警700余人次。', [['education.events', 10]]],
		['系统录入矛盾月均165条,化解成功率达99%。', [['disputes.mediation_success_rate', 99]]],
		// Near miss: the petitions' resolution rate is not the disputes'.
		['全年信访矛盾化解率达98%。', []],
	]);
});

describe('figures by other common verbs: 提出…意见, 解决…纠纷, 服务群众', () => {
	each([
		['为街道各类合同、文件进行合法性审查70次,提出8份意见。', [['decisions.legality_reviews', 70], ['decisions.legal_opinions', 8]]],
		['依法解决群众纠纷96起。', [['disputes.mediated', 96]]],
		['累计开展普法宣传活动120余场,服务群众2000余人。', [['education.events', 120], ['education.audience', 2000]]],
		// Near misses: lawyers' check-up of firms is not the government's review; people served outside legal education.
		['开展民营企业“法治体检”,律师为200家企业解答法律咨询500次,提出意见480条。', [['legal_services.consultations', 500]]],
		['便民服务中心全年服务群众2000余人。', []],
	]);
});

describe('more words of the same things: 主题宣传, 首违免罚…次, 专业意见, 干部职工', () => {
	each([
		['开展民法典、信访工作条例等主题宣传18场次。', [['education.events', 18]]],
		['全年共实施首违免罚210次。', [['enforcement.lenient_cases', 210]]],
		['法律顾问提出专业意见6条。', [['decisions.legal_opinions', 6]]],
		['将宪法、民法典作为重点学习内容,全年开展集中学法专题学习20次,覆盖干部职工60余人次。', [['training.officials', 60]]],
		// Near misses: a theme campaign on no law; a firm's employees trained.
		['开展安全生产主题宣传18场次。', []],
		['开展法治培训,覆盖企业职工300人次。', []],
	]);
});

describe('a cited title\'s years, and the counts of disclosure tables and 法制审核', () => {
	each([
		// The years in a plan's title are its span, not the figure's year.
		['依法出台《某市综合交通网规划(2022-2035年)》重大行政决策文件2项。', [['decisions.major', 2]]],
		// Near miss: a year stated outside any title is another year's figure.
		['2023年出台重大行政决策文件2项。', []],
		['本年度行政规范性文件发布3条,废止数量2条。', [['decisions.docs_repealed', 2]]],
		['全年完成法制审核410宗。', [['decisions.legality_reviews', 410]]],
	]);
});

describe('those who took part in cadres\' study, by head count', () => {
	each([
		['组织中心组学习12次,组织干部观看法治视频8次,参加人数达260余人。', [['training.officials', 260]]],
		// Near misses: those who sat an exam; the public at legal-education events.
		['组织开展领导干部任前法律知识考试3场,参与人数40人。', []],
		['开展普法宣传活动20场,参加人数达2000人。', [['education.events', 20], ['education.audience', 2000]]],
	]);
});

describe('各类 is every kind, not one kind of a breakdown', () => {
	each([
		['全年共化解各类纠纷356件,调解成功率98.2%。', [['disputes.mediated', 356], ['disputes.mediation_success_rate', 98.2]]],
		['由司法所牵头审查各类事项210余件。', [['decisions.legality_reviews', 210]]],
		// Near misses: one kind of a breakdown stays out.
		['其中婚姻家庭类纠纷120件。', []],
		['全年化解纠纷356件,其中邻里类纠纷88件。', [['disputes.mediated', 356]]],
	]);
});

describe('documents, interpretations and replies are kinds of what was disclosed', () => {
	each([
		['全年主动公开政府信息8200条,发布主动公开文件35件,发布政策解读40条。', [['transparency.disclosed', 8200]]],
		// Documents disclosed are the count only where nothing else counts what was disclosed.
		['全年主动公开政府文件和政府办文件34件,政府常务会议信息13条。', [['transparency.disclosed', 34]]],
		['全年主动公开部门文件51件。', [['transparency.disclosed', 51]]],
		['通过门户网站公开各类政府信息4100条、解读信息发布22条。', [['transparency.disclosed', 4100]]],
		['在政务公开方面,全年共发布96条回应关切信息。', []],
		// Near misses: information items published stay the count, whatever else the sentence says.
		['在政务公开方面,全年共发布政府信息2300条。', [['transparency.disclosed', 2300]]],
		['主动公开政府信息1360件。', [['transparency.disclosed', 1360]]],
	]);
});

describe('decisions that all went through the review are counted as decisions', () => {
	each([
		['全县18件重大行政决策均经合法性审查和集体讨论。', [['decisions.major', 18]]],
		['全年作出的9项重大行政决策全部经过法制审核。', [['decisions.major', 9]]],
		// Near misses: drafts sent in for review, and documents that went through it, are reviews.
		['对重大行政决策草案15件进行合法性审查。', [['decisions.legality_reviews', 15]]],
		['全年制发的32件规范性文件均经合法性审查。', [['decisions.legality_reviews', 32]]],
	]);
});

describe('a span since a year that says which things were worked through', () => {
	each([
		['开展全区2019年以来出台的规范性文件清理工作,废止5件。', [['decisions.docs_repealed', 5]]],
		// Near misses: a span that frames the sentence holds for its figures.
		['2019年以来,全区共废止规范性文件5件。', []],
		['全区2019年以来共废止规范性文件5件。', []],
	]);
});

describe('a percentage before 的 after 其中 is a share of things, and a category named before 为', () => {
	each([
		['全年调解矛盾纠纷520件,调解成功率99.2%,其中96.5%的纠纷在村级化解。', [['disputes.mediated', 520], ['disputes.mediation_success_rate', 99.2]]],
		['全年收到行政复议申请300件。受理的复议案件中,行政处罚类案件为120件,行政强制类案件为40件。', [['reconsideration.received', 300]]],
		// Near misses: a rate named right before the percentage stays a rate.
		['取得调解成功率98.5%的好成绩。', [['disputes.mediation_success_rate', 98.5]]],
		['全年收到行政复议申请案件为300件。', [['reconsideration.received', 300]]],
	]);
});

describe('cases taken in (受案), and trainees of a party school or a central group\'s plan', () => {
	each([
		['本年度全县行政复议共受案 64 件。', [['reconsideration.received', 64]]],
		['围绕习近平法治思想,将法治课程列入理论学习中心组学习计划和党校课程,举办培训班30期,培训5200人次。', [['training.officials', 5200]]],
		// Near misses: a tour that reaches a party school reaches the public, and 受案 in court is not reconsideration.
		['开展法治宣讲“进机关”“进党校”等活动,参与人数超万人。', [['education.audience', 10000]]],
		['全年法院行政诉讼受案 64 件。', [['litigation.cases', 64]]],
	]);
});

describe('broadcasts and shows on the law are legal-education events', () => {
	each([
		['依托新媒体矩阵,开展普法直播28场次,在线观看5万余人次。', [['education.events', 28], ['education.audience', 50000]]],
		['组织法治文艺演出16场。', [['education.events', 16]]],
		// Near misses: a broadcast or a show on another subject is none.
		['开展直播带货活动12场。', []],
		['组织文艺演出16场。', []],
	]);
});

describe('kinds of case listed before 等各类, and a change on the same period (较同期)', () => {
	each([
		['今年以来,已受理群众申请信息公开、征收补偿等各类行政复议案件412件。', [['reconsideration.received', 412]]],
		// Near miss: the disclosure office's own reconsideration cases stay out.
		['全年收到依申请公开42件,因信息公开引发行政复议2件。', [['transparency.requests', 42]]],
	]);

	it('reads 较同期增长 N% as the change on the year before, with a space before the figure too', () => {
		const fact = reportOf('全县行政复议共受案 83 件,受案数量较同期增长 74%。').facts.find(item => item.indicator === 'reconsideration.received');
		expect(fact?.yoy).toMatchObject({kind: 'pct', value: 74});
	});
});

describe('a tour on the law and policy is on the law', () => {
	each([
		['组织律师开展法律和政策宣讲45场次。', [['education.events', 45]]],
		// Near miss: a tour on policy alone is none.
		['组织干部开展政策宣讲45场次。', []],
	]);
});

describe('disclosure requests named as 依申请事项', () => {
	each([
		['2024年,区人民政府共收到45条依申请事项,均按时答复。', [['transparency.requests', 45]]],
		// Near miss: matters handled on application at a service hall are no disclosure requests.
		['政务服务中心受理申请事项4500件。', []],
	]);
});

describe('kinds of lawsuit, rates of one level, aspects, and a change said twice (较去年同比)', () => {
	each([
		// A kind of lawsuit, 类 then 行政案件, is a category of the court's docket.
		['全年审结涉企类行政案件420件。', []],
		// The share settled at the first level is not the success rate.
		['全年化解矛盾纠纷2.1万余件,矛盾纠纷一线化解率达到91.5%。', [['disputes.mediated', 21000]]],
		// Aspects a catalogue covers are kinds, not decisions.
		['本级重大行政决策事项共涉及4个方面。', []],
		['村级“法治院坝会”36场。', [['education.events', 36]]],
		// Near misses: the lawsuits themselves, the success rate, and decisions counted by 个 stay facts.
		['全年共办理行政诉讼案件420件。', [['litigation.cases', 420]]],
		['全年化解矛盾纠纷2100件,调解成功率达到91.5%。', [['disputes.mediated', 2100], ['disputes.mediation_success_rate', 91.5]]],
		['全年作出重大行政决策4个。', [['decisions.major', 4]]],
	]);

	it('reads 较去年同比下降 N% as one change on the year before', () => {
		const fact = reportOf('全年收到行政复议申请15件,较去年同比下降25%。').facts.find(item => item.indicator === 'reconsideration.received');
		expect(fact?.yoy).toMatchObject({kind: 'pct', value: -25});
	});
});

describe('government information disclosed, with what it is about between', () => {
	each([
		['今年通过微信公众号等新媒体公开群众关注的政府信息共85条。', [['transparency.disclosed', 85]]],
		// Near misses: information withheld, or disclosed on application, is not what was proactively disclosed.
		['全年不予公开涉及商业秘密的政府信息3条。', []],
		['依申请公开涉及征收的政府信息12件。', [['transparency.requests', 12]]],
	]);
});

describe('heads at court (到庭应诉), a breakdown that ends at 同时, settled petitions, and a difference after a comparison', () => {
	each([
		['全年行政机关负责人到庭应诉312件。', [['litigation.head_appearances', 312]]],
		// 同时 opens a statement besides the total: the breakdown 其中 opened ends there.
		['全年调解矛盾纠纷300件,其中村级调解120件,同时通过巡回调解化解矛盾纠纷85件。', [['disputes.mediated', 300], ['disputes.mediated', 85]]],
		// Petitions settled are not petitions received.
		['通过领导接访推动信访问题化解85件。', []],
		// After a comparison with another year, a count after 增加 is the difference.
		['与2023年相比,行政机关负责人到庭应诉增加120人次。', []],
		// Near misses: a breakdown without 同时 goes on; a count of petitions received stays.
		['全年调解矛盾纠纷300件,其中村级调解120件,镇级调解80件。', [['disputes.mediated', 300]]],
		['全年受理信访事项850件。', [['petitions.volume', 850]]],
	]);
});

describe('letters written on reviews the sentence has already counted', () => {
	each([
		['全年共审查各类文件280件,出具合法性审查意见书45份。', [['decisions.legality_reviews', 280]]],
		// Near miss: letters alone, one for each review, count the reviews.
		['全年出具合法性审查意见书45份。', [['decisions.legality_reviews', 45]]],
	]);
});

describe('audit projects a plan arranges are not audits done', () => {
	each([
		['5月印发年度审计项目计划,全年安排审计项目45个。', []],
		// Near miss: the audits the year carried out.
		['全年共完成审计项目45个。', [['oversight.audit_projects', 45]]],
	]);
});

describe('measure words and names real reports use for familiar counts', () => {
	each([
		// Consultations counted by 起, as questions taken one at a time.
		['现场接受群众法律咨询320余起。', [['legal_services.consultations', 320]]],
		// The public reached, counted by 名, or named as the targets of legal education (普法对象).
		['开展宪法宣传活动,吸引300余名群众参与。', [['education.audience', 300]]],
		['全年开展普法宣传活动25场次,普法对象8000余人次。', [['education.events', 25], ['education.audience', 8000]]],
		// Near misses: cadres at an exam, lawyers who gave the event.
		['组织50名机关干部参加普法考试。', []],
		// But cadres at a course in law and its exam are trained.
		['组织新提拔的320名科级领导干部进行任前法律知识培训和考试。', [['training.officials', 320]]],
		['局机关40名干部职工全部参与法宣在线平台学法。', []],
		['选派20名律师参与普法宣传活动。', []],
		// Deputies' suggestions and proposals counted by 份.
		['全年承办市人大代表建议12份、区人大代表建议8份,办复率100%。', [['oversight.npc_suggestions', 12], ['oversight.npc_suggestions', 8]]],
		['全年承办政协委员提案15份。', [['oversight.cppcc_proposals', 15]]],
		// Traffic violations let off a fine are lenient cases; near miss: fines imposed.
		['全市已有860起交通违法不罚款、不记分。', [['enforcement.lenient_cases', 860]]],
		['作出罚款决定的从轻处罚案件120件。', []],
	]);
});

describe('a kind named in a list before 等…信息, and meetings that are no reviews', () => {
	each([
		// 重点领域 as one item of what was published is no field's share of it; alone it is.
		['通过政府网站主动公开政策文件、重点领域、财政预决算等信息1520条。', [['transparency.disclosed', 1520]]],
		['重点领域信息公开860条。', []],
		// Meetings on several subjects, legality review among them, are counted as meetings; reviews counted so stand.
		['开展以案释法、集中法制审核等专题会议5次。', []],
		['全年开展法制审核42次。', [['decisions.legality_reviews', 42]]],
	]);
});

describe('trainees of a list of courses for others besides enforcement officers', () => {
	each([
		['开展了放射人员培训、行政执法培训、企业负责人培训等12次,参训1800余人。', []],
		// Near miss: an enforcement course's own trainees.
		['开展行政执法培训12次,参训执法人员600余人。', [['enforcement.staff_trained', 600]]],
	]);
});

describe('a figure that moved from one value to another (从…提升至…)', () => {
	each([
		// The value it reached is the year's, read with the subject before 从; the value it started from is not.
		['行政机关负责人出庭应诉率从85%提升至100%。', [['litigation.head_appearance_rate', 100]]],
		['政务服务事项全程网办率由90%提高到98.5%。', [['services.online_rate', 98.5]]],
		['行政诉讼败诉率从2023年的12.5%降至2024年的6.2%。', [['litigation.loss_rate', 6.2]]],
		['全年受理行政复议案件从上年的120件增加到150件。', [['reconsideration.received', 150]]],
		// Near misses: a value reached from another year's stays that year's; a share from one kind to another is no move.
		['行政诉讼败诉率从2022年的12.5%降至2023年的6.2%。', []],
		['行政机关负责人出庭应诉率达85%,败诉率降至3%。', [['litigation.head_appearance_rate', 85], ['litigation.loss_rate', 3]]],
	]);
});

describe('an enumeration\'s verb carried across a comma to an item that is a bare noun', () => {
	each([
		['全年审查规范性文件12件,行政合同45份。', [['decisions.legality_reviews', 12], ['decisions.legality_reviews', 45]]],
		['共审核行政规范性文件6份,区政府招商协议、合同15份。', [['decisions.legality_reviews', 6], ['decisions.legality_reviews', 15]]],
		['培训县处级领导干部300名,科级干部860名。', [['training.officials', 300], ['training.officials', 860]]],
		// Near misses: an item with a verb of its own, a sum of money, an item another rule reads by itself.
		['审查规范性文件12件,回复征求意见文件30件。', [['decisions.legality_reviews', 12]]],
		['审查以镇政府名义印发的文件900余件,向县司法局报备规范性文件20件。', [['decisions.legality_reviews', 900]]],
		['审查规范性文件12件,涉及金额3.2亿元。', [['decisions.legality_reviews', 12]]],
		['受理行政复议申请52件,行政诉讼案件18件。', [['reconsideration.received', 52], ['litigation.cases', 18]]],
		// The item before a bare noun has no verb to lend, only its modifier: 检察监督案件 are no reconsiderations.
		['依法办理行政诉讼案件41件,行政复议案件27件,行政检察监督案件5件。', [['litigation.cases', 41], ['reconsideration.received', 27]]],
	]);
});

describe('complaints about a service are not its cases', () => {
	each([
		['全年办理法律援助案件860件,受理法律援助投诉3件。', [['legal_aid.cases', 860]]],
		['共办结律师执业投诉7件、法律援助投诉2件。', []],
	]);
});

describe('a composite resolution rate of reconsideration is not mediation\'s success', () => {
	each([
		['行政复议机构审结案件420件,以调解、和解方式结案96件,综合化解率为38%。', [['reconsideration.closed', 420]]],
		// Near miss: the disputes' own success rate.
		['全年调解矛盾纠纷1320件,调解成功率达97.2%。', [['disputes.mediated', 1320], ['disputes.mediation_success_rate', 97.2]]],
	]);
});

describe('the major decisions listed in the year\'s catalogue', () => {
	each([
		['推行重大行政决策目录管理,区政府公布年度决策事项6件。', [['decisions.major', 6]]],
		['全面推进重大行政决策目录化管理,公开目录事项5个,均履行法定程序。', [['decisions.major', 5]]],
		['一是规范重大行政决策程序。遴选出关系民生的3项决策事项,列入年度目录。', [['decisions.major', 3]]],
		// Near misses: matters with no word of major decisions, and a catalogue being drawn up.
		['梳理政务服务决策事项12项。', []],
		['推行重大行政决策目录编制工作,征集目录事项9个。', []],
	]);
});

describe('systems and mechanisms set up are not things done', () => {
	each([
		['全面推行执法公示、全过程记录、重大执法决定法制审核3项制度。', []],
		['建立府院联动等4项机制,化解行政争议30件。', []],
		// Near miss: documents of rules reviewed are reviews.
		['审查制度性文件14件。', [['decisions.legality_reviews', 14]]],
	]);
});

describe('legal-education events under a general name, in a sentence on law', () => {
	each([
		['围绕宪法和民法典开展主题普法,各级共开展有关活动86场次。', [['education.events', 86]]],
		// Near miss: no word of law in the sentence.
		['围绕安全生产月,各级共开展有关活动86场次。', []],
	]);
});

describe('the executive meeting studying a law by its title', () => {
	each([
		['县政府全年组织常务会学习《中华人民共和国行政处罚法》《某省物业管理条例》等5次。', [['leadership.pre_meeting_study', 5]]],
		// Near miss: a plan studied by its title is no law.
		['县政府全年组织常务会学习《县国民经济和社会发展第十四个五年规划纲要》等5次。', []],
	]);
});

describe('trainees a clause after a course for enforcement officers', () => {
	each([
		['开展行政执法人员习近平法治思想专题学习培训2次,150余人参加培训。', [['enforcement.staff_trained', 150]]],
		// Near miss: cadres listed with the officers are cadres trained.
		['组织机关干部、行政执法人员参加法治培训,覆盖420人次。', [['training.officials', 420]]],
	]);
});

describe('a legal-education event known by a quoted name that holds the law', () => {
	each([
		['依托普法阵地,定期开展“法治下午茶”30余场。', [['education.events', 30]]],
		['在各村巡回开展“普法大篷车”12场次。', [['education.events', 12]]],
		// Near misses: a quoted name with no law in it; a legal check-up of firms, a service, not an event.
		['定期开展“邻里下午茶”30余场。', []],
		['为辖区企业开展“法治体检”26场。', []],
	]);
});

describe('a span since a campaign or a centre began, with no year named, is the year\'s', () => {
	each([
		['专项活动开展以来,全县共调解矛盾纠纷1.2万件,调解成功率98%。', [['disputes.mediated', 12000], ['disputes.mediation_success_rate', 98]]],
		['该中心自运行以来,新收行政诉讼案件120件。', [['litigation.cases', 120]]],
		// Near misses: a span since a body was founded, or since a year before the one reported, holds several years.
		['区调委会成立以来,累计调解纠纷3500起。', []],
		['中心自2019年运行以来,累计调解纠纷3500起。', []],
	]);
});

describe('mediation named by 调处 alone, and what is not mediated', () => {
	each([
		['全年共受理案件2681起,成功调处化解2628起。', [['disputes.mediated', 2628]]],
		// Near misses: an epidemic's cases traced and handled (流调处置); disputes still being mediated; disputes a
		// petition office referred for mediation, which are no petitions.
		['全年流调处置病例209例。', []],
		['排查发现的矛盾纠纷中已有56起成功化解,另有2起正在调处中。', [['disputes.mediated', 56]]],
		['接受公安机关、信访部门等委托移送纠纷共2100件。', []],
		// 成功调结, mediated to a close, and its rate; near misses: 调结 alone, a month's count, and 调结构 (restructuring).
		['综治中心共受理群众投诉1200宗,成功调结1160宗。', [['disputes.mediated', 1160]]],
		['全年排查矛盾纠纷860起,调结率达98.5%。', [['disputes.mediation_success_rate', 98.5]]],
		['全市突发死亡纠纷10起,当月调结7起。', []],
		['坚持调结构、促转型,新增规上企业12家。', []],
	]);
});

describe('firms and their staff trained are no cadres', () => {
	each([
		['举办专题培训班80余场,培训3000余家生产经营单位,受训人员6000余人。', []],
		['开展消防法专题培训,覆盖市场主体、从业人员,参训900余人。', []],
		// Near miss: cadres trained a clause after the course.
		['举办依法行政专题培训班8场,受训人员600余人。', [['training.officials', 600]]],
	]);
});

describe('reconsideration\'s mediation rate told as the share closed by mediation', () => {
	each([
		['全年收到行政复议申请860件,其中通过调解自愿撤回申请的占案件总数的35.2%。', [['reconsideration.received', 860], ['reconsideration.mediation_rate', 35.2]]],
		// Near miss: in a passage on people's mediation, no reconsideration is named.
		['人民调解组织受理纠纷860件,通过调解自愿撤回起诉的占案件总数的35.2%。', []],
	]);
});

describe('a sentence opening on its total\'s noun with 中 breaks that total down', () => {
	each([
		['区政协全会共收到提案310件,经审查立案288件,不予立案22件。立案提案中,集体提案41件,委员联名提案75件,委员个人提案172件。', [['oversight.cppcc_proposals', 310], ['oversight.cppcc_proposals', 288]]],
		// Near miss: a sentence opening on other work with 中 states its own count.
		['区政协全会共收到提案310件。调研过程中,委员提出提案40件。', [['oversight.cppcc_proposals', 310], ['oversight.cppcc_proposals', 40]]],
	]);

	it('says the part is one of a breakdown by name', () => {
		const body = '区政协全会共收到提案310件,经审查立案288件,不予立案22件。立案提案中,集体提案41件,委员联名提案75件。';
		const entry = explainReport(`某某区人民政府2024年法治政府建设年度情况报告\n${body}`, {file: 'test.txt'}).entries.find(candidate => candidate.expression === '75件');
		expect(entry?.outcome).toEqual({kind: 'excluded', by: 'sub-total'});
		expect(entry?.why).toBe('oversight.cppcc_proposals, but a part of 288件 before it (the sentence opens on its noun: …中): a sub-total (kept as a figure)');
	});
});

describe('lenient supervision applied, with no case named, counts no lenient cases', () => {
	each([
		['实施包容审慎监管26次。', []],
		['推行包容审慎监管,办理不予处罚案件46件。', [['enforcement.lenient_cases', 46]]],
		['包容审慎监管办理案件130件。', [['enforcement.lenient_cases', 130]]],
		// The cases handled under a list of offences let off are lenient cases; near misses: the list's items, and lists issued.
		['适用首违不罚、轻微免罚清单办理案件312件。', [['enforcement.lenient_cases', 312]]],
		['制定首违不罚清单,涵盖事项32项。', []],
		['出台首违不罚清单12份。', []],
	]);
});

describe('what will be done this year, and petitions settled, are no count of the year\'s petitions or projects', () => {
	each([
		['今年全省将实施财政审计、经济责任审计等120余个审计项目。', []],
		// Near miss: what was carried out.
		['全年实施财政审计、经济责任审计等120余个审计项目。', [['oversight.audit_projects', 120]]],
		// Disputes of the kind petitions raise, resolved: disputes mediated, not the petitions' volume.
		['全年化解各类信访矛盾纠纷300多件。', [['disputes.mediated', 300]]],
		['全年受理群众信访事项300多件。', [['petitions.volume', 300]]],
	]);
});

describe('law taught at the executive meeting, information held by kind, visits counted with questions', () => {
	each([
		['区政府常务会议坚持开展“局长讲法”,由各业务部门负责人围绕民法典等法律开展讲法活动6次。', [['leadership.pre_meeting_study', 6]]],
		// Near miss: law talks with no executive meeting are legal education.
		['司法所围绕民法典等法律开展讲法活动6次。', [['education.events', 6]]],
		['全年共接待群众来访、政策咨询等900多人次。', []],
		['全年共接待群众来访900多人次。', [['petitions.volume', 900]]],
		['全年制作政府信息总数80条,其中主动公开政府信息60条,依申请公开政府信息20条。', [['transparency.disclosed', 60]]],
		['全年收到依申请公开信息20条。', [['transparency.requests', 20]]],
	]);
});

describe('the title of the first thing reviewed between the verb and the kind', () => {
	each([
		['审查《某区人民政府关于加强森林防火工作的命令》等行政规范性文件15件。', [['decisions.legality_reviews', 15]]],
		// Near miss: documents issued, not reviewed.
		['印发《某区人民政府关于加强森林防火工作的命令》等行政规范性文件15件。', []],
	]);
});

describe('a measure word standing before the number as its noun', () => {
	each([
		['开展普法直播120场,观看人次超300万。', [['education.events', 120], ['education.audience', 3_000_000]]],
		['法治宣传活动广受关注,参与人次达4500。', [['education.audience', 4500]]],
		// Near miss: a number with no measure word anywhere is no amount.
		['法治宣传活动广受关注,参与者达4500。', []],
	]);
});

describe('visitors a centre received are no petitions, unless a petition office\'s', () => {
	each([
		['县综治中心自年初运行以来,累计接待来访群众900余人次,化解矛盾纠纷200余件。', [['disputes.mediated', 200]]],
		['县信访接待中心全年接待来访群众900余人次。', [['petitions.volume', 900]]],
		['全年接待来访群众900余人次。', [['petitions.volume', 900]]],
		['镇政府法律顾问协助处理复杂信访案件3宗。', []],
		['镇政府全年处理信访案件3宗。', [['petitions.volume', 3]]],
	]);
});

describe('the written or oral kind of mediation is a part; opinions checked in a review are none given', () => {
	each([
		['全年成功调解矛盾纠纷300起,达成口头协议280件,书面调解协议20件。', [['disputes.mediated', 300]]],
		['调解中心共受理调解案件160起,书面调解案件50起,口头案件110起。', []],
		['按照统一标准,对全市120件审查意见进行了全面评查。', []],
		// Near miss: opinions given.
		['全年提出审查意见120条。', [['decisions.legal_opinions', 120]]],
	]);
});

describe('requests answered by disclosing are no information published', () => {
	each([
		['全年收到政府信息公开申请20件。其中予以主动公开5条,部分公开9条,不予公开1条。', [['transparency.requests', 20]]],
		['全年主动公开政府信息500条。', [['transparency.disclosed', 500]]],
	]);
});

describe('a total without its measure word, broken into parts that have one', () => {
	each([
		['截至12月31日,镇政府全年累计主动公开政府信息80,其中工作动态60条,政策法规20条。', [['transparency.disclosed', 80]]],
		// Near miss: no parts, no measure word, no amount.
		['截至12月31日,镇政府全年累计主动公开政府信息80。', []],
	]);
});

describe('consultations counted by 件次 or by calls (通); advice on the government\'s own drafts is none', () => {
	each([
		['全年通过法网解答法律咨询1200余件次,热线解答法律咨询20万余通。', [['legal_services.consultations', 1200], ['legal_services.consultations', 200_000]]],
		['法律顾问对政府起草的重要政策性文件提供法律咨询12件次。', []],
		['组织顾问专家参与重大事项决策的法律咨询论证共计110余件次。', []],
	]);
});

describe('one in so many is a ratio, not a count', () => {
	each([
		['全年诉前调解成功89万件,每2.2个调解案件就有1件通过远程视频调解。', []],
		// Near miss: a count after 就有 with no 每 before it.
		['今年以来,全县就有120件矛盾纠纷调解成功。', [['disputes.mediated', 120]]],
	]);
});

describe('a lecture hall known by a quoted name is legal education only when the name holds the law', () => {
	each([
		['全系统干部职工完成学法考法平台自学;开展“林业大讲堂”9次。', []],
		['在全区开展“法润相城讲堂”40场。', [['education.events', 40]]],
		['全年开展法治大讲堂60场次。', [['education.events', 60]]],
	]);
});

describe('a clause that is only a span of several years sums the figures after it over the span', () => {
	each([
		['记者从座谈会上获悉,近5年来,全省办理法律援助案件41万件。', []],
		['健全定期排查机制,六年来,全省人民调解组织调解成功31万件。', []],
		['2019年至2022年,全市共收到行政复议案件1466件。', []],
		['据统计,2020年至2023年上半年,街道调委会累计调处各类纠纷案件581宗。', []],
		['据了解,自2022年以来,市政府共收到市人大代表建议191件。', []],
		['据统计,“七五”普法期间,全市开展普法宣传活动9000多场次。', []],
		['据了解,“七五”普法期间全省开展法治大讲堂6693场次。', []],
		// Near misses: one year written as a span, the year under review named again after the span, the span since
		// the year under review, and 近年来, which reports use for the year's own figures.
		['2024年1月至2024年12月,全县共收到行政复议申请52件。', [['reconsideration.received', 52]]],
		['近5年来,全省办理法律援助案件41万件,今年办理法律援助案件8.2万件。', [['legal_aid.cases', 82_000]]],
		['据了解,2024年以来,市政府共收到市人大代表建议191件。', [['oversight.npc_suggestions', 191]]],
		['近年来,全县共办理各类法律援助案件2000余件。', [['legal_aid.cases', 2000]]],
	]);
});

describe('the staff\'s appearance rate is not the heads\'', () => {
	each([
		['实现区政府负责人出庭应诉全覆盖,行政机关工作人员出庭率达100%。', []],
		['行政机关负责人及工作人员出庭应诉率达100%。', [['litigation.head_appearance_rate', 100]]],
		['行政机关负责人出庭应诉率达98%。', [['litigation.head_appearance_rate', 98]]],
	]);
});

describe('bodies that answer questions are no consultations', () => {
	each([
		['全省建立行政复议咨询委员会30个。', []],
		['全年接受群众法律咨询300余人次。', [['legal_services.consultations', 300]]],
	]);
});

describe('results published are no suggestions or proposals handled', () => {
	each([
		['全年承办市人大代表建议39件。在网上公开办理结果14件,其中市人大代表建议8件、市政协提案5件。', [['oversight.npc_suggestions', 39]]],
		['全年公开人大建议办理结果2件、政协提案办理结果8件。', []],
	]);
});

describe('requests handed to another body to answer are a part of those received', () => {
	each([
		['全年共受理依申请公开60件,委托县自然资源局办理自然资源类政府信息公开申请20件。', [['transparency.requests', 60]]],
	]);
});

describe('reviews of enforcement decisions are no legality reviews of drafts, documents or contracts', () => {
	each([
		['全年开展重大行政执法决定法制审核33件。', []],
		['完善重大执法决定法制审核制度,全年完成重大法制审核案件36件。', []],
		// Near misses: a review of several kinds, enforcement decisions among them, and a legality review by its name.
		['全年对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查1090件。', [['decisions.legality_reviews', 1090]]],
		['全年完成法制审核472宗。', [['decisions.legality_reviews', 472]]],
	]);
});

describe('study every body was led to is not the executive meeting\'s', () => {
	each([
		['政府常务会议会前学法34次,示范带动各级各部门理论学习中心组学习245次,主要领导讲法117场次,会前学法1061场次。', [['leadership.pre_meeting_study', 34]]],
		// Near miss: the executive meeting named again after every body.
		['将习近平法治思想纳入全区各级党委理论学习中心组学法内容,全面落实区政府常务会议会前学法制度,全年组织集中学法活动4次。', [['leadership.pre_meeting_study', 4]]],
	]);
});

describe('a year\'s study after a list of its forms, the central group\'s among them, is no executive meeting\'s count', () => {
	each([
		['严格落实区政府常务会会前学法、区委理论学习中心组常态化学法、领导干部述职述法,全年学法15次。', []],
		// Near miss: the executive meeting's own count after the list.
		['严格落实区委理论学习中心组常态化学法、领导干部述职述法,区政府常务会议会前学法12次。', [['leadership.pre_meeting_study', 12]]],
	]);
});

describe('a figure after a time and a preposition is the object of its own clause, not a further figure of the subject before', () => {
	each([
		['深入推进“双随机、一公开”监管,全年开展联合抽查96批次;落实包容审慎监管,全年对305件初次轻微违法行为不予处罚。', [['enforcement.random_inspections', 96], ['enforcement.lenient_cases', 305]]],
		// Near miss: a figure after the time alone still goes on with the subject before it.
		['全年收到行政复议申请88件,全年审结80件。', [['reconsideration.received', 88], ['reconsideration.closed', 80]]],
	]);
});

describe('officers who took part in a course named by the law it teaches are officers trained', () => {
	each([
		['组织全县860名行政执法人员参加新修订《行政复议法》专题培训和考试。', [['enforcement.staff_trained', 860]]],
		// Near miss: officers who only sat an exam on it.
		['组织全县860名行政执法人员参加新修订《行政复议法》专题考试。', []],
	]);
});

describe('a legal service named in an earlier clause past a semicolon does not rule out petitions', () => {
	each([
		['区公共法律服务中心全年解答群众咨询2150件;区信访局全年受理群众信访事项417件次。', [['legal_services.consultations', 2150], ['petitions.volume', 417]]],
		// Near miss: visitors the legal service itself received, in the same clause.
		['区公共法律服务中心全年解答群众咨询2150件,接待群众来访417人次。', [['legal_services.consultations', 2150]]],
	]);
});

describe('disputes a petition office passed on to mediation are no petitions received', () => {
	each([
		['全区信访事项总量806件次,信访部门全年分流矛盾纠纷190件至人民调解组织。', [['petitions.volume', 806]]],
	]);
});

describe('a rate of nothing, written without its %', () => {
	each([
		['全年一审行政诉讼案件结案27件,败诉率为0。', [['litigation.cases', 27], ['litigation.loss_rate', 0]]],
		['全年一审行政诉讼案件结案27件,行政机关败诉率为零,行政复议纠错率是零。', [['litigation.cases', 27], ['litigation.loss_rate', 0], ['reconsideration.correction_rate', 0]]],
		// Near misses: 零 before a noun, and a bare number after a rate that is not 0.
		['全年行政诉讼实现零败诉。', []],
		['全区行政机关负责人出庭应诉率为100。', []],
	]);
});

describe('opinions to amend and improve are legal opinions', () => {
	each([
		['全年审核规范性文件和合同共88件,提出修改完善意见156条。', [['decisions.legality_reviews', 88], ['decisions.legal_opinions', 156]]],
	]);
});

describe('public servants (公职人员) trained are officials; cadres trained in rural revival or investment are not trained in law', () => {
	each([
		['全县公职人员在线学法培训1.6万人次。', [['training.officials', 16_000]]],
		// Near miss: the public, in the same words.
		['全县群众在线学法培训1.6万人次。', []],
		['举办乡村振兴专题培训班6期,培训干部510人次。', []],
		// Near miss: a course in law that also names rural revival.
		['举办法治乡村振兴专题培训班6期,培训干部510人次。', [['training.officials', 510]]],
	]);
});

describe('a later year opening a sentence on what will be done sets its figures aside', () => {
	each([
		['2025年,全区将力争行政复议纠错率控制在8%以内,行政机关负责人出庭应诉率保持100%,培训执法人员900人次。', []],
		// Near miss: a later year stating results (a passage whose year may have been read wrong keeps them).
		['2025年,全区收到行政复议申请40件。', [['reconsideration.received', 40]]],
	]);
});

describe('reconsideration closed by mediation as a share of those concluded', () => {
	each([
		['全年审结行政复议案件180件,通过调解、和解方式化解行政争议54件,占结案总数的30%。', [['reconsideration.closed', 180], ['reconsideration.mediation_rate', 30]]],
		// Near miss: the disputes of people mediated, not reconsideration.
		['人民调解组织通过调解化解矛盾纠纷540件,占排查纠纷总数的30%。', [['disputes.mediated', 540]]],
	]);
});

describe('requests named as the information asked for, and copies a reading room received', () => {
	each([
		['全年受理依申请信息42条,均按时答复。', [['transparency.requests', 42]]],
		// Near miss: what was published on request is no count of requests.
		['区档案馆全年接收政府公开信息900余份,供群众查阅。', []],
		['区档案馆全年接收各部门主动公开信息900余份。', []],
	]);
});

describe('officers who took the general legal knowledge course are officers trained', () => {
	each([
		['组织全区行政执法人员开展岗位练兵,全员参加通用法律知识和专业法律知识培训,共计860人。', [['enforcement.staff_trained', 860]]],
		['组织全区1,120名行政执法人员参加公共法律知识和专业法律知识培训。', [['enforcement.staff_trained', 1120]]],
		// Near miss: the course with no officers named.
		['全员参加专业法律知识和通用法律知识培训,共计860人。', []],
	]);
});

describe('cases handled under a list of offences let off, the kinds of penalty named between', () => {
	each([
		['全年适用清单办理免罚、轻罚案件二百一十三件。', [['enforcement.lenient_cases', 213]]],
		['依据“首违不罚”“轻微免罚”清单办理不予处罚、从轻减轻处罚案件860件。', [['enforcement.lenient_cases', 860]]],
		// Near miss: the list's items.
		['修订免罚轻罚清单,清单涵盖事项286项。', []],
	]);
});

describe('suits lost, their suits named by the section\'s title', () => {
	it('reads a count of suits lost under a title on answering suits', () => {
		expect(factsOf('(三)依法做好行政应诉\n县政府今年作为被告的一审案件共34件。已审结的三十一件中,败诉二件。')).toEqual([['litigation.cases', 34], ['litigation.lost', 2]]);
	});

	it('does not under a title on something else', () => {
		expect(factsOf('(三)推进安全生产\n已检查的三十一家企业中,败诉二件。')).toEqual([]);
	});
});

describe('cases handled under the list of offences let off that the sentence names', () => {
	each([
		['推行“首违不罚”和“轻微免罚”两张清单,清单涵盖事项96项,全年适用清单办理案件248件。', [['enforcement.lenient_cases', 248]]],
		// Near miss: a list of something else.
		['推行行政许可事项清单,清单涵盖事项96项,全年适用清单办理案件248件。', []],
	]);
});

describe('petitions: the total before visits to higher levels, and the parts leaders and legal services received', () => {
	each([
		['全年共受理群众信访事项980件次,同比下降9%;到市集体访、赴省进京访分别下降25%和50%。', [['petitions.volume', 980]]],
		// Near misses: the visits to each level, the visitors leaders received in turn, and visitors' questions at a legal service.
		['全年群众到市访12批、赴省访3批。', []],
		['全年受理信访事项310件次。镇领导班子成员轮流接访,全年接待群众来访58批170人次。', [['petitions.volume', 310]]],
		['县法律援助中心全年受理法律援助案件430件。中心窗口接待来访咨询1900人次。', [['legal_aid.cases', 430], ['legal_services.consultations', 1900]]],
	]);
});

describe('disputes mediation failed to settle are no disputes mediated', () => {
	each([
		['全年调解矛盾纠纷420件,调解成功411件;对调解不成的9件纠纷,引导当事人通过诉讼解决。', [['disputes.mediated', 411]]],
	]);
});


describe('officers by another name after the course', () => {
	each([
		['举办全市执法人员培训班2期,轮训县区执法骨干240名。', [['enforcement.staff_trained', 240]]],
	]);
});

describe('totals since a five-year legal-education plan began are not the year\'s', () => {
	each([
		['“八五”普法启动以来,全县累计开展各类普法活动2600余场,受众70万人次。', []],
		// Near miss: since a campaign of the year began.
		['专项活动开展以来,全县开展普法活动260余场。', [['education.events', 260]]],
	]);
});

describe('words older and plainer reports use', () => {
	each([
		// Uploaded to the portal is published.
		['全年街道在区政府网站公开上传信息58条。', [['transparency.disclosed', 58]]],
		// Activities on the constitution are legal-education events.
		['全区开展宪法晨读等活动600余场次。', [['education.events', 600]]],
		// Near misses: petitions a service spared, and lenient cases picked for a review of case files.
		['“148”专线提供法律援助210件,减少信访800件。', [['legal_aid.cases', 210]]],
		['本次案卷评查重点选取了3件不予行政处罚案件。', []],
	]);

	// “148” was the legal-service hotline's number before 12348; no section names the law here.
	const hotline = (line: string) => parseReport(`某某区司法局2016年工作总结\n${line}\n`, {file: 'test.txt'}).facts.map(fact => [fact.indicator, fact.value]);
	it('reads the 148 hotline\'s calls as consultations', () => {
		expect(hotline('全市“148”专线全年共接收咨询电话9200次。')).toEqual([['legal_services.consultations', 9200]]);
	});

	it('does not read another hotline\'s so', () => {
		expect(hotline('全市“12345”热线全年共接收咨询电话9200次。')).toEqual([]);
		expect(hotline('全市“1148”专线全年共接收咨询电话9200次。')).toEqual([]);
	});
});

describe('who issues the documents or what the course covers, named between the verb and its noun', () => {
	each([
		['区司法局全年审查区政府及区政府办公室拟出台的行政规范性文件23件。', [['decisions.legality_reviews', 23]]],
		['全年对1860名行政执法人员开展公共法律知识和专业法律知识轮训。', [['enforcement.staff_trained', 1860]]],
	]);
});

describe('disclosure requests made by letter are no petitions', () => {
	each([
		['收到依申请公开件120件,其中,当面申请的50件,来信申请的40件,网上申请的30件。', [['transparency.requests', 120]]],
		// Near miss: letters to the petition office.
		['县信访局全年共收到群众来信40件。', [['petitions.volume', 40]]],
	]);
});

describe('a figure those above or below it are listed by, and meetings on requests', () => {
	each([
		['出庭应诉率超过60%的有甲、乙、丙等9个县,其中3个县超过80%。', []],
		['组织依申请公开重点单位进行座谈交流6次。', []],
		// Near misses: the rate itself, and the requests.
		['全区出庭应诉率超过60%,其中3个县超过80%。', [['litigation.head_appearance_rate', 60]]],
		['全年发生依申请公开6次。', [['transparency.requests', 6]]],
	]);
});

describe('petitions prevented, and cases told as examples, are counts of neither', () => {
	each([
		// Group petitions headed off are not petitions received.
		['全镇调处矛盾纠纷260件,防止群体性上访5件,防群体性上访4件80人。', [['disputes.mediated', 260]]],
		// Near miss: petitions received.
		['全镇受理群众上访14件,办结14件。', [['petitions.volume', 14]]],
		// Lawsuits published as examples, however their noun is qualified.
		['受理行政诉讼案件320件。会上发布了6件具有示范意义的行政诉讼典型案例。', [['litigation.cases', 320]]],
		// Near miss: the suits themselves, before their noun.
		['全年发生6件行政诉讼案件。', [['litigation.cases', 6]]],
	]);
});

describe('lawsuits against agencies as a court counts them, and officers by their noun after the figure', () => {
	each([
		['区法院全年审结辖区行政机关涉讼案件52件,同比下降8%。', [['litigation.cases', 52]]],
		['举办执法业务轮训班,全系统320余名队员分4期参加轮训。', [['enforcement.staff_trained', 320]]],
		// Near miss: team members at a drill, with no course on enforcement in the sentence.
		['组织开展队列会操,全系统320余名队员参加。', []],
	]);
});

describe('figures since last year run into a second year', () => {
	each([
		['去年以来,全区排查调处矛盾纠纷900件,调处成功880件。', []],
		// Near miss: since the year began.
		['今年以来,全区排查调处矛盾纠纷900件,调处成功880件。', [['disputes.mediated', 880]]],
	]);
});

describe('the executive meeting\'s study of laws and regulations', () => {
	each([
		['县政府常务会议带头学法,组织开展民法典、行政处罚法等法律法规学习7次。', [['leadership.pre_meeting_study', 7]]],
		// Near miss: every department's study.
		['督促各部门组织开展法律法规学习90次。', []],
	]);
});

describe('disputes screened, agreements honoured and mediation summed with other work are no disputes mediated', () => {
	each([
		['全县各级人民调解组织共排查各类矛盾纠纷3200件,调解成功率达97.5%。', [['disputes.mediation_success_rate', 97.5]]],
		['调解成功案件协议履行1.1万余件,协议履行率达95%。', []],
		['县公共法律服务中心办理人民调解和其他法律事务8600件。', []],
		// Near misses: screened and settled, written together, and the disputes settled.
		['全年排查化解矛盾纠纷640件。', [['disputes.mediated', 640]]],
		['全年共排查矛盾纠纷52起,调处化解50起。', [['disputes.mediated', 50]]],
	]);
});

describe('things that went on to win an honour, and the public\'s opinions deputies passed on', () => {
	each([
		['全年完成审计项目34个,2个审计项目获省优秀审计项目表彰。', [['oversight.audit_projects', 34]]],
		['区人大代表走访选民,累计反映群众意见和建议1500余条。', []],
		// Near misses: the projects, and the deputies' own suggestions.
		['全年完成审计项目34个。', [['oversight.audit_projects', 34]]],
		['全年办理人大代表意见和建议120件。', [['oversight.npc_suggestions', 120]]],
	]);
});

describe('spans that end their clause, and the staff\'s study at the executive meeting\'s side', () => {
	each([
		['据介绍,新条例实施三年来,全市法院共受理一审行政案件9000件。', []],
		['两年多来,共组织开展大型法治宣传活动36场。', []],
		['截至目前,县政府常务会议会前学法6次,干部职工集中学法12次。', [['leadership.pre_meeting_study', 6]]],
		// Near miss: 近年来 is said of the year's own figures.
		['近年来,全市法院共受理一审行政案件900件。', [['litigation.cases', 900]]],
	]);
});

describe('a court\'s mediation, netizens\' suggestions, petitions a leader signed off and a plan\'s years', () => {
	each([
		['全市法院先行调解纠纷9200件,调解成功6100件,成功率66.3%。', []],
		['网友通过“代表通道”留言板提交的建议3000余条,部分被代表吸纳。', []],
		['主要负责人批办信访案件86件。', []],
		['在“七五“普法工作中,全县组织法治讲座近千场。', []],
		// Near misses: the people's mediators' own, deputies' suggestions, petitions received, and a year's lectures.
		['全县人民调解组织调解纠纷9200件,调解成功9100件,成功率98.9%。', [['disputes.mediated', 9100], ['disputes.mediation_success_rate', 98.9]]],
		['全年承办人大代表建议86件。', [['oversight.npc_suggestions', 86]]],
		['全年受理信访案件86件。', [['petitions.volume', 86]]],
		['全年组织法治讲座120场。', [['education.events', 120]]],
	]);
});

describe('what a disclosure report published, and the party line carried out, are neither suggestions nor an audience', () => {
	each([
		['2025年,我办共主动公开机构概况3件、政策文件9件、建议提案办理15件(代表建议9件,委员提案6件)。', [['transparency.disclosed', 3]]],
		['政府网站公开人大代表建议150条、政协委员提案90条。', []],
		['政协常委会议审议通过,《关于加强社区治理的建议》等15件提案为本年度优秀提案。', []],
		['学习宣传贯彻党的二十大精神,全系统开展学习活动800余场次、覆盖2.1万人次。', []],
		// Near misses: suggestions and proposals handled, the public reached by legal education.
		['全年办理人大代表建议9件、政协委员提案6件。', [['oversight.npc_suggestions', 9], ['oversight.cppcc_proposals', 6]]],
		['开展普法宣传活动800余场次、覆盖2.1万人次。', [['education.events', 800], ['education.audience', 21000]]],
	]);
});

describe('key fields of government information, published or listed with others', () => {
	each([
		['政府门户网站主动公开政务“五公开”和政府重点领域信息3200条。', [['transparency.disclosed', 3200]]],
		['全年及时公开重点领域政府信息1800条。', [['transparency.disclosed', 1800]]],
		// Near miss: the key fields' share, named as its own disclosure.
		['重点领域信息公开640条。', []],
	]);
});

describe('a sum over several indicators, a part by its noun, per episode, and letters that are no petitions', () => {
	each([
		['全年收到人大代表建议120件、政协委员提案150件,共计270件。', [['oversight.npc_suggestions', 120], ['oversight.cppcc_proposals', 150]]],
		['确定了8件重点提案由主席领衔督办。', []],
		['制作普法节目52期,每期观看人数超5万人次。', []],
		['共收到提案420件,经审查立案390件,作为委员来信转有关部门研究处理30件。', [['oversight.cppcc_proposals', 420], ['oversight.cppcc_proposals', 390]]],
		['热线收到市民感谢来电(来信)96件。', []],
		['组织领导干部、律师等300人参加宪法宣誓活动,活动参与人数近600人。', []],
		// Near misses: a sum of one indicator's items, and cadres at a course.
		['全年办理市人大代表建议60件、区人大代表建议40件,共计100件。', [['oversight.npc_suggestions', 60], ['oversight.npc_suggestions', 40], ['oversight.npc_suggestions', 100]]],
		['组织领导干部参加法治专题培训,参与人数近600人。', [['training.officials', 600]]],
	]);
});

describe('lectures on law for the staff are their study, not the public\'s legal education', () => {
	each([
		['组织街道在编人员开展了民法典、物业管理条例等6场专题法治讲座。', []],
		// Near miss: the staff giving lectures to the public.
		['组织普法讲师深入社区开展法治讲座6场。', [['education.events', 6]]],
	]);
});

describe('the replies to suggestions and proposals a disclosure report published', () => {
	each([
		['全年印发人大代表建议复函12件、政协委员提案复函9件。', []],
		// Near miss: the suggestions and proposals answered.
		['全年答复人大代表建议12件、政协委员提案9件。', [['oversight.npc_suggestions', 12], ['oversight.cppcc_proposals', 9]]],
	]);
});

describe('decisions named as projects and counted after 等, and a reduced-penalty regime\'s cases', () => {
	each([
		['完成“河滨公园改造项目”“老旧小区加装电梯项目”等两项重大行政决策事项。', [['decisions.major', 2]]],
		['“认罚轻处”制度目前已在180个案件中得到适用。', [['enforcement.lenient_cases', 180]]],
		// Near misses: kinds enumerated by a numeral with no list before it, projects that won awards, and a regime's items.
		['建立两项重大行政决策制度。', []],
		['3个重大行政决策项目获评优秀。', []],
		['“认罚轻处”清单共列入轻微违法行为45项。', []],
	]);
});

describe('documents repealed after a review the sentence before names, and regulations, which are no documents', () => {
	each([
		['此次清理区政府现行有效的行政规范性文件共80件。清理结果为:保留60件,宣布失效(废止)15件,拟修改5件。', [['decisions.docs_repealed', 15]]],
		// The regulations are not read, whatever the clause before was on; the documents listed after them are not either
		// (the list's verb is lent only by an item a rule read), a recall left.
		['全市共清理行政规范性文件2100件,废止136件、修改89件;市政府层面废止市政府规章4部、行政规范性文件18件。', [['decisions.docs_repealed', 136]]],
		['全年废止行政规范性文件12件、市政府规章3部。', [['decisions.docs_repealed', 12]]],
		// Near misses: documents kept or to be revised, and expiry alone.
		['此次清理区政府现行有效的行政规范性文件共80件。清理结果为:保留60件,宣布失效15件。', []],
	]);
});

describe('a range of years written after the subject', () => {
	each([
		['某律师事务所2019-2022年共办理法律援助案件160件,提供法律咨询900余人次。', []],
		['县法律援助中心2019年至2022年,累计办理法律援助案件160件。', []],
		// Near misses: a plan's years in its title, and one year's months.
		['按照《法治政府建设实施纲要(2021-2025年)》要求,全年办理法律援助案件160件。', [['legal_aid.cases', 160]]],
		['县法律援助中心2024年1月至2024年12月共办理法律援助案件160件。', [['legal_aid.cases', 160]]],
	]);
});

describe('a span that opens the first clause after the source a sentence names', () => {
	each([
		['据统计,法律顾问全覆盖工程实施以来,共接受群众法律咨询2600余人次。', []],
		// Near miss: a source with no span after it.
		['据统计,全年共接受群众法律咨询2600余人次。', [['legal_services.consultations', 2600]]],
	]);
});
