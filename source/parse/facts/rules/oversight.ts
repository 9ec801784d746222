import type {Rule} from '../rule.js';

/**
How far a suggestion or proposal got (正在办理的…, 暂时不能解决的…, 列入计划…, 已基本解决的…): a count by stage is a
part of those handled, never their count. Items published on their handling (办理情况信息1条, 5件人大代表建议办理结果公开) are information, not
suggestions.
*/
const handlingStage = '正在|暂时|暂不|不能解决|无法解决|已(?:经|基本)?解决|已(?:经)?办(?:复|结)|基本解决|留作|留待|列入|办理(?:情况|结果)?信息|办理(?:情况|结果)(?:进行|予以|全部|均)?(?:公开|公示|答复)|采纳|落实|反馈';

/**
在网上公开办理结果14件,其中…市人大代表建议8件、市政协提案5件, 公开人大提案办理结果2件: results published, counted by the kind
of item; not the suggestions or proposals handled.
*/
/**
公开…办理结果 (or 答复, 复文) before the figure: the suggestions' replies published. So are those a sentence on what was published
breaks down in brackets (主动公开机构概况2件,…建议提案办理10件(代表建议6件,委员提案4件)): documents published, not
suggestions handled; and a list of what was published (公开人大代表建议180条、政协委员提案111条).
*/
const resultsPublished = /公开[^,;。]{0,12}(?:办理结果|答复|复文)[^。;;]*$|^[^。;;]{0,24}主动公开[^。;;]*[((][^))]*$|公开[^,;。]{0,8}(?:代表建议|人大建议|提案)[^,;。]*$/u;

export const oversightRules: readonly Rule[] = [
	{
		indicator: 'oversight.npc_suggestions',
		// 份 too: 承办市人大建议18份.
		units: ['件', '条', '个', '项', '份'],
		own: /建议/u,
		topic: /人大|代表/u,
		topicIn: 'sentence',
		topicBefore: true,
		// (九)人大代表建议和政协提案办理 > 全年共办理建议102件: a title on the deputies' suggestions gives bare ones theirs,
		// beside the CPPCC's proposals too (提案 is another noun), but not beside other bodies' suggestions.
		topicFromHeading: {rivals: /检察|司法建议|监察|审计|法律顾问|合理化|意见建议/u, noun: /建议/u, topic: /人大|代表建议/u},
		// 重点建议9件, 重点督办, A类建议33件: a part of the suggestions.
		// 代表意见建议57件: deputies' opinions and suggestions, handled as suggestions; others' 意见建议 are not theirs.
		// 人大代表建议复函5条, 政协委员提案复函8条: the replies a disclosure report published, not what was handled.
		// 公开人大代表建议…办理复文 under 政务公开: the suggestions (and their replies) published, counted as disclosure.
		// By how far they got (handlingStage): parts of those handled, as are those adopted, carried out or answered with
		// feedback (173件委员提案被采纳, 78件…得到了较好地落实, 从172件…反馈情况看).
		not: new RegExp(`议案|提案|审计|法律|修改|(?<!代表)意见[和及与、]?建议|群众[^,;。]{0,4}(?:意见|诉求)|网友|网民|司法建议|检察建议|监察建议|复函|重点(?:建议|督办)|[A-Da-d甲乙丙丁]类|公开[^,;。]{0,6}建议|${handlingStage}`, 'u'),
		// 确定22项重点督办建议,涉及276件代表建议 (重点督办建议20项、涉及代表建议225件): the suggestions the key items cover, a
		// part of those handled.
		notBefore: new RegExp(`${resultsPublished.source}|重点(?:督办|办理)[^。;;]{0,24}涉及[^,;。、]{0,8}$`, 'u'),
	},
	{
		indicator: 'oversight.cppcc_proposals',
		units: ['件', '条', '个', '项', '份'],
		// 政协提案委员会对收到的提案进行审查,共立案75件: the proposals accepted for handling, where the sentence names the CPPCC;
		// so are those accepted once merged (并案6件,实际立案72件), and those 确定立案 or 予以立案.
		// 市政协共立案383件: the CPPCC named as the subject; 经审查立案交有关单位办理的621件: accepted and handed over.
		own: /提案|^(?:其中[,,]?)?(?:[^,;。\d]{0,6}(?:政协|提案委员会))?(?:经审查|经审核)?(?:共|累计|全年|实际)?(?:确定|予以|同意)?立案(?:(?:交|转)[^,;。\d]{0,10}办理的?)?$/u,
		// 大会共收到提案190件,经审查,立案118件: proposals received name the CPPCC by themselves, the session being named in the
		// sentence before; a breakdown by subject in a sentence of its own (经济建设方面提案52件) names neither.
		// 代表建议、提案分别为592件、759件: beside deputies' suggestions, 提案 are the CPPCC's (deputies file 议案 and 建议).
		topic: /政协|委员|收到提案|代表建议|人大建议/u,
		topicIn: 'sentence',
		topicBefore: true,
		// (九)人大代表建议和政协提案办理 > …、提案84件: a title on the CPPCC's proposals gives bare ones theirs.
		topicFromHeading: {rivals: /职工|职代会|学生|议案/u, noun: /提案/u, topic: /政协/u},
		// 建议提案共120件, 人大政协议提案105件: a combined count names no one kind.
		not: new RegExp(`议案|重点提案[^,;]{0,3}$|建议[和及与、]|建议提案|(?<!会)议提案|人大|复函|[A-Da-d甲乙丙丁]类|公开[^,;。]{0,6}提案|${handlingStage}`, 'u'),
		notBefore: resultsPublished,
		// 确定10件重点提案由主席领衔督办: the key proposals, a part, by their noun after the figure.
		notNoun: /^重点/u,
		// 共收到提案925件,经审查立案731件: the proposals accepted for handling, beside those received, are no part of them
		// to set aside; the accepted are what is handled.
		stage: /立案/u,
	},
	{
		indicator: 'oversight.audit_projects',
		units: ['个', '项'],
		own: /审计项目|审计[^,;,。]{0,6}项目|项目审计/u,
		not: /问题|整改|金额|资金/u,
		// 下达了…审计项目计划,全年安排审计项目81个: the projects a plan arranges, not the audits done.
		notBefore: /计划[^。]*安排[^,;。]*$/u,
	},
	{
		indicator: 'transparency.disclosed',
		units: ['条', '件', '篇', '份', '项'],
		// 发布招商引资政策、执法公示、民意关切等动态信息2947条: what was published, listed before 等…信息 (a list of a dozen
		// kinds too: …社会公益事业建设领域等各类政府信息5550条).
		// 通过公开栏、公示栏等公开渠道,公示信息300余条: what was posted, in a passage on disclosure.
		// 公开政务信息111条: government information by its other name.
		// 公开公示各类信息310条, 门户网站更新政务动态信息2300条: published by other verbs. 公开群众关注的政府信息59条: with
		// what it is about between. 在政府门户网站发布59条: what a site or channel published, with no noun; 发布公开文章83篇,
		// 推送信息352篇: as articles, or a new-media account's pushes. 官网发布生态环境领域相关信息5804条: the official site's,
		// of one field. 政务网主动公开情况。政府信息123条: government information alone, where the words before give the topic.
		own: /主动公开|公[开示]了?(?:公示)?(?:各类)?(?:政府|政务)?信息|公[开布][^,;。]{0,24}政府信息|(?:发布|更新|新增|推送|上传)[^,;]{0,6}(?:信息|文章)|官网[^,;。]{0,4}发布[^,;。]{0,12}信息|(?:发布|公开)包括[^,;。]{1,60}在内的(?:各类|所有)?(?:政府|政务)?信息|(?:发布|更新|公开)[^,;。等]{1,40}、[^,;。等]{1,40}(?:等(?:相关|重要|各类|政府|政务|动态)*)?信息$|^(?:政府|政务)信息(?:共计|共|合计)?$|(?:网站|栏目|平台|公众号|新媒体)[^,;。]{0,8}(?:发布|公开)$|信息[^,;]{0,4}(?:发布|公开)|(?:发布|公开)[^,;。]{2,120}等(?:动态|各类|相关|政府|事项){0,2}信息/u,
		topic: /公开/u,
		topicIn: 'sentence-or-section',
		topicBefore: true,
		// Where no 公开 is said, where it was published stands for it: a government's site or column (门户网站发布信息59条,
		// 栏目共发布信息481条), government information by name (更新各类政府信息2000余条), or of its own accord (主动发布).
		topicAlone: /网站|官网|栏目|政务新媒体|主动发布|政府信息|政务信息/u,
		// 信息公开投诉举报5件, 因信息公开答复被诉1件: complaints and lawsuits about disclosure. 在政府网站发布普法信息: legal
		// education, published.
		// 2045项应主动公开政府信息: a catalogue of what is due, not what was published. 到年底累计主动公开政府信息5928条:
		// all a body has published, the year's added beside it (其中,本年度新增…2110条).
		// 重点领域信息公开1364条: one field's share of what was disclosed (not one item of a list of what was, 政务“五公开”和政府重点领域信息5431条, or:
		// 公开政策文件、重点领域、财政预决算等信息1851条); 公企事业单位信息公开3370条, public enterprises' and institutions' own
		// disclosure.
		// 发布解读信息14条, 发布惠企政策信息77条: one kind of what was published, named just before the number.
		// 不予公开信息1535条, 免于公开信息0条: what was withheld. 信息公开指南1条, 信息公开年报1条: the guide and the yearly report,
		// kinds of what was published. 政府信息公开告知书40件: notices issued in answering requests.
		// 信息公开目录发布4282条: one channel's share of what was published.
		// 办理政府信息公开案件43件: applications handled, counted as requests.
		// Budgets and final accounts (部门预算信息公开11项) are one kind of what was published.
		// 解读信息发布10条, 发布回应关切信息221条: interpretations and replies, kinds of what was published.
		// 其中予以主动公开3条,部分公开9条,不予公开1条: how requests were answered, not what was published. 档案馆…接收公开信息
		// 1600多份: the copies a reading room received, not what the government published.
		not: /予以(?:主动|全部)?公开|申请|接收|依申请|复议|诉讼|投诉|申诉|举报|被诉|答复|不服|普法|应(?:当)?(?:主动)?公开|(?<!(?:[和与、]|及(?!时)|公开)[^,;。和及与、]{0,4})重点领域(?![、,]|[^,;。]{0,4}在内)|企事业单位|(?:预算|决算)(?:调整)?(?:信息)?(?:公开)?$|(?:解读|政策|回应|关切)信息(?:发布|公开)?$|不予公开|免[于予]公开|不公开|(?:指南|年报|年度报告)$|告知书|目录(?:发布|公开)?(?:信息)?$|案件|收费(?:项目|标准)?(?:信息)?$|(?:到|截至|截止)(?:年底|年末|目前|今)累计/u,
		// 主动公开规章0件,规范性文件3件, 发布主动公开文件12件, 主动公开…6件建议提案: one kind of document among what was
		// published, a lesser measure: the count only where nothing else counts what was (主动公开部门文件51件, alone).
		// So are suggestions whose handling was published (2件人大代表建议办理结果信息公开).
		lesser: /(?:规章|文件|建议|提案)(?:办理(?:情况|结果)(?:信息)?(?:公开|公示))?$/u,
		// 在受理的24件案件中,从案件的类型来看,…政府信息公开2件: one kind among cases a court took, not information published.
		// 办理依申请公开7件,其中…已通过网站对外公开1件: what became of the requests, not what was published.
		// “县长信箱”栏目共收到群众来信18件,已办理18件,网站公开2件: letters a mailbox answered in public, not information.
		notBefore: /案件中[,,]|(?:依申请|公开申请|申请公开)[^。;;]*其中|(?:信箱|来信)[^。;;]*$/u,
		// Its parts are the kinds of information published, also where their words name requests (回复…申请公开事项5条).
		partsAreKinds: true,
	},
	{
		indicator: 'transparency.requests',
		// 受理政府信息公开申请7宗: 宗 is 件 where Cantonese is written; 收到信息公开申请22起, as cases are counted.
		// 次 too: 发生依申请公开1次, each request once; and 件次, as petitions are counted (收到…公开申请15件次).
		units: ['件', '份', '个', '条', '项', '例', '宗', '起', '次', '件次'],
		// 公开申请840件 · 依申请公开 · 政府信息依申请件454件 · 办理申请的政府信息48件 · 处理依申请信息公开214项 · 收到70条依申请事项
		// · 收到依申公开事项7件 (short for 依申请公开) · 受理依申请信息56条 · 收到要求公开政府信息的申请7件 · 办理信息公开答复1068份 (the replies, a lesser
		// measure); a bare 申请 received (全年共收到90件申请) in a sentence or under a title on disclosure, or the verb of
		// receiving alone (依申请公开情况 > 2023年共受理265件).
		own: /(?:信息)?公开申请|依申请公开|依申公开|依申请事项|依申请件|依申请(?:的)?(?:政府)?信息公开|(?:收到|受理|接收|接到|办理)依申请(?:的)?(?:政府)?信息|申请公开|申请的?政府信息|公开(?:政府)?信息的?申请|信息公开案件|信息公开答复|(?:收到|受理|接收|接到)申请(?![人书表])|^(?:(?:19|20)\d{2}年)?(?:全年)?(?:共|累计)?(?:收到|受理|接收|接到)$/u,
		// Every own word but a bare 申请 names disclosure itself.
		topic: /依申请|依申公开|申请公开|公开申请|信息公开|申请的?政府信息|公开(?:政府)?信息的?申请/u,
		topicIn: 'sentence-or-section',
		// 在政务服务网展示依申请事项1209项: the matters a services catalogue lists one may apply for, not requests; 因不服…信息公开
		// 答复被诉的1件: a lawsuit over a reply.
		// 委托县自然资源局办理…信息公开申请25件: requests handed to another body to answer, a part of those received.
		// 依申请公开统计4条, 依申请公开类信息: a category of what was published, not requests.
		// 上年结转…申请0件: requests carried over from the year before, not received in the year.
		not: /复议|诉讼|被诉|起诉|不服|委托|协助|督促|结转|座谈|交流|培训|依申请公开(?:统计|类)|(?:政务服务|服务网|展示|梳理|编制|认领|公布)[^,;。]{0,16}依申请事项|依申请事项[^,;。]{0,4}(?:清单|目录)/u,
		// 受理…申请11件,答复…申请9件: the replies made, a lesser measure (some requests carry over): the count only where the
		// report gives no other (办理答复政府信息公开申请7件, alone).
		lesser: /答复/u,
		// 制作、获取政府信息总数99条,其中主动公开37条,依申请公开信息19条: a kind of information the body holds, not requests
		// received.
		notBefore: /信息总数[^。;;]*其中/u,
	},
];
