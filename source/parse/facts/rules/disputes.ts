import type {Rule} from '../rule.js';

const reconsideration = /复议/u;
/**
Where a count of 复议 or 诉讼 cases is the disclosure office's: after a disclosure application in the sentence
(收到依申请公开9件,…发生行政复议1件), or under a title on disclosure applications (依申请公开情况).
*/
/** Not a kind of case listed before 等各类 (受理…信息公开、行政处罚等各类行政复议案件): those are the reconsideration's own. */
const notListedKind = '(?![^,;。]{0,16}等各类)';
const disclosureBefore = new RegExp(`(?:信息公开|依申请)${notListedKind}`, 'u');
const disclosureSection = /依申请/u;
/**
What else a section title may be about, so that its 复议 is not the subject of a figure under it. Not 经审查 (经审查后受理
70件): the review of an application before it is accepted is a step of the reconsideration itself.
*/
const besideReconsideration = /诉讼|应诉|矛盾|纠纷|信访|调解|援助|公开|咨询|化解|争议|执法|(?<!经)审查|监督|信息/u;

/** Lawsuits named in the sentence before a figure with no 复议 after them: the figure is theirs. Not a 复议诉讼比, the ratio of
reconsiderations to lawsuits, which names both. */
const lawsuitsLast = '(?:诉讼(?!(?:案件)?比)|应诉)(?:(?!复议)[^。])*$';

export const disputesRules: readonly Rule[] = [
	{
		indicator: 'reconsideration.received',
		units: ['件', '起', '宗', '个', '例'],
		// Cases or applications alone, right before the number, only with 复议 in their clause: 行政复议案件共56件, not
		// …行政复议联动机制,…,适用“一基准四清单”案件181.3万件 (enforcement cases, the mechanism named clauses before).
		// 行政复议案件数量为215件, 行政复议申请量215件: their number, so named.
		own: /新收|收到|受理|受案|收案|发案|接收|新增|办理|共有|复议[^,;。]{0,12}(?:案件|申请)(?:共计|合计|总数|总量|数量|数|量|共)?(?:为|达)?$|行政复议$/u,
		topic: reconsideration,
		topicIn: 'sentence',
		// 撤回申请2件, 终止2件: how cases ended, not how many came in. 以区政府为被申请人的案件50件: the cases against
		// one respondent, a scope of their own; against all the bodies under the government (以各部门、各乡镇为被申请人) they
		// are the office's whole docket.
		// 通过简易程序办理案件843件: the cases one procedure took, a part of those received.
		// 复议后起诉的案件12件: cases taken to court after the review, lawsuits.
		// 受理…申请信息公开、行政处罚等各类行政复议案件598件: kinds listed before 等各类 name the total's cases, not disclosure.
		not: new RegExp(`审结|办结|结案|纠错|撤销|维持|驳回|调解|和解|化解|被复议|应诉|诉讼|起诉|不予受理|转送|告知|补正|率|一审|二审|撤回|放弃|终止|中止|移送|(?<!各[^,;]{0,24})被申请人|信息公开${notListedKind}|依申请|涉企|领域|简易程序|普通程序|答复|仲裁`, 'u'),
		// 办理行政复议案件4148件: the cases handled, those carried over from the year before too, a lesser measure: the count
		// only where nothing names the cases received or taken in.
		lesser: /(?<!(?:新收|收到|受理|受案|收案|接收|发案|新增).*)办理(?!.*(?:新收|收到|受理|受案|收案|接收|发案|新增))/u,
		// 行政、民事诉讼案件16宗,其中民事案件7宗,行政案件9宗: the lawsuits named last before the figure are what it counts.
		notBefore: new RegExp(`${disclosureBefore.source}|${lawsuitsLast}`, 'u'),
		notInSection: disclosureSection,
	},
	{
		indicator: 'reconsideration.closed',
		units: ['件', '起', '宗', '个', '例'],
		own: /审结|办结|结案|已结|作出[^,;]{0,6}决定/u,
		topic: reconsideration,
		topicIn: 'sentence',
		// 仍有12件未审结: the cases still open, not those concluded; 作出纠错决定191件: one kind of decision.
		// 以调解、和解等方式结案51件: the cases settled, a part of those concluded.
		not: /诉讼|应诉|率|未|尚|纠错|撤销|维持|驳回|变更|确认违法|终止|调解|和解|方式|简易程序|普通程序/u,
		// 办理行政应诉案件42件,其中审结30件: the lawsuits named last before the figure are what it concludes.
		notBefore: new RegExp(`${disclosureBefore.source}|${lawsuitsLast}`, 'u'),
		notInSection: disclosureSection,
		// 行政复议案件 > 审结情况: 已审结案件1148件 (its 案件 under a title on 复议 alone).
		topicFromHeading: {rivals: besideReconsideration, noun: /案件|申请/u},
	},
	{
		indicator: 'reconsideration.correction_rate',
		units: ['%'],
		// 纠错率7.71% · 纠错为4.1% · 直接纠正…决定46件,占比1.78% (the share of the decisions corrected, after their count)
		own: /纠错率|纠错(?:比例|比率)?(?:为|达)$|纠正[^,;。\d]{0,12}占/u,
		topic: reconsideration,
		topicIn: 'sentence-or-section',
		topicBefore: true,
	},
	{
		indicator: 'reconsideration.mediation_rate',
		units: ['%'],
		// 调撤率: closed by mediation, or withdrawn after a settlement. 行政复议调解成功率: by that name, with 复议 in it.
		// 通过调解自愿撤回申请的占案件总数的40.7%, 以调解、和解方式结案…,占31.65%: the same share, told as one; so is
		// 通过调解、和解方式化解争议…件,占结案总数的31.2%.
		// 新收行政复议申请739宗,…,调解成功率36.95%: the bare name too, in a sentence on reconsideration that names no
		// disputes.
		own: /(?:调解|和解)(?:和解|调解)?(?:结案)?率|调撤(?:结案)?率|复议[^,;。]{0,4}(?:调解|和解)成功率|^(?:调解|和解)成功率|(?:调解|和解)[^,;。]{0,16}(?:结案|撤回|撤诉|终止|化解)[^,;。\d]{0,16}占[^,;。\d]{0,8}$/u,
		topic: reconsideration,
		topicIn: 'sentence-or-section',

		not: /(?<!复议[^,;。]{0,4}(?:调解|和解)|^(?:调解|和解))成功率/u,
		notInSentence: /矛盾|纠纷|人民调解|调委会/u,
		// 化解行政诉讼案件26件,调撤率40.6%: the lawsuits named last before the rate are what it is of.
		notBefore: new RegExp(lawsuitsLast, 'u'),
	},
	{
		indicator: 'litigation.cases',
		units: ['件', '起', '宗', '例'],
		// Not 诉讼案件 alone: 诉讼案件72起,其中民事诉讼50起 counts civil suits too.
		// 新收行政一审案件2.5万件, 行政一审诉讼案件24件: a court's docket by instance.
		own: /行政(?:[一二]审)?诉讼|行政、[^,;。、]{1,4}诉讼|行政应诉|应诉案件|行政(?:[一二]审)?案件|被诉案件|涉[诉讼]案件|为被告/u,
		// 涉及政府信息公开的行政诉讼案件2件: the disclosure office's share of the lawsuits.
		// 化解行政诉讼案件26件: the lawsuits settled, a share of them.
		// 办结林业行政案件103件, 查处交通运输行政案件56起, 办理水行政案件3件: an agency's enforcement docket, named by its
		// field or by 查处, not suits against it.
		not: /败诉|胜诉|出庭|复议|民事|刑事|撤诉|金融|率|信息公开|依申请|化解|调撤|查处|诉讼监督|检察|(?:林业|林草|森林|草原|农业|农业农村|畜牧|渔业|交通|运输|路政|水利|水务|市场监管|文化市场|城管|城市管理|综合执法|环境|环保|自然资源|国土|卫生|卫健|医保|药品|烟草|治安|消防|安全生产|应急|商务|税务|水|海事|海洋|住建|规划|文旅|教育|人社|民政|统计|气象)行政案件/u,
		// 其中民事案件1500件,刑事案件560件,行政案件40件: 行政案件 beside civil and criminal ones is one kind of another
		// docket (legal aid's, a court's), not the suits against the government, and so is it after penalty, summary or
		// ordinary cases (办理简易案件28件,…行政案件5件: an enforcement docket); a document's title that names civil suits
		// (《关于加强…行政诉讼及民事诉讼案件工作的通知》) counts none.
		notBefore: new RegExp(`${disclosureBefore.source}|(?:民事|刑事|行政处罚|简易|一般)(?:诉讼)?案件[^,,。;;《》]{0,4}\\d[^。;;]*$`, 'u'),
		notInSection: disclosureSection,
		// 受理一审行政案件5109件,审结一审行政案件5129件: the suits brought are the count; those concluded stand in
		// for it only in a report that gives no other.
		// So are appeals (受理二审行政案件966件), the same suits again.
		lesser: /审结|结案|办结|已结|二审|再审/u,
		// A court's 行政案件, where nothing names a suit, include its reviews of non-litigation enforcement: more than
		// the suits against the government, which a part of them may count (其中行政诉讼242件).
		// Cases that name their defendant (以区政府为被告的行政案件) are suits, and a part so named is a part.
		broader: {docket: /(?<!(?:被告|被诉|涉诉)[^]*)行政(?:[一二]审)?案件(?![^]*(?:被告|被诉|涉诉))/u, named: /诉讼|应诉/u},
	},
	{
		indicator: 'litigation.lost',
		units: ['件', '起', '宗', '例'],
		own: /败诉/u,
		// 其中,判决行政机关败诉209件: a court's judgment against an administrative organ is a suit lost, however the
		// sentence names the suits; 依法做好行政应诉 > 已审结的三十一件中,败诉二件: or the section's title.
		topic: /诉讼|应诉|案件|被告|判决|行政机关/u,
		topicIn: 'sentence-or-section',
		// 避免30件败诉风险案件进入诉讼: cases at risk of being lost, kept out of court; none was lost. So are cases a warning
		// flagged (化解了2起行政败诉预警案件).
		not: /率|复盘|分析|风险|避免|防止|预警/u,
	},
	{
		indicator: 'litigation.loss_rate',
		units: ['%'],
		// 行政机关败诉752件,占全部一审结案总数的15.9%: the share of the suits lost, told after their count.
		own: /败诉率|败诉[^,;。\d]{0,8}占/u,
	},
	{
		indicator: 'litigation.head_appearances',
		// 329名行政机关主要负责人出庭应诉: heads counted by 名 before their noun. 负责人出庭应诉案件45件: by the cases they
		// appeared in (负责人出庭应诉3宗 too; measure words comparisons do not take as the indicator's own, so shown as such).
		units: ['人次', '次', '人', '名', '件', '件次', '宗', '起'],
		// 负责人到庭应诉4018件: appeared in court, said so.
		own: /出庭|到庭应诉/u,
		topic: /负责人|领导|一把手|首长|负责同志|区长|县长|市长/u,
		topicIn: 'sentence',
		// 应出庭案件48件: the cases that called for a head, not those a head appeared in.
		// 与2021年相比,…到庭应诉…等案件增加2802件: the difference from the year before, not the count.
		not: /出庭率|旁听|培训|应(?:当)?出庭|需(?:要)?出庭|(?:增加|减少)了?$/u,
	},
	{
		indicator: 'litigation.head_appearance_rate',
		units: ['%'],
		// 出庭应诉率达100% · 负责人100%出庭应诉 (the rate before its noun)
		own: /出庭(?:应诉)?率|出庭应诉/u,
		// 正职负责人出庭应诉率: the heads in the narrow sense, a part of all heads. 行政机关工作人员出庭率: the staff's, where
		// no head is named with them. A share of something else (占全市的12%) is no rate; a share of the suits (…出庭应诉的
		// 87件,占诉讼案件的21.75%) is.
		not: /占比|占(?!(?:全部|所有)?(?:行政)?(?:诉讼|应诉|一审)?案件(?:总数|总量)?的?$)|正职|^(?:(?!负责人).)*工作人员[^,;。]{0,4}出庭/u,
	},
	{
		indicator: 'disputes.resolution_rate',
		units: ['%'],
		// 向…行政争议化解中心委派化解案件10件,…成功化解6件,化解成功率60%: the rate of a centre for administrative
		// disputes, named in the sentence, is theirs however short its own words.
		own: /实质(?:性)?化解率|争议化解率|行政争议[^,;]{0,6}化解率|化解(?:成功)?率/u,
		topic: /实质|行政争议|争议化解/u,
		topicIn: 'sentence',
		// 劳动争议化解率: labour disputes, not administrative ones.
		not: /信访|劳动|人事|仲裁/u,
		// …化解中心指导调解矛盾纠纷120件,化解率95%: the rate of the disputes named after the centre, mediated; but
		// 行政复议阶段矛盾纠纷实质性化解率 is the substantive rate, 实质 after them.
		notBefore: /(?:矛盾|纠纷)(?:(?!实质|争议)[^。])*$/u,
	},
	{
		indicator: 'disputes.mediated',
		units: ['件', '起', '宗', '例'],
		// 调成 is 调解成功 cut short (调成矛盾纠纷1260件), and 成功调结 调解结案 succeeded (成功调结1093宗; not 调结 alone, which
		// a month's count may say: …,当月调结7起); 依法解决群众纠纷118起, disputes resolved; 成功 alone opening a clause,
		// the successes of the mediations counted before it (调解矛盾纠纷156644件,成功154889件).
		// Not the 调处 of 流调处置 (tracing and handling cases of an epidemic).
		own: /调解|化解|(?<!流)调处|调成|成功调结|解决[^,;。]{0,6}纠纷|^(?:其中)?成功$|^、?(?:已|共|累计)?办结$/u,
		topic: /矛盾|纠纷|调解/u,
		// 调处, 调成 and 成功调结 name mediation themselves (成功调处化解2628起) where nothing else does; 化解 and 解决 need disputes
		// or mediation named.
		topicAlone: /(?<!流)调处|调成|成功调结/u,
		topicIn: 'sentence',
		topicBefore: true,
		// 法院先行调解, 诉前调解, 协助法庭化解案件: courts' mediation, not the government's.
		// 以调解、和解等方式结案170件: how reconsideration cases closed, not disputes mediated.
		// 上报县级矛盾纠纷0件: disputes passed up to a higher level, not mediated here; 另有2起正在调处中: still being mediated;
		// 对调解不成的13件纠纷…: those mediation failed to settle.
		// 书面调解协议14件, 书面调解案件55起: the written (or oral) kind of what was mediated, a part of it.
		// 调解立案160件: cases registered for mediation, as 登记 and 受理, not yet mediated (立案前 too); 行政部门移交…调解案件70件,
		// 自行申请调解案件536件: where cases came from; 中止调解案件46件: mediations suspended.
		// 信访 names petitions, not disputes; but 化解各类信访矛盾纠纷1300多件 resolves disputes, of the kind petitions raise.
		// 人民调解组织共排查纠纷71276件: disputes screened, not settled (排查化解 and 排查调处 settle them, and so does one said to succeed: 排查发现的纠纷中已有56起成功化解); 调解成功案件协议履行
		// 4.6万件: agreements honoured; 办理人民调解和其他法律事务24万件: mediation summed with other work.
		not: /上报|上交|登记|受理|正在|尚在|仍在|调解不成|未成功|不成功|调解失败|书面|口头|摸排|排查(?![^,;。]{0,2}(?:化解|调处|调解)|[^,;。]*成功)|接待|履行|[和及与]其他|仲裁|行政纠纷|行政争议|诉讼|复议|信访(?!矛盾纠纷|纠纷)|率|立案|积案|中止|移交|申请|金融|涉及金额|法院|法庭[^,;。\s]{0,4}(?:化解|调解|调处)|诉前|先行调解|结案/u,
		notNear: /组织|委员会|调解员|工作室|队伍/u,
		// A sentence on reconsideration or lawsuits that never speaks of disputes: 终止13件,其中经调解达成和解的4件.
		notInSentence: /^(?!.*(?:矛盾|纠纷|人民调解)).*(?:复议|诉讼|被诉)/u,
		// 全国法院先行调解纠纷1813万件,调解成功1218万件: the successes of a court's mediation, named earlier in the sentence.
		notBefore: /(?:先行调解|诉前调解)[^。;;]*$/u,
		// 调处纠纷640件,调解成功627件: with the successes counted after it, a count is of the disputes handled. Not successes of
		// one kind (…52起,其中成功化解历史积案纠纷18起): a part, which leaves the count the disputes settled.
		// What a count includes, in brackets (1494万件(含…委派委托调解成功675万件)), is a part of it, not its successes, and so
		// are the successes of the cases a court handed over, under 其中 (…1494万件,其中人民法院委派委托调解成功675万件).
		notAfter: /^(?!\s*\((?:含|包括|包含))(?![^。;;]{0,6}其中[^。;;\d]{0,12}(?:法院|委派|委托|诉前|诉调))[^。;;]{0,40}?(?:(?:调解|化解|调处)成功|成功(?:调解|化解|调处|调结)|调成|[,,]\s*(?:其中)?成功(?=\s*\d))(?:的|了)?(?:各类|各种)?(?:矛盾)?(?:纠纷|案件|争议|矛盾)?(?:共计|共|达到?|为)?\s*\d/u,
	},
	{
		indicator: 'disputes.mediation_success_rate',
		units: ['%'],
		// 矛盾纠纷…化解率: the share of disputes resolved; an administrative dispute's (实质性化解率) is resolution_rate.
		own: /(?:调解|调处|化解)成功率|成功率|调成率|调结率|化解率/u,
		topic: /调解|调处|纠纷|矛盾/u,
		topicIn: 'sentence-or-section',
		// A sentence on reconsideration that never names disputes: its rate is the reconsideration's.
		notInSentence: /^(?!.*(?:矛盾|纠纷|人民调解|调委会)).*复议/u,
		// 重大矛盾纠纷化解率: the share of the major disputes resolved, one kind of them; 信访矛盾化解率, the petitions'.
		// 一线化解率88.7%, 一次性化解率, 就地化解率: the share settled at one level or at the first try, not the success rate.
		// 综合化解率: the share of reconsideration cases closed by correcting or by settling, not mediation's success.
		not: /复议|诉讼|诉前|案前|实质|争议|重大|信访|(?:一线|一次性|就地|源头|首次|当场|综合)化解率/u,
		// …法院先行调解纠纷1813万件,调解成功1218万件,成功率69.79%: a court's, as its successes are.
		notBefore: /(?:先行调解|诉前调解)[^。;;]*$/u,
	},
	{
		indicator: 'petitions.volume',
		units: ['件次', '件', '批次', '人次', '批', '起', '宗'],
		// 接待群众来县访839批: visits to the county's petition office, named by the level they came to.
		own: /信访|来信|来访|来[省市州县区旗]访|上访|访民|集访|(?:到|赴)[^,;]{0,3}(?:走访|访)/u,
		// 市长信箱来信 are letters to a mailbox (so are those to one named “我有话对省长说”, to 网络问政 and to a 政民互动 platform), and 12345热线…来电来信
		// calls and letters to the government-services hotline, as are letters to any channel named in quotes but the
		// petition system's (“网上咨询”共收到公众来信515件; not “阳光信访”); 制止上访 and 防群体性上访 those prevented; 每百万人信访量 a ratio; 信访听证4214件次 the hearings held on some of them.
		// 法律援助中心解答法律咨询和接待群众来访: visitors to a legal service, not petitioners (…窗口接待来访咨询2840人次: visitors'
		// questions); the procuratorate's
		// 12309 centre takes letters of its own. Cases a superior hands down (交办) or a leader takes on (包联, 批办) are parts; CPPCC members' letters (提案…作为委员来信…处理77件) and thanks (感谢来电) no petitions;
		// a backlog's list (《信访存量清单》共64件) counts cases of earlier years still open.
		// 到市访2批, 赴省访1批, 进京访: visits the report's people made to a higher level (a sentence counting two levels
		// breaks them down so), not petitions this government received; a sentence naming the levels only for their change
		// keeps its total (共受理群众信访事项1286件次,…;到市集体访、赴省进京访分别下降31%和40%).
		// …推动矛盾纠纷信访问题化解125件: a count right after its verb of settling counts those settled, not those received, as
		// does one after 化解 names them (化解各类信访矛盾纠纷1300多件).
		// 接受…信访部门等委托移送调解纠纷2.1万件: disputes a petition office referred for mediation, not petitions.
		// 接待群众来访、政策咨询等1800人次: visits and questions counted together, neither alone. 法律顾问…协助处理复杂信访
		// 案件1宗: cases an adviser helped with, not those received; 信访部门分流纠纷280件, disputes a petition office passed on
		// to mediation; 减少信访1260件, petitions a service spared; 来信申请的69件, disclosure requests made by letter.
		not: /来访、[^,;。]{0,8}咨询等|来访咨询|来信申请|信函申请|协助|参与|分流|减少|公证|案由|(?:化解|解决)了?$|化解[^,;。]{0,6}信访|评查|积案|存量|清单|化解率|占比|督查|督察|考核|督办|交办|批办|包联|委员来信|社情民意|感谢|委托|培训|满意|初信初访|重复|信箱|留言|对(?:省长|市长|州长|县长|区长|旗长|书记)说|问政|互动|12345|听证|评议|“(?:(?!信访)[^”]){2,12}”[^,;。“]{0,6}收到[^,;。]{0,8}来信|制止|防止|预防|(?<!消)防(?:范)?[^,;。\d]{0,6}访|每百万|每万|法律咨询|法律援助|法援|律师|检察|12309|(?:到|赴|进)(?:省|京|北京)[^,;。]{0,2}访/u,
		// 12348公共法律服务热线接听来电…,窗口接待群众来访900人次: callers and visitors of a legal service, named earlier in
		// the sentence, in the same clause (not past a semicolon: …接待群众咨询4327件;县信访局受理信访事项635件次).
		// 综治中心自运行以来,累计接待来访群众1100余人次: visitors a mediation or governance centre received,
		// with disputes, questions or petitions alike (not a petition office's: 信访接待中心).
		// 设县级领导接待日113天次,接待信访群众848批: the visits leaders received on their days, a part of the volume, as
		// are those they received in turn (领导班子成员每周轮流接访,全年接待群众来访96批328人次).
		notInSentence: /(?:到|赴)[^,;。]{0,3}访[^,;。]{0,3}\d[^。]*(?:到|赴)[^,;。]{0,3}访/u,
		notBefore: /(?:12348|公共法律服务|法律服务(?:中心|站|平台|窗口))[^;;]*$|(?<!信访|接待)中心[^。;;]{0,40}接待来访(?:群众|人员)?$|领导[^。;;,,]{0,4}(?:接待日|接访日)[^。;;]{0,20}$|领导[^。;;,,]{0,12}接访[^。;;]{0,24}$/u,
	},
	{
		indicator: 'legal_aid.cases',
		units: ['件', '宗', '起', '例'],
		// 畅通法律援助渠道,办理案件2.2万件: cases with their subject a clause before.
		// 法律援助中心…,2024年共办理案件1365件: the year may open the clause.
		// 办理援助案件410件: 援助 for 法律援助 where the sentence names it.
		// 县法律援助中心…,全年结案115件: the cases it concluded, where nothing else is counted.
		// 为农民工追薪…共办理农民工追薪案件20件: the bare cases may name whom legal aid serves (农民工, 未成年人 …) and what
		// for (追薪, 维权), in a sentence on legal aid; not other kinds of case, which a legal-aid centre's breakdown lists
		// (受理劳动保障案件119宗、涉婚姻家庭矛盾案件2宗).
		own: /法律援助|法援|援助案件|^(?:20\d\d年)?(?:全年|年内|共|共计|累计)*(?:办理|受理|办结|承办)(?:各类)?(?:农民工|未成年人|妇女|老年人|残疾人|(?:退役)?军人(?:军属)?|困难群众|弱势群体)?(?:追薪|讨薪|欠薪|追索劳动报酬|维权)?案件(?:数|数量)?$|^(?:全年|年内|共|共计|累计)*结案$/u,
		topic: /法律援助|法援/u,
		topicIn: 'sentence',
		// The cases concluded give way to a count of those taken on (受理法律援助案件120件,结案110件).
		lesser: /^(?:全年|年内|共|共计|累计)*结案$/u,
		// （五）法律援助工作 > 全年共受理案件812件: a section on legal aid alone gives the cases under it their subject.
		topicFromHeading: {rivals: /调解|复议|诉讼|应诉|信访|仲裁|公证|矛盾|纠纷|执法|审判|检察/u, noun: /案件/u},
		// 获评优秀5件: cases sampled or awarded, not handled; 法律援助投诉2件: complaints about the service, not its cases.
		not: /咨询|经济损失|挽回|金额|获评|抽检|评查|优秀|抽取|抽查|投诉|资助|基金会/u,
	},
	{
		indicator: 'legal_services.consultations',
		// 批次 too: 接待来访来电法律咨询1.7万批次 are consultations, counted by visit; 个 by the questions answered
		// (现场解答群众法律问题300余个), not by the places or teams that answer them (notNear); 起 as questions taken one
		// at a time (接受群众法律咨询500余起).
		// 件次 and 通 too: 法网解答法律咨询1200余件次, 热线解答法律咨询28.1万余通 (calls).
		// 名 and 人 by the people who asked (接受50余名群众现场法律咨询, 接待群众咨询64名), not those who answered (notNoun).
		units: ['人次', '次', '件', '件次', '人', '名', '条', '批次', '个', '起', '通'],
		// 12348公共法律服务热线共接听群众来电2600人次: the calls a legal service's platform answered are its consultations.
		// 现场解答群众法律问题120余条, 现场解答60人次, 答疑解惑: questions answered at a legal service or a legal-education
		// event.
		// 接听12348法律服务热线19万人次: the same, the verb first.
		own: /咨询|(?:解答|答疑)(?![^,;。]*咨询)|(?:12348|公共法律服务)[^,;。]{0,20}(?:来电|来访|服务群众|接听)|接听[^,;。]{0,4}(?:12348|公共法律服务)/u,
		// Consultations at a legal-education event (普法宣传…接受群众咨询) are legal ones too.
		// 涉法涉诉咨询: questions on legal matters and lawsuits.
		// “148”专线 (148法律服务专线): the legal-service hotline by its number before 12348.
		topic: /法律|法务|律师|法援|12348|(?<!\d)148(?!\d)|公共法律服务|司法|普法|法治|宣传|涉法/u,
		topicIn: 'sentence-or-section',
		// 法律顾问…向各部门提供法律咨询: the government's advisers advising its own departments, not the public.
		// 接受在线咨询、业务办理1500余次: questions to a government-services desk, asked with business done there.
		// 提供合同审查、风险研判及法律咨询等专项法律服务共计5次: a sum of services that consultations are one of.
		// 对政府起草的政策性文件提供咨询12件次, 参与…重大事项决策…的法律咨询论证110余件次: advice on the government's own
		// drafts and decisions.
		// 为村(社区)事务出具法律咨询意见85件: written opinions on affairs, not questions a person asked. 法律顾问…提供专项法律咨询
		// 10余次, 重大事项法律咨询会商6次: advice to the government on its own matters.
		// 政民互动平台…来信咨询反映问题, 问政平台, 12345: questions to the government's own channels, not legal ones.
		not: /政务|(?<!法律)政策咨询|税务|医保|企业咨询|干部职工|投资咨询|各部门|各单位|政府部门|机关|业务办理|办理业务|办事|咨询等|对政府|为政府|决策|论证|政策性文件|咨询意见|专项(?:法律)?咨询|咨询会商|互动|问政|12345/u,
		// 设立法律咨询点12个, 组建法律咨询服务团队5个, 行政复议(咨询)委员会30个: the places, teams and bodies that answer,
		// by the noun counted.
		// “网上咨询”共收到公众来信515件: letters a channel received, counted as letters.
		// Not a legal service's hotline, whose calls the count is (接听12348法律服务热线19万人次).
		notNear: /(?:点|站|室|台|(?<!法律服务|12348)热线|专线|团队|队伍|小组|窗口|中心|平台|委员会|来信)$/u,
		// 组织12名律师开展法律咨询, 100余名普法人员…接受群众咨询, 20人律师服务团: those who answered, and the teams they
		// formed; 引导50名咨询人…获得法律援助: those who asked, counted for what was done for them next.
		notNoun: /^[^,;。]{0,6}?(?:律师|专家|志愿者|顾问|人员|调解员|法律服务工作者|服务团|咨询员|咨询人|干警|民警|干部|党员|法官|检察官)/u,
		// 为232名未成年人提供…解答咨询361次: the people served, their consultations counted right after.
		notAfter: /^[^,;。、\d]{0,30}咨询(?=[^,;。、\d]{0,6}\d)/u,
		// 营商环境热线…解答各类咨询约9.2万件: a government-services hotline's questions, named a clause before.
		notBefore: /(?:12345|营商|政务|便民|市长)[^,;。]{0,6}热线[^。;]*$/u,
	},
];
