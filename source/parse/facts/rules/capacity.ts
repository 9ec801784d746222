import type {Rule} from '../rule.js';
import {cadresListed, officers} from './trainees.js';

export const capacityRules: readonly Rule[] = [
	{
		indicator: 'education.events',
		// Not 期: 普法专刊12期 counts issues, and a 培训班3期 is training.
		units: ['场', '场次', '次'],
		// 法律法规进企业、进农村…进网络1000余场: the law taken to workplaces and villages (法律七进), events by name.
		// 普法直播34场次, 法治文艺演出20场, “法治院坝会”70余场: broadcasts, shows and village meetings on the law are events too,
		// and so is an event known by a quoted name that holds the law (开展“法治下午茶”20余场; not a 法治体检 of firms), and a
		// school's lesson on the law known by a quoted name (法治“第一课”40余场次; not a 法治课 alone, which cadres attend as often).
		// Activities on the constitution or the civil code are too (开展宪法晨读等活动1000余场次).
		own: /(?:宣传|普法|宣讲|送法|法律|法治|宪法|民法典)[^,;]{0,24}(?:活动|讲座|直播|演出|院坝会|坝坝会)|(?:活动|讲座)[^,;]{0,6}(?:宣传|普法)|法治讲座|法律讲座|法制讲座|普法讲座|法治[“"][^,;。”"]{0,6}课[”"]|普法宣传|法治宣传|法制宣传|法律宣传|(?:法律|法规|法治|法制)[^,;。]{0,16}宣传教育|集中宣传|(?:法|条例)[^,;。]{0,20}主题宣传|宣讲|法[^,;。”"]{0,8}讲堂|讲堂(?![”"])|巡讲|巡演|巡展|(?:法律|法治|法规|普法|宪法|民法典)[^,;。]{0,2}进[“"]?(?:企业|农村|乡村|机关|校园|学校|社区|军营|网络|单位|家庭|寺庙|宗教)|送法(?:上门|入户|到户|下乡)?$|普法(?:学法)?$|[“"]?[五六七八九]进[”"]?活动|^(?:各级|全[省市县区州盟旗])?(?:全年|年内|共|共计|累计)*(?:开展|举办|组织)(?:各类|各种|系列|相关|有关)?活动(?:共计|合计|共)?$|[“"][^”"]{0,10}(?:法治|普法|法律|宪法)[^”"]{0,10}[”"]$|(?:专题|主题)讲座$/u,
		// Every reading above names legal education in its own words; 开展各类活动2.4万余场次 (各级共开展有关活动) alone
		// names none, and counts events only in a sentence on it (组织普法志愿者8.8万余人,开展各类活动2.4万余场次).
		topic: /宣传|普法|宣讲|送法|法律|法治|法规|宪法|民法典|(?<!专题|主题)讲座|讲堂|巡讲|巡演|巡展|[五六七八九]进/u,
		topicIn: 'sentence',
		// (十)普法宣传 > 全年开展活动320余场次: a section on legal education alone gives the events under it their subject.
		// Its rivals are the cadres' study and training, which hold events of their own (and, in the sentence before, keep
		// a bare 开展活动 from going on with it).
		topicFromHeading: {rivals: /培训|学法|考试|干部|党员|公务员|工作人员/u, noun: /活动/u, topic: /普法|(?:法治|法制|法律)宣传|宣传教育|送法|法律进/u},
		// 领导干部法治讲座: cadres' study, counted as training, not the public's legal education (and lectures for the staff:
		// 组织街道在编人员开展了…等7场专题法治讲座); so are a 党校's lectures,
		// the government's own (市政府专题法律讲座) and those its leaders give (书记带头开展专题法治讲座, 县长带头讲法治课).
		// 理论宣讲, 政策宣讲: tours on another subject than law; 新闻宣传活动 and 新闻发布: press work.
		// 数据大讲堂: a course on data or the digital economy, not on law; a 讲堂 known by a quoted name holds the law in
		// it (“法润相城讲堂”), or it is a department's own (“林业大讲堂”).
		// 党的二十大精神宣讲36场: a tour on the party's line, not on law (…和习近平法治思想宣讲 names law, and stays, as does
		// 习近平法治思想和党的二十届三中全会宣讲活动).
		not: /培训|栏目|节目|会议|常务会|考试|新闻|品牌|体检|数据|数字(?!普法|法治)|(?<!法治|法律)理论宣讲|(?<!(?:法律|法治|法规)[和与及、])政策宣讲|(?:二十大|全会|党史|党性|党代会)(?<!(?:法治|法律)[^,;。]{0,16}(?:二十大|全会|党史|党性|党代会))[^,;。法]{0,8}宣讲|宣讲[^,;。法]{0,6}(?:二十大|全会|党史|党代会)|领导干部|党员干部|公职人员|公务员|中心组|党工委|集体学习|党校|政府(?:专题|班子)?(?:法律|法治)讲座|(?:书记|负责人|负责同志|一把手|主要领导|[区县市镇]长)带头[^,;。]{0,8}(?:讲座|讲课|授课|讲法)/u,
		// 开展常务会会前学法5次,法治讲座2次: lectures listed with the executive meeting's or the central group's study are the
		// cadres' too.
		// 党组“第一议题”学习23次、中心组专题学习14次、邀请专家作主题宣讲5次; 常务会议开展双月学法,由部门一把手…开展讲法
		// 活动6次: talks in the same list, or given at the executive meeting's study, are the cadres' study too.
		// 县政府常务会议先后听取汇报8次,…,邀请律师开展法治专题讲座2次: lectures the executive meeting held, the sentence its;
		// 常务会议坚持“局长讲法”,由部门负责人开展讲法活动5次: heads teaching the law at the meeting, its study.
		// 开展政策宣讲活动,累计宣讲80余次: the tour named a clause before is on policy, not law.
		notBefore: /(?:在编人员|干部职工|机关人员)(?:(?!宣传|普法|群众)[^,;。])*$|(?:会前学法|集体学法|专题学法|专题学习|常务会[^。;,,]{0,12}学法|中心组|第一议题)[^。;]{0,40}(?:讲座|宣讲|讲法活动)$|常务会[^。;;]{0,120}(?:讲座|宣讲|讲法(?:活动)?)$|(?<!法治|法律)(?:理论|政策)宣讲(?:[^。;;法\s]\s*){0,16}宣讲$/u,
		// 开展习近平法治思想专题讲座10次,累计参学人员800余人: lectures with their 参学 (those who studied) are cadres' study, and
		// so are those the sentence goes on to say raised its cadres' or staff's own grasp of the law (举办法治专题讲座5场,…
		// 全面提升干部职工的依法行政意识; …,把法治教育作为干部培训必修课).
		notAfter: /^[^。;;]{0,4}参学|^[^。;;]{0,60}(?:干部培训|干部职工|依法行政(?:能力|意识|水平))/u,
	},
	{
		indicator: 'education.audience',
		// 名 too: 吸引近百名群众参与.
		units: ['人次', '人', '万人', '名'],
		// 受教 is 受教育 cut short (受教群众6000余人); 普法对象 are those legal education reached.
		// 辐射群众1.2万人次: reached, as 覆盖; 普法宣传活动130余场,服务群众2300余人: those the events served.
		own: /受众|覆盖|辐射|参与|参加|观看|惠及|受惠|受教(?:育)?|接受(?:普法|法治|法律|法制)?教育|受益|普法对象|服务(?:群众|村民|居民|人群)|教育(?:干部)?(?:群众|村民|居民|师生)/u,
		// 受众 and 受教育 name the audience by themselves; 覆盖 or 参与 only beside legal education, its events named
		// as such (法律进村活动50余场,覆盖群众2万余人次).
		// 宪法晨读、宪法知识竞赛…,累计参与学生4.5万人次: the constitution taught is legal education. (Not 宣讲 alone, nor
		// 民法典: over every sample they read more cadres at a tour or a course than the public reached.)
		// 学习宣传贯彻党的二十大精神…开展学习活动3000余场次、覆盖6.3万人次: 宣传贯彻 is the party line studied and carried out,
		// not legal education.
		topic: /受众|受教|宣传(?!贯彻)|普法|送法|法[治制]教育|法律进|法[治制]进|以案释法|(?:法治|法律)宣讲|宪法/u,
		topicIn: 'sentence',
		// 参与宣传人员8人次: those who gave the event, not those it reached (受众人员 are those reached).
		// 参加网络专题班学习: a class for cadres, counted as their training, not the public reached.
		// Cadres at a lecture (领导干部累计参加15万人次) are cadres studying, not the public reached.
		// …分管负责人、普法联络员等120余人参加: officials at a meeting, not the public reached.
		not: /培训|考试|企业|户|(?<!受众)人员|负责人|联络员|志愿者|讲师|律师|干警|民警|辅警|专题班|学习班|咨询|(?:干部|公务员|公职人员)(?!群众)[^,;。]{0,4}(?:参加|参与)/u,
		// 领导干部…学习…专题课程16场次,覆盖900余人次 (or 受众超3100人次): those a course reached, the clause before, are its
		// trainees.
		// Those at a constitutional oath ceremony (…参加宪法宣誓活动,活动参与人数近600人) are officials sworn in, not the public.
		// 举办专题学习会、研讨会、培训班等86场次,受教育3100人次: those study sessions taught are cadres too, unless named
		// as the public (…,受教育群众3100人次).
		notBefore: /宣誓[^。;;]*$|(?:课程|培训|轮训|专题班|学习班)[^,;。]{0,8}[,,]\s*(?:覆盖|受众)[^,;。]{0,6}$|(?:学习会|研讨会|报告会|培训班|专题班|学习班)[^,;。]{0,12}[,,]\s*(?:覆盖|受教育)[^,;。群众]{0,6}$/u,
	},
	{
		indicator: 'training.officials',
		units: ['人次', '人', '名'],
		// 开展法治培训,覆盖镇村干部200余人 / 专题课程6次,覆盖学员310人次: the cadres a course reached, a clause after it.
		// 开展法治培训10场次,覆盖500余人次: the reach of a course named a clause before (notBefore wants the course).
		// 开设…课程,覆盖乡科级干部、中青年干部等授课对象300多人次: the cadres a course reached, listed.
		// 区委党校…开设专题课程32门,受众3100人次: a course's audience, where the sentence names cadres or a party school (the
		// public's audience is education.audience's, which comes first and reads 受众 unless a course stands before it).
		// 对1000多名…领导干部进行法治讲座: cadres at a lecture on law are cadres trained, as the lecture is their study.
		own: /(?:培训|轮训|参训|调训)[^,;。]{0,12}(?:干部|公务员|工作人员|党员|领导|人员)|(?:干部|公务员)[^,;。]{0,6}(?:进行|开展|举办|参加|听取)(?:法治|法律|法制)(?:专题)?讲座|(?:干部|公务员|工作人员|党员|领导)[^,;。]{0,8}(?:培训|轮训|参训)|参训|参培|参学|受训|培训|(?:参加|参与)(?:学习|培训)?人数(?:达到?|为|共)?$|(?:^|有|共|共计|累计|约)参加了?$|(?:干部|公务员|工作人员|领导)[^,;。]{0,10}参加了?$|覆盖(?:[^,;。]{0,6}(?:干部|学员)(?:职工)?|[^,;。]{0,16}干部等[^,;。]{0,4}对象)?(?:共计|共|累计|达)?$|^受众$/u,
		// 科级以上400余人: cadres named by their rank. 举办法治培训10期,培训1170余人次: a course in law is the cadres' unless
		// the words name others (not, below).
		// 参培 is 参加培训 cut short (参培人数180余人); 参学, those who studied at a course (…培训班上授课,80余人次参学);
		// 组织开展依法行政专题培训,有160余人参加: those who took part in the course the clause before names, unless it is
		// others' (法律明白人培训,有200余人参加: notBefore).
		// 举办…法治思想专题培训班,全区100多名副科以上干部参加: cadres who took part, the course the clause before.
		// 组织干部观看法治视频10余次,参加人数达300余人: those who took part in cadres' study, by head count; not those who
		// sat an exam the clause before names (…法律知识考试3场,参与人数44人).
		// 全县公职人员在线学法培训1.6万人次: public servants (公职人员) are officials.
		// Trainees of courses a party school or a central group's study plan holds are cadres (…列入理论学习中心组学习计划和党校课程,举办培训班45期,培训7171人次).
		topic: /干部|公务员|公职人员|工作人员|党员|领导|参训|参培|受训|学员|[科处]级以上|(?:法治|法律|依法行政)[^,;。]{0,10}(?:培训|轮训)|中心组|(?<!进)党校/u,
		topicIn: 'sentence',
		// Officers named after cadres in one list (分管领导以及执法骨干共计280余人) are trained with them: cadres trained.
		// An exam alone trains no one; a course and its exam do (…领导干部进行任前法律知识培训和考试).
		not: new RegExp(`(?<!${cadresListed})${officers}|律师|调解员|明白人|网格员|(?<!培训[和及与、])考试|覆盖人群|群众|企业|员工|(?<!干部)职工|村民|居民|学生|农民`, 'u'),
		// 通用 (公共) 法律知识培训 is the course enforcement officers take before their certification: its trainees
		// are theirs, a clause after it (通用法律知识培训班,参训230余人); cadres trained before it in the sentence are not.
		// Training on another subject, with no 法 between it and the figure nor a semicolon (…党的二十大精神专题轮训班,
		// 培训学员514人): cadres trained, but not in law, whatever the heading above; a course on 法治 and that subject
		// (学习贯彻习近平法治思想、党的二十大精神暨…培训班) is in law too.
		// Firms and their staff trained a clause before (培训5000余家生产经营单位,受训人员10000余人) are no cadres.
		// …等400人参加宪法宣誓活动,活动参与人数近800人: those at an oath ceremony, not a course.
		// The trainees a clause after a course for enforcement officers (开展执法人员法律知识更新培训1次,90余人参加) are theirs,
		// unless cadres are listed with the officers (组织镇村干部、执法人员参加法治培训,覆盖…).
		notBefore: /宣誓[^。;;]*$|(?:通用|公共)法律知识[^。]*$|(?:明白人|网格员|调解员|律师|群众|村民|居民|学生|企业|员工|经营单位|经营主体|市场主体|从业人员|执法人员培训)[^,,;;。]*[,,]\s*[^,,;;。]{0,4}$|(?<!(?:干部|公务员|党员|领导)(?:[、和及与]|以及)[^,,;;。]{0,4})执法人员[^,,;;。]{1,14}培训[^,,;;。]*[,,][^,,;;。]{0,4}$|考试[^,,;;。]*[,,][^,,;;。]*$|(?:二十大|全会精神|党史|党性|(?<!法治|法律)主题教育|高质量发展|业务能力|安全生产|应急管理|乡村振兴|招商引资)(?<!(?:法治|法律)[^,,;;。]{0,16}(?:二十大|全会精神|党史|党性|主题教育|高质量发展|业务能力|安全生产|应急管理|乡村振兴|招商引资))[^;;法]*$|^(?:(?!培训|轮训|调训|课程|班次|授课|专题解读|专题辅导|专题学习).)*覆盖[^,;。]{0,6}$|(?:宣传|普法|(?<!(?:培训|课程|专题班)[^,;。]{0,10})活动|讲座)(?:(?!培训|课程|班次|授课|专题班)[^;;])*覆盖[^,;。]{0,6}$/u,
	},
	{
		indicator: 'leadership.pre_meeting_study',
		units: ['次', '场', '场次'],
		// 常务会议会前学法制度,全年组织集中学法活动4次 (or 专题法治学习8次, 法治专题学习3次, 专题学习《…》等法律14次): the
		// sessions, counted a clause after the meeting.
		// 常务会议部门主要负责人讲法4次: heads of departments teach the law at the meeting, its study by another name; so is
		// 常务会议就习近平法治思想开展专题学习2次, 常务会议对《…》等法律法规进行专题学习4次.
		// 常务会议开展法律学习9次 (or 法律法规学习9次), 11次常务会中均组织了法治学习, 常务会议专题学习习近平法治思想…达20余次: study of law by
		// other words; not 集中学习 of a speech. 常务会学习《…管理办法》《…条例》等4次: a law or regulation by its title.
		// 组织省政府常务会议法治专题讲座2次: a lecture on law at the meeting is its study of law.
		own: /会前(?:专题)?学法|常务会(?:议)?[^,;。]{0,6}学法|学法[^,;。]{0,4}常务会|(?:学法|讲法|(?:专题|集中)?(?:法治|法律|法规)(?:专题)?学习)(?:活动)?$|(?:学习|领学)[^,;。]{0,60}(?:法律|法规)$|常务会(?:议)?[^,;。]{0,40}(?:法治|法律|法规)[^,;。]{0,10}学习|常务会(?:议)?[^,;。]{0,14}讲法|常务会(?:议)?[^,;。]{0,8}(?:(?:法治|法律)学习|学习法律)|常务会(?:议)?[^,;。]{0,6}(?:专题|集中)?学习[^,;。]{0,24}(?:法治|法律)|常务会(?:议)?[^,;。]{0,6}(?:专题|集中)?学习[^,;。]{0,4}《[^》]{1,30}(?:法|条例|规定|办法)》|常务会(?:议)?[^,;。]{0,6}(?:专题)?(?:法治|法律|法制)(?:专题)?讲座/u,
		// A town's, street's or department's executive meeting is its 办公会 (主任办公会议, 行政办公会议坚持学法3次).
		// 会前专题学法2次: the study before a meeting, named as a special topic's.
		topic: /常务会|会前(?:专题)?学法|办公会/u,
		topicIn: 'sentence',
		// 全县各级各部门会前学法698场, 全市举办各类法治专题学习60余场次: every body's sessions, not the executive meeting's.
		// 部门主要负责人讲法: a department's head teaching at the meeting, not a department's own sessions.
		// 干部职工集中学法7次: the staff's study, not the meeting's.
		// 县委常委会会前学法16次: the party committee's standing committee, not the government's executive meeting. Named
		// together with it as one subject (县委常委会、县政府常务会会前学法9次, 在政府党组和常务会议学法3次), the sessions
		// count the executive meeting's too; as the next item of a list (常务会议学法24次、党组会议学法8次) they do not.
		// 学习研究部署法治议题18次: agenda items taken up, not study sessions; 常务会传达学习…会议、文件精神5次: documents relayed.
		// A department's executive meeting is its 党组会 (局党组会会前学法12次, 全年党组会前学法12次): 会前学法 before a 党组's
		// meeting counts where the sentence names no 常务会 before it (notBefore).
		not: /中心组|党委|议题|研究部署|传达|(?:党组|常委会)(?<!常务会议?[、和及与](?:[区县市]委?)?(?:党组|常委会))(?!(?:会议?)?[、和及与](?:[区县市]?(?:人民)?政府)?常务会)(?<!党组(?=(?:会议?)?会前(?:专题)?学法))|考法|述法|干部学法|职工|各级|各部门|各单位|下属单位|部门(?![^,;。]{0,40}讲法)|全[市县区州省旗盟](?!人民政府|政府|常务会)/u,
		// 通过区委理论中心组学习及…常务会会前学法等形式,全年学法18场次: a total over forms of study, the central group's among them;
		// so is one after a list of them with no 等 (…常务会会前学法、…中心组常态化学法、领导干部述职述法,全年学法15次).
		// 全县各级各部门会前学法520场,主要领导讲法130场: a clause that does not name the executive meeting, after every
		// body's study or anything they were led to (示范带动各级各部门…学习…245次,…,会前学法1061场次), goes on about every body's
		// until the executive meeting is named again.
		notBefore: /中心组[^,;。]*等(?:形式|方式)[,]?[^,;。]*$|(?:、[^、,,;;。]*中心组|中心组[^、,,;;。]*、)[^,,;;。]*[,,](?:(?!常务会)[^,,;;。])*$|常务会[^。]*党组(?:会议?)?会前学法[^,;。]*$|(?:各级|各部门)(?:(?!常务会)[^。;;])*[,,](?:(?!常务会)[^,,;;。])*$/u,
	},
];
