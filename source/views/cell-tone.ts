/**
How a value cell looks: derived values apart from stated ones, a value in another measure
than its row's muted, the row's best and worst (decided in model/extremes.ts) in their
tones, and a stated year-on-year change that went the better or worse way.
*/
import type {Indicator} from '../catalog/indicators.js';
import {sameMeasure, shownFact, trendOf, type Cell, type Standing} from '../model/index.js';
import type {Token} from './theme.js';

export function cellTone(cell: Cell, indicator: Indicator, standing: Standing = null): Token {
	const fact = shownFact(cell);
	if (fact === null || !sameMeasure(fact, indicator)) {
		return 'text.muted';
	}

	if (fact.derived !== null) {
		return 'derived';
	}

	if (standing !== null) {
		return standing === 'best' ? 'rank.best' : 'rank.worst';
	}

	const trend = trendOf(fact, indicator);
	return trend === null ? 'text.primary' : trend === 'good' ? 'status.good' : 'status.bad';
}
