/**
The indicator catalog (../shared/catalog.md) as typed data. The ids are a contract:
tests, exports and other tools key on them, so they never change here.
*/
export type AreaId = 'functions' | 'decisions' | 'enforcement' | 'oversight' | 'disputes' | 'capacity';

export type Area = {
	readonly id: AreaId;
	readonly zh: string;
	readonly en: string;
};

/** Which direction reads as better, where the domain says so clearly. */
export type Polarity = 'higher' | 'lower' | 'neutral';

export type Indicator = {
	readonly id: string;
	readonly area: AreaId;
	readonly zh: string;
	readonly en: string;
	/** The English cut to 20 columns by hand, for a table too narrow for the whole (Reconsid. received). */
	readonly short?: string;
	readonly unit: string;
	/**
	Other measure words that count the same thing as `unit` (80项 and 112个 “一件事” services are both services),
	so such a value is compared in the indicator's unit. A value in any other word counts something else
	(756次 of opinions given is not 756条 opinions; 809人 trained is not 809人次) and is never ranked with them.
	*/
	readonly accepts: readonly string[];
	readonly polarity: Polarity;
};

export const areas = [
	{id: 'functions', zh: '依法全面履行政府职能', en: 'Government functions'},
	{id: 'decisions', zh: '依法决策', en: 'Lawful decision-making'},
	{id: 'enforcement', zh: '严格规范公正文明执法', en: 'Law enforcement'},
	{id: 'oversight', zh: '权力制约监督', en: 'Oversight and transparency'},
	{id: 'disputes', zh: '矛盾纠纷预防化解', en: 'Resolving disputes'},
	{id: 'capacity', zh: '普法与依法行政能力', en: 'Legal education and capacity'},
] as const satisfies readonly Area[];

export const indicators = [
	{id: 'services.one_thing', area: 'functions', zh: '“一件事”集成服务', en: 'Integrated "one-thing" services', short: '"One-thing" services', unit: '项', accepts: ['个', '组'], polarity: 'higher'},
	{id: 'services.online_rate', area: 'functions', zh: '全程网办率', en: 'Services fully online', short: 'Fully online', unit: '%', accepts: [], polarity: 'higher'},
	{id: 'enforcement.random_inspections', area: 'functions', zh: '“双随机”抽查批次', en: 'Random inspection batches', short: 'Random inspections', unit: '批次', accepts: ['批', '轮'], polarity: 'neutral'},
	{id: 'decisions.major', area: 'decisions', zh: '重大行政决策事项', en: 'Major administrative decisions', short: 'Major decisions', unit: '件', accepts: ['项', '个'], polarity: 'neutral'},
	{id: 'decisions.legality_reviews', area: 'decisions', zh: '合法性审查件数', en: 'Legality reviews', unit: '件', accepts: ['份', '项', '个', '次'], polarity: 'neutral'},
	{id: 'decisions.legal_opinions', area: 'decisions', zh: '法律意见建议', en: 'Legal opinions given', unit: '条', accepts: ['项'], polarity: 'neutral'},
	{id: 'decisions.docs_repealed', area: 'decisions', zh: '废止规范性文件', en: 'Normative documents repealed', short: 'Documents repealed', unit: '件', accepts: ['部', '份', '项', '个'], polarity: 'neutral'},
	{id: 'enforcement.case_file_pass_rate', area: 'enforcement', zh: '执法案卷合格率', en: 'Case files passing review', short: 'Case-file pass rate', unit: '%', accepts: [], polarity: 'higher'},
	{id: 'enforcement.staff_trained', area: 'enforcement', zh: '执法人员培训', en: 'Enforcement officers trained', short: 'Officers trained', unit: '人', accepts: ['名'], polarity: 'higher'},
	{id: 'enforcement.lenient_cases', area: 'enforcement', zh: '免罚轻罚案件', en: 'No- or reduced-penalty cases', short: 'No/reduced penalty', unit: '件', accepts: ['起', '宗'], polarity: 'neutral'},
	{id: 'oversight.npc_suggestions', area: 'oversight', zh: '人大代表建议办理', en: "Deputies' suggestions handled", short: 'NPC suggestions', unit: '件', accepts: ['条', '项', '个'], polarity: 'neutral'},
	{id: 'oversight.cppcc_proposals', area: 'oversight', zh: '政协提案办理', en: 'CPPCC proposals handled', short: 'CPPCC proposals', unit: '件', accepts: ['条', '项', '个'], polarity: 'neutral'},
	{id: 'oversight.audit_projects', area: 'oversight', zh: '审计项目', en: 'Audit projects', unit: '个', accepts: ['项'], polarity: 'neutral'},
	{id: 'transparency.disclosed', area: 'oversight', zh: '主动公开政府信息', en: 'Information proactively disclosed', short: 'Proactive disclosure', unit: '条', accepts: ['件', '项'], polarity: 'higher'},
	{id: 'transparency.requests', area: 'oversight', zh: '依申请公开', en: 'Disclosure requests', unit: '件', accepts: ['份', '条', '个', '项', '例'], polarity: 'neutral'},
	{id: 'reconsideration.received', area: 'disputes', zh: '行政复议收案', en: 'Reconsideration cases received', short: 'Reconsid. received', unit: '件', accepts: ['起', '宗', '个', '例'], polarity: 'neutral'},
	{id: 'reconsideration.closed', area: 'disputes', zh: '行政复议审结', en: 'Reconsideration cases concluded', short: 'Reconsid. concluded', unit: '件', accepts: ['起', '宗', '个', '例'], polarity: 'neutral'},
	{id: 'reconsideration.correction_rate', area: 'disputes', zh: '行政复议纠错率', en: 'Reconsideration correction rate', short: 'Reconsid. corr. rate', unit: '%', accepts: [], polarity: 'lower'},
	{id: 'reconsideration.mediation_rate', area: 'disputes', zh: '行政复议调解和解率', en: 'Reconsideration settled by mediation', short: 'Reconsid. mediated', unit: '%', accepts: [], polarity: 'higher'},
	{id: 'litigation.cases', area: 'disputes', zh: '行政诉讼案件', en: 'Administrative lawsuits', short: 'Admin. lawsuits', unit: '件', accepts: ['起', '宗', '例'], polarity: 'neutral'},
	{id: 'litigation.lost', area: 'disputes', zh: '行政诉讼败诉', en: 'Lawsuits lost', unit: '件', accepts: ['起', '宗', '例'], polarity: 'lower'},
	{id: 'litigation.loss_rate', area: 'disputes', zh: '行政诉讼败诉率', en: 'Lawsuit loss rate', unit: '%', accepts: [], polarity: 'lower'},
	// Each appearance is one person's, so 出庭应诉44次 counts what 44人次 does; 44人 counts heads, not appearances.
	{id: 'litigation.head_appearances', area: 'disputes', zh: '负责人出庭应诉', en: 'Agency heads appearing in court', short: 'Heads in court', unit: '人次', accepts: ['次'], polarity: 'higher'},
	{id: 'litigation.head_appearance_rate', area: 'disputes', zh: '负责人出庭应诉率', en: 'Agency-head appearance rate', short: 'Heads-in-court rate', unit: '%', accepts: [], polarity: 'higher'},
	{id: 'disputes.resolution_rate', area: 'disputes', zh: '行政争议实质性化解率', en: 'Disputes substantively resolved', short: 'Disputes resolved', unit: '%', accepts: [], polarity: 'higher'},
	{id: 'disputes.mediated', area: 'disputes', zh: '调解化解矛盾纠纷', en: 'Disputes resolved by mediation', short: 'Disputes mediated', unit: '件', accepts: ['起', '宗', '例'], polarity: 'neutral'},
	{id: 'disputes.mediation_success_rate', area: 'disputes', zh: '调解成功率', en: 'Mediation success rate', short: 'Mediation success', unit: '%', accepts: [], polarity: 'higher'},
	{id: 'petitions.volume', area: 'disputes', zh: '信访总量', en: 'Petitions received', unit: '件次', accepts: [], polarity: 'lower'},
	{id: 'legal_aid.cases', area: 'disputes', zh: '法律援助案件', en: 'Legal aid cases', unit: '件', accepts: ['宗', '起', '例'], polarity: 'neutral'},
	// One consultation is one person-time (提供法律咨询8982次); 接待咨询12134件 counts matters, a different measure.
	{id: 'legal_services.consultations', area: 'disputes', zh: '法律咨询', en: 'Legal consultations', unit: '人次', accepts: ['次'], polarity: 'neutral'},
	{id: 'education.events', area: 'capacity', zh: '普法宣传活动', en: 'Legal-education events', short: 'Legal-ed. events', unit: '场', accepts: ['场次', '次'], polarity: 'higher'},
	{id: 'education.audience', area: 'capacity', zh: '普法受众', en: 'Legal-education audience', short: 'Legal-ed. audience', unit: '人次', accepts: [], polarity: 'higher'},
	{id: 'training.officials', area: 'capacity', zh: '干部法治培训', en: 'Officials trained in law', short: 'Officials trained', unit: '人次', accepts: [], polarity: 'higher'},
	{id: 'leadership.pre_meeting_study', area: 'capacity', zh: '常务会会前学法', en: 'Law study before executive meetings', short: 'Law study, meetings', unit: '次', accepts: ['场'], polarity: 'higher'},
] as const satisfies readonly Indicator[];

export type IndicatorId = (typeof indicators)[number]['id'];

const byId = new Map<string, Indicator>(indicators.map(indicator => [indicator.id, indicator]));

export function indicatorById(id: string): Indicator | undefined {
	return byId.get(id);
}

export function areaById(id: AreaId): Area {
	return areas.find(area => area.id === id)!;
}
