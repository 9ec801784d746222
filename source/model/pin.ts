/**
The benchmarked district's name as the columns write it (朝阳区·北京 where two share a name), looked up among
every column of the comparison, so the header names the pin even while a filter or another group hides it.
*/
import type {Comparison} from './comparison.js';
import {districtId} from './identity.js';
import {labelOf, type Lang} from './labels.js';

export function pinnedLabel(comparison: Comparison, pinned: string | null, lang: Lang): string | null {
	if (pinned === null) {
		return null;
	}

	const column = comparison.columns.find(each => districtId(each.report) === pinned);
	if (column === undefined) {
		return pinned;
	}

	return column.district === null ? column.report.district.name ?? pinned : labelOf(column.district, lang);
}
