import type {Rule} from '../rule.js';
import {cadresListed, officers} from './trainees.js';

export const enforcementRules: readonly Rule[] = [
	{
		indicator: 'enforcement.case_file_pass_rate',
		units: ['%'],
		// 合格以上案卷占总案卷的96.5%: the pass rate, stated as the passing files' share of all.
		own: /合格率|(?:合格|及格)(?:以上)?(?:的)?案卷占(?:总|全部|评查)?案卷(?:总数)?的?$/u,
		topic: /案卷/u,
		topicIn: 'sentence',
		// 法律援助案卷合格率: the legal-aid files' quality, not enforcement's. 不合格率: the files that failed.
		not: /优秀率|优良率|不合格|数据|编目|治理|产品|抽检|食品|援助/u,
		// 优秀率占比30%,良好率占比51%,合格率占比15%: the share graded 合格 among the grades, not the share that passed.
		// 受理法律援助案件283件,已办结210件,案卷质量考核合格率为100%: the files of the legal aid the sentence names.
		notBefore: /(?:优秀|良好)率[^。;;]*$|(?:法律援助|法援)(?:(?!执法)[^。])*$/u,
	},
	{
		indicator: 'enforcement.staff_trained',
		units: ['人', '名', '人次'],
		// 1090名行政执法、行政执法监督人员参加了培训: officers named with their kinds between 执法 and 人员.
		// 执法培训累计覆盖960人: the officers a course of enforcement training reached.
		// 组织执法规范化培训6场,参训人员120人次 · 组织执法人员参加业务培训4次,培训人员达40人次: those trained, a clause
		// after the enforcement course is named (topic), unless cadres are named after it (举办领导干部培训班,参训人员…).
		// 43名年轻执法骨干参训: officers by another name (骨干, 干部, 队员); 新入职行政执法人员培训7期,培训学员1300余人: the course's
		// trainees by 学员; 开展执法能力提升轮训班,全系统500余名队员分6期学习…: the officers of the course before, by their
		// noun after the figure.
		own: /执法(?:人员|骨干|干部|队员)[^,;。]{0,16}(?:培训|轮训|训练|受训|参训)|执法[^,;。]{0,4}培训[^,;。]{0,6}覆盖|(?:培训|轮训|参训|受训)[^,;。]{0,8}执法(?:人员|骨干|队员)|执法[^,;。]{0,10}人员参加了?[^,;。]{0,6}(?:《[^》]{1,30}》[^,;。]{0,6})?(?:培训|轮训)|(?:参训|受训|培训)(?:人员|人数|学员)?(?:共计|共|累计|达到?|为)?$|参加了?(?:业务|专题)?(?:培训|轮训)$|覆盖[^,;。]{0,4}(?:民警|辅警|执法队员)(?:共计|共|累计|达)?$|^覆盖(?:人员)?(?:共计|共|累计|达到?)?$|(?:队员|学员)(?:分|参加|参训|受训|接受)/u,
		// 举办全警法治专题培训2次,…覆盖民警700余人次: police officers are enforcement officers, reached by a course.
		// 开展执法人员业务培训2场,覆盖30余人次: a clause of coverage alone, after the officers' course.
		// 开展行政执法人员习近平法治思想学习教育培训1次,120余人参加培训: the course's subject may stand between, and so may
		// the title of the law it teaches (…执法人员参加新修订《行政处罚法》专题培训). 通用 (公共) 法律知识培训 is the course
		// officers take before their certification: with the officers named before it, its trainees are theirs (…执法人员
		// 开展…,全员参加专业法律知识和通用法律知识培训,共计1150人; the course alone names no one: …培训班,参训230余人).
		topic: /执法[^,;。]{0,24}(?:培训|轮训|训练|参训|受训)|执法人员[^。;]{0,40}(?:通用|公共)法律知识[^,;。]{0,12}(?:培训|轮训)|(?:培训|轮训|参训|受训)[^,;。]{0,8}执法|执法单位|(?:培训|轮训)(?=[^。;]*覆盖[^,;。]{0,4}(?:民警|辅警|执法队员))/u,
		topicIn: 'sentence',
		// 执法人员参加了执法培训学习和考试: trained, and examined too; an exam alone trains no one.
		not: /(?<!(?:培训|学习)[^,;。]{0,4}[和及与、])考试|检验|持证|证件|下沉|整合/u,
		// …行政执法干部实训营正式开班,43名年轻执法骨干参训: cadres of enforcement are its officers.
		// 分管领导以及执法骨干共计280余人参加了培训: cadres and officers trained together are cadres trained.
		// 开展了放射人员培训、行政执法培训、企业负责人培训等12次,参训1800余人: courses for others too, their trainees counted
		// together.
		notBefore: new RegExp(`(?<!执法)(?:干部|公务员|党员|领导)(?:(?!执法)[^;;。])*$|${cadresListed}(?:行政)?${officers}[^;;。]*$|(?:企业负责人|企业管理人员|从业人员|放射人员|协管(?:工作)?人员|群众|村民|学生)培训[^;;。]*$`, 'u'),
	},
	{
		indicator: 'enforcement.lenient_cases',
		// 首违免罚363次: each time a penalty was waived is a case; 处理案件58例, counted as cases are.
		units: ['件', '起', '宗', '次', '例'],
		// 认罚轻处…在232个案件中得到适用: cases counted by 个, before their noun.
		unitsBeforeNoun: ['个'],
		// 不予、从轻、减轻行政处罚案件3133件 · 包容审慎监管…办理案件 (not 实施包容审慎监管19次: the times the policy was
		// applied, with no case named)
		// 全面推行“首违不罚”“轻微免罚”清单…,全年适用清单办理案件367件: the cases handled under the list the sentence names.
		own: /免罚|轻罚|轻处(?!理)|不予处罚|不予行政处罚|免[予于](?:行政)?处罚|(?:从轻|减轻)(?:[、和及与]?(?:从轻|减轻))?(?:行政)?处罚|首违不罚|首违免罚|不罚|(?:不予|从轻|减轻)(?:[、和及与](?:不予|从轻|减轻))+[^,;]{0,4}处罚|包容审慎[^,;。]{0,12}(?:案件|办理|处理|处罚)|适用[^,;。]{0,6}清单(?:办理|处理|查处)(?:各类|相关)?案件$/u,
		// Every reading but the list's cases names the leniency in its own words.
		topic: /免罚|轻罚|轻处(?!理)|不罚|免[予于]|不予|从轻|减轻|包容审慎/u,
		topicIn: 'sentence',
		// 重点选取了2件不予行政处罚案件: cases chosen for a review of case files, not the year's count.
		// 交通违章不罚款、不记分: a fine let off, as 不罚 is. A list's (清单) count is of its items, but for the cases handled under
		// it (适用首违不罚清单办理案件86件, 适用清单办理免罚、轻罚案件213件).
		not: /清单(?![^,;。]{0,8}(?:办理|处理|查处)[^,;。]{0,16}案件)|事项|选取|抽取|评查|(?<!不(?:予以?)?|免(?:除|于)?)罚款/u,
	},
];
