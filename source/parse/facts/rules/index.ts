import {oneShape, type Rule} from '../rule.js';
import {capacityRules} from './capacity.js';
import {decisionsRules} from './decisions.js';
import {disputesRules} from './disputes.js';
import {enforcementRules} from './enforcement.js';
import {functionsRules} from './functions.js';
import {oversightRules} from './oversight.js';

/** Every rule; adding one is adding it to its area's file. Earlier rules win ties. */
export const rules: readonly Rule[] = [
	...functionsRules,
	...decisionsRules,
	...enforcementRules,
	...oversightRules,
	...disputesRules,
	...capacityRules,
].map(oneShape);
