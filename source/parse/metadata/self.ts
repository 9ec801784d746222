/**
The report's own level, from how it speaks of itself: 我市, 全县, 区政府常务会议, 自治区人民政府, 管委会. A
report names its own level far more often than its parent's (在市委、市政府领导下 is said once; 全区, 区政府
常务会议 all through), so the level most spoken of is the report's. The level decides which places can be
the report itself: a city report's 我市 outweighs the district it names in an award sentence.
*/

/** Levels as the suffix of the report's own name; 'zone' for zones (管委会, 党工委). */
export type Level = '省' | '自治区' | '市' | '州' | '盟' | '县' | '旗' | '区' | 'zone';

export type Votes = {
	/** Every vote: 全区, 区委 and the like included. */
	readonly levels: Map<Level, number>;
	/**
	Votes only a report's own voice casts: 我区, its government's executive meeting, the level its opening
	names (县委、县政府坚持…). 全市 is not among them: a district writes 入选全市典型 as often as 全区.
	*/
	readonly own: Map<Level, number>;
	/** 区委 and 区政府: they tell a district (区委) from an autonomous region (自治区党委) when both say 全区. */
	districtOrgans: number;
};

export const noVotes = (): Votes => ({levels: new Map(), own: new Map(), districtOrgans: 0});

// One pattern, one pass per line. 全市 after 入选, 获评, 在 … or before 第一, 唯一, 试点 … ranks the report among
// its parent's districts and says nothing of its own level.
const words =
	/我(省|市|区|县|州|旗|盟)|(?<!入选|获评|评为|在|居|列|位居|作为)全(省|市|区|县|州|旗|盟)(?!委|第|首|唯一|率先|试点|典型|优秀|先进|排名|前列|推广)|(?<!自治)(省|市|区|县|州|旗)(?:人民)?政府常务会|(自治区)(?:人民政府|党委|政府)|(管委会|党工委|管理委员会)|(?<!自治|[我全])(省|市|区|县|州|旗)(?:委|人民政府|政府)/gu;

export function vote(text: string, votes: Votes): void {
	words.lastIndex = 0;
	for (let match = words.exec(text); match; match = words.exec(text)) {
		const [, mine, whole, meeting, autonomous, zone, organ] = match;
		if (mine) add(votes, mine as Level, 3, true);
		else if (whole) add(votes, whole as Level, 1, false);
		else if (meeting) add(votes, meeting as Level, 2, true);
		else if (autonomous) add(votes, '自治区', 2, false);
		else if (zone) add(votes, 'zone', 2, false);
		else if (organ) add(votes, organ as Level, 1, false);
		if (meeting === '区' || organ === '区') votes.districtOrgans++;
	}
}

export function add(votes: Votes, level: Level, weight: number, own: boolean): void {
	votes.levels.set(level, (votes.levels.get(level) ?? 0) + weight);
	if (own) votes.own.set(level, (votes.own.get(level) ?? 0) + weight);
}

const clearlyFirst = (counts: ReadonlyMap<Level, number>): Level | null => {
	const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
	return !first || (second && second[1] === first[1]) ? null : first[0];
};

export type SelfLevel = {
	/** The level spoken of most, all votes counted: which places the text's tallies may name. */
	readonly level: Level | null;
	/** The level the report's own voice speaks as, if any: enough to overrule an opening's subject. */
	readonly own: Level | null;
};

/** 全区 in a report that says 自治区人民政府 more than 区政府 is the region's. */
export function selfLevel(votes: Votes): SelfLevel {
	const region = (level: Level | null): Level | null =>
		level === '区' && (votes.levels.get('自治区') ?? 0) > 2 * votes.districtOrgans ? '自治区' : level;
	return {level: region(clearlyFirst(votes.levels)), own: region(clearlyFirst(votes.own))};
}
