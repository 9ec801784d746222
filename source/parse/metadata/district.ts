import type {Layout} from './layout.js';
import {type Decision, decide} from './decide.js';
import {gatherEvidence} from './evidence.js';

/** The report's district: its evidence gathered once, then one ranked decision (decide.ts). */
export function readDistrict(layout: Layout, hint?: string): Decision {
	return decide(gatherEvidence(layout), hint);
}
