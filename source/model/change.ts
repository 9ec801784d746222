/**
A value's change on the year before, shown beside it. Three sources, told apart as
stated and derived values are: the report's own 同比 (stated), the district's report
of the year before (computed from two reports), or a year-before or this-year value
derived from a 同比 statement (derived). A rate changes in percentage points, any
other count relatively.
*/
import type {Indicator} from '../catalog/indicators.js';
import type {Fact, ReportSummary} from '../parse/types.js';
import type {Cell, Derived} from './comparison.js';
import {statedHeadlines} from './headline.js';
import {districtId, yearKey} from './identity.js';

export type ChangeKind = 'stated' | 'computed' | 'derived';

export type Change = {
	readonly kind: ChangeKind;
	/** Signed: a fall is negative. */
	readonly value: number;
	/** 'pct' relative to the year before, 'pp' percentage points (a rate). */
	readonly unit: 'pct' | 'pp';
};

/** A report's cells' changes: what the year before holds is looked up once per report, then per indicator. */
export type ChangeOf = (report: ReportSummary) => (indicator: Indicator, cell: Cell) => Change | undefined;

function between(now: Fact, before: Fact, indicator: Indicator, kind: ChangeKind): Change | undefined {
	if (now.unit !== before.unit) {
		return undefined;
	}

	if (indicator.unit === '%') {
		return {kind, value: now.value - before.value, unit: 'pp'};
	}

	// From nothing, a relative change has no size.
	return before.value === 0 ? undefined : {kind, value: ((now.value - before.value) / before.value) * 100, unit: 'pct'};
}

const none = () => undefined;

/**
For each cell of a report, its change on the year before: stated beats computed beats derived, as a
stated value beats a derived one. `derivedFor` is the comparison's lookup of values later reports derive.
*/
export function changeLookup(corpus: readonly ReportSummary[], derivedFor: (report: ReportSummary) => ReadonlyMap<string, Derived>): ChangeOf {
	const byYear = new Map<string, ReportSummary>();
	for (const report of corpus) {
		const key = yearKey(districtId(report), report.year);
		if (report.year !== null && !byYear.has(key)) {
			byYear.set(key, report);
		}
	}

	return report => {
		if (report.year === null) {
			return none;
		}

		const earlier = byYear.get(yearKey(districtId(report), report.year - 1));
		const stated = earlier === undefined ? new Map<string, Fact>() : statedHeadlines(earlier);
		// The year before as a later report derived it (this one, or another of the district's): asked only when
		// neither the report nor the year before's states it, as a derivation lookup builds a map each time.
		let derived: ReadonlyMap<string, Derived> | undefined;
		const derivedBefore = () => {
			derived ??= derivedFor({...report, year: report.year! - 1});
			return derived;
		};

		return (indicator, cell) => {
			const now = cell.fact ?? cell.derived?.fact ?? null;
			if (now === null) {
				return undefined;
			}

			if (cell.fact?.yoy) {
				return {kind: 'stated', value: cell.fact.yoy.value, unit: cell.fact.yoy.kind};
			}

			const before = stated.get(indicator.id);
			if (before !== undefined) {
				return between(now, before, indicator, cell.fact === null ? 'derived' : 'computed');
			}

			const prior = derivedBefore().get(indicator.id);
			return prior === undefined ? undefined : between(now, prior.fact, indicator, 'derived');
		};
	};
}
