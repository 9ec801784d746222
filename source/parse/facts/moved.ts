/**
A figure that moved from one value to another: 出庭应诉率从85%提升至100%, 败诉率从2023年的12.5%降至2024年的6.2%,
受理案件从上年的120件增加到150件. The value it reached is the figure, read with the subject written before 从 or 由;
the value it started from is no figure of the year (facts/amount.ts).
*/

/** A lead that ends where a move starts: the subject, then 从 or 由 and maybe the year or time it started from. */
const fromLead = /^(.+)[从由](?:(?:19|20)\d{2}\s*年度?|去年|上年|上一年度?|原来|以前|过去)?的?$/u;

/** The verb of where a figure moved to. */
const toVerb = '(?:提升|提高|上升|增长|增加|下降|降低|减少|回落|压降|降|升|增|减)(?:至|到)';

/** A lead that says only where the figure moved to (提升至, 降至2024年的). */
export const movedTo = new RegExp(`^${toVerb}(?:(?:19|20)\\d{2}\\s*年度?的?)?$`, 'u');

/** What follows a move's starting figure: the verb of where it moved to. */
export const movesOn = new RegExp(`^\\s*${toVerb}`, 'u');

/** The subject a move's starting figure was written with (行政机关负责人出庭应诉率 of …出庭应诉率从), or ''. */
export function subjectOfMove(lead: string): string {
	return fromLead.exec(lead)?.[1]?.trim() ?? '';
}
