export {buildComparison, compareReports, derivedYear, sameDistrict, shownFact, type Cell, type Column, type Comparison, type Derived, type Group, type Row} from './comparison.js';
export {isAreaId, matchesDistrict, matchesIndicator, selectFacts, selectIndicators, selectReports, unmatchedIndicatorQueries, type Filters} from './filters.js';
export {formatCell, formatFact, formatNumber, legendEntries, marks, trendOf, type FormatOptions, type Trend} from './format.js';
export {firstInResults, headlineFact} from './headline.js';
export {isLang, labelOf, langs, unitLabel, words, type Labelled, type Lang} from './labels.js';
