import type {Rule} from '../rule.js';

export const functionsRules: readonly Rule[] = [
	{
		indicator: 'services.one_thing',
		// Services are counted by 项 or 个 (or as packages by 组: 推出65组“一件事套餐”); 件 counts them only before their
		// name (推动13件“高效办成一件事”落地), and after it the matters handled through them (全年办成一件事2.3万件).
		units: ['个', '项', '组'],
		unitsBeforeNoun: ['件'],
		// After it, 件 counts the services where the words say they were put online, launched or completed (上线…“一件事一次办”
		// 事项333件); the matters handled through them are turned down below (办件, 办结, 办理).
		itemsAfterNoun: /(?:上线|推出|完成|落地|建成|梳理)[^,;。]{0,30}一件事[^,;。]{0,8}$/u,
		own: /一件事/u,
		// 一件事受理窗口47个: the counters that take them, not the services. “一件事”高效办理32565件 (集成办理事项95件): the
		// cases handled.
		// …“基层矛盾化解‘一件事’”等2项创新获得全省最佳实践: innovations awarded, not services.
		// 将…等12个事项纳入歇业“一件事”: the matters one package bundles, not packages.
		// “高效办成一件事”、学前教育集团化办学…等112项改革任务: one item of a list of other things, counted together.
		not: /办件量|办件|办理量|办结|事项流程|入选|案例|经验|做法|窗口|专窗|专区|柜台|办理$|办理事项$|获评|获得|最佳实践|事项纳入|(?:纳入|整合)[^,;。]{0,12}一件事|一件事[”"’']*、(?:(?!一件事)[^,;。])*等/u,
		// 国务院…接续发布4个批次共计42个重点“一件事”事项清单: the State Council's national lists, not the government's own
		// services, unless the government is named doing something between (…,我市推出…). Those it deployed and the
		// government put online (国务院部署的13件“高效办成一件事”…上线运行) are the government's.
		notBefore: /(?:国务院|国家(?:层面)?)(?:(?![我本该])[^。;;])*(?:发布|出台|印发|推出|公布)(?:(?![我本该])[^。;;])*$/u,
	},
	{
		indicator: 'services.online_rate',
		units: ['%'],
		// Fully online only: 网上可办率 (can be started online) and 一网通办率 measure something looser.
		// 网办率100%, 网办、掌办率达到100%: the online rate by its short name; not 网上可办率, which counts items that may
		// be done online in part.
		own: /全程(?:可)?网(?:上)?办|网上全程可办|全流程网(?:上)?办|网上全流程办理|网办(?:、掌办)?率(?<![上可]网办(?:、掌办)?率)/u,
		not: /跑零次|最多跑一次|即办/u,
	},
	{
		indicator: 'enforcement.random_inspections',
		units: ['批次', '批', '次', '轮', '项', '件'],
		own: /双随机|随机抽查|抽查/u,
		topic: /双随机|随机/u,
		topicIn: 'sentence',
		topicBefore: true,
		// 通过“双随机”方式开展执法检查69.82万次: the inspections made, not the rounds of spot checks.
		not: /户次|家次|主体|企业|检查对象|清单|目录|库|执法检查/u,
	},
];
