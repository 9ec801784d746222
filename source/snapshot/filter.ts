/**
The --json contract narrowed by the filters every format takes: reports by district and year, their facts by
indicator and area. Apart from the renderers so that --json loads none of them.
*/
import {selectFacts, selectReports, type Filters} from '../model/filters.js';
import type {Report} from '../parse/types.js';

export function filterReports(reports: readonly Report[], filters: Filters): Report[] {
	return selectReports(reports, filters).map(report => ({...report, facts: selectFacts(report, filters)}));
}
