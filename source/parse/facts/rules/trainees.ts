/**
Who a course trained, as the training rules of two areas read it: enforcement officers (enforcement.ts) and cadres
(capacity.ts). One list that names cadres, then officers (分管领导以及执法骨干共计280余人参加了培训), is of cadres
trained together with officers: the officers' rule sets it aside, the cadres' rule still reads it.
*/

/** Enforcement officers by their several names. */
export const officers = '执法(?:人员|骨干|干部|队员)';

/** Cadres named in a list, and the conjunction that joins the next item to them. */
export const cadresListed = '(?:干部|公务员|党员|领导)(?:[、和及与]|以及)';
