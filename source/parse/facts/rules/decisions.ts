import type {Rule} from '../rule.js';

export const decisionsRules: readonly Rule[] = [
	{
		indicator: 'decisions.legality_reviews',
		units: ['件', '件次', '份', '项', '个', '部', '次', '宗', '起'],
		// 办理各类审查件182件: the items sent in for review. 出具审查意见320份 (or 15件次): one written opinion for each item
		// reviewed, counted as the reviews (ties go to this rule); opinions counted by 条 are the points raised in them.
		// 合法性审核 reaches into the things it reviewed, so its verb carries to each of them (合法性审核规章草案5部、各类文件90件).
		// The title of the first thing reviewed may stand between the verb and the kind (审查《…命令》等规范性文件13件).
		own: /(?:合法性|法制)(?:审查|审核|初审)(?:[^,;。]{0,14}(?:规范性文件|文件|草案|协议|合同|纪要))?(?:意见(?:书)?$)?|(?:审查|审核)件|(?:审查|审核)意见(?:书)?$|(?:审查|审核|审签)(?:《[^》]{1,60}》)?[^,;。]{0,18}(?:规范性文件|文件|草案|协议|合同|议题|决策|决定|事项|纪要|公告)|(?:规范性文件|规范性|文件|草案|合同|协议|议题)[^,;]{0,12}(?:审查|审核|初审)(?:意见(?:书)?$)?/u,
		// 帮助审查涉及村居项目的合同200余份, 村法律顾问审查…: village advisers' work for the villages, not the government's
		// review; a town's review of its own and its villages' contracts (镇村合同, 村合同合法性审查567件) is its review.
		// 参与决策论证、合同审核等工作50余次, 提供合同审查、风险研判等法律服务15次: a sum of work that reviews are one of.
		// …合法性审查等专项法治督察7次: inspections of the reviews, not reviews; …集中法制审核等专题会议6次: meetings.
		// 重大执法决定法制审核33件, 完成重大法制审核案件36件: reviews of enforcement decisions and cases, not of drafts,
		// documents, contracts or agenda items (but a review of several kinds, 规范性文件、行政执法决定及合同…审查1090件, is one).
		// 出具审核意见建议继续有效的规范性文件23件: what a clean-up kept in force, one of its outcomes, not reviews.
		not: /继续有效|(?:会议|座谈会|研讨会|推进会|联席会|协调会)$|审查率|审核率|案例|典型|评查|审计|培训|审核人员|审查人员|研究|决策[^,;。]{0,3}(?:均|全部|都|一律)已?(?:经|经过|通过)|村(?:居|\(居\))?(?:法律)?顾问|村居|帮助|为村|等[^,;。]{0,6}(?:工作|服务)|督察|督查|巡察|执法决定(?:法制)?(?:审核|审查)|审核案件/u,
		// 律师为245家民营企业…审查合同1239份: lawyers' legal check-up of firms (法治体检), not the government's review.
		// 审查文件362件,出具合法性审查意见书62份 (or 对…80份文件进行合法性审查,出具审查意见77份): letters written on reviews
		// the sentence has already counted.
		// 为企业提供法律咨询571人次、制度合同审查676件次: a service to firms, not the government's review of its own acts.
		notBefore: /法治体检|律师[^,;。]{0,4}为|执法决定[^。;,]{0,6}审核[^。;]*$|(?:审查|审核)[^。\d]*\d[^。]*(?:出具|形成|提出)[^,;。]{0,8}意见书?$|\d\s*[份件项个部][^。\d]*(?:审查|审核)[^。\d]*(?:出具|形成|提出)[^,;。]{0,8}意见书?$|为[^,;。]{0,8}(?:企业|群众|村民|居民)提供[^。;,,]*$/u,
	},
	{
		indicator: 'decisions.major',
		units: ['件', '项', '个'],
		// 公布年度决策事项3件, 区政府公布目录事项4个: the decisions listed in the year's catalogue, in a sentence or under a
		// heading (一是推进重大行政决策规范化建设。) on major decisions.
		own: /重大(?:行政)?决策|(?:决策|目录)事项/u,
		topic: /重大(?:行政)?决策/u,
		topicIn: 'sentence-or-section',
		topicBefore: true,
		// 重大行政决策事项草案 are drafts under review; 3个项目获评 are awards, not decisions (but 事项目录 is 事项 and 目录:
		// the decisions listed), nor the name of a project in quotes (完成“…公厕翻修项目”等两项重大行政决策事项).
		// 20件重大行政决策均经合法性审查 counts the decisions, which all went through the review.
		not: /(?<!(?:均|全部|都|一律)已?(?:经|经过|通过)了?(?:合法性|法制)?)(?:审查|审核|初审)|评估|评审|案例|目录编制|征集|申报|听证|草案|(?<!事)项目(?![”"])|获评|成果|试点/u,
		// 严格执行《重大行政决策…制度》…等5个…文件: the documents counted, whatever their titles name.
		notNoun: /^[^,;。]{0,12}(?:文件|制度|办法|规定)/u,
		// 审核规范性文件32件、重大行政决策事项8件: decisions reviewed, counted as reviews; but 出台重大行政决策13件,
		// 均经合法性审查 states the decisions, and the review is what they went through, as does a procedure listed in a
		// clause before (…合法性审查、集体讨论决定等程序,全年共作出12项重大行政决策).
		notBefore: /(?:审核|审查)[^,,;;。]*$/u,
	},
	{
		indicator: 'decisions.legal_opinions',
		units: ['条', '次', '份', '项', '件', '件次'],
		// 法律顾问…出具意见1284份: opinions a legal adviser wrote, with 法律 or 审查 in the sentence.
		// 提出法制审查建议262条: suggestions made in the review, its opinions by another word; 合法性审查70次,提出6份意见:
		// opinions a review gave, by 份; 提出修改完善意见214条, opinions to amend and improve.
		// 法律顾问提交各类建议200余条: a legal adviser's suggestions, its opinions by another word.
		own: /法律意见|修改(?:完善)?(?:意见|建议)|法律顾问[^,;。]{0,6}(?:提交|提出|出具)[^,;。]{0,6}(?:意见|建议)$|法律建议|法制审核意见|审查意见|审核意见|法律顾问意见|意见建议[^,;]{0,4}$|(?:出具|提出)(?:书面|专业|合法性)?意见|提出(?:法制|合法性)?(?:审查|审核)建议/u,
		topic: /法律|合法性|审查|审核|法律顾问|修改/u,
		topicIn: 'sentence',
		// 为村(居)重大事项提供法律意见: village legal advisers' work, not the government's legality review (but a town's
		// 司法所 giving opinions to the town and its villages, 为镇村两级提供法律意见, is the town's).
		// 为企业提出法律建议68件: a public legal service to firms (法律体检), not the government's legality review.
		// 出具合法性审查意见书160份: one letter for each review, counted as the reviews (see legality_reviews).
		// 经审查,…转为意见建议64件: proposals turned into suggestions, not opinions given.
		// 审查合同并出具书面法律意见757份: one opinion for each contract reviewed, counted as the reviews.
		// 对全市135件审查意见进行了评查: opinions checked in a case-file review, not opinions given.
		// 出具审核意见建议继续有效的规范性文件23件: documents a clean-up kept in force, not opinions.
		not: /继续有效|(?:审查|审核)[^,;。]{0,12}并出具|评查|审计|复核|复查|征求|征集|收集|转为|转化为|群众|网民|代表|委员|信访|(?<!镇)村|居民|社区|(?:为|向|帮助|指导)[^,;]{0,6}企业|(?:审查|审核)意见书/u,
		// 对7件文件提出修改意见: the figure counts the documents opinions were given on, not the opinions.
		notNear: /[对就](?:规范性)?(?:文件|草案|合同|协议|规章)/u,
		// 律师为245家民营企业解答法律咨询621次,提出意见619条: lawyers' legal check-up of firms, as for the reviews.
		notBefore: /法治体检|律师[^,;。]{0,4}为/u,
	},
	{
		indicator: 'decisions.docs_repealed',
		// 废止数量0条: disclosure reports' tables count documents by 条.
		units: ['件', '部', '个', '份', '项', '条'],
		own: /废止/u,
		// Not 规章: repealed regulations are not normative documents.
		topic: /规范性文件|文件|政策措施/u,
		topicIn: 'sentence',
		// …清理行政规范性文件共64件。清理结果为:保留45件,宣布失效(废止)16件: the documents a review of them names in the
		// sentence before.
		topicBefore: true,
		// 宣布失效 alone is expiry, not repeal; 废止和宣布失效15件 (废止或宣布失效) names both.
		// 未按时进行修订的规范性文件5件宣布废止: documents not revised, described, then repealed. 废止规章2件: regulations,
		// whatever the sentence before was on.
		not: /(?<!未(?:按时|及时)?(?:进行)?)(?:修改|修订)|保留|(?<!废止[和及、与或])宣布失效(?!.*废止)|规章(?!.*文件)/u,
	},
];
