/**
--format gold: the reviewed reports in the shape of the project's gold files, so a
team's review measures the next parser (`node score.mjs gold.json FOLDER`). A report
is written when a person decided on at least one of its numbers. `facts` holds the
values a person vouched for (confirmed, corrected, added); `also` the parser's other
readings nobody judged, which a score then neither requires nor counts against the
parser; a rejected reading is in neither, so a parser that still emits it loses. A
conflict between review files is nobody's judgement yet: it stays in `also`.
*/
import type {Fact, ReportSummary} from '../parse/types.js';
import {basename} from 'node:path';
import {byPerson, type ReviewedFact} from '../review/apply.js';

type GoldFact = [string, number] | [string, number, {approx?: true; yoy?: Fact['yoy']}];

function goldFact(fact: Fact): GoldFact {
	const extra = {...(fact.approx ? {approx: true as const} : {}), ...(fact.yoy === null ? {} : {yoy: fact.yoy})};
	return Object.keys(extra).length === 0 ? [fact.indicator, fact.value] : [fact.indicator, fact.value, extra];
}

export function renderGold(reports: readonly ReportSummary[]): string {
	const written = reports.flatMap(report => {
		const facts = report.facts as ReviewedFact[];
		if (!facts.some(fact => fact.review !== undefined)) {
			return [];
		}

		const stated = facts.filter(fact => fact.derived === null);
		const {district} = report;
		return [{
			// As the gold files name reports: by base name, found in the folder the score is given.
			file: basename(report.file),
			district: district.name,
			fullName: district.fullName,
			province: district.province,
			code: district.code,
			year: report.year,
			facts: stated.filter(fact => byPerson(fact)).map(goldFact),
			also: stated.filter(fact => fact.review === undefined || fact.review.action === 'conflict').map(goldFact),
		}];
	});
	const about = 'Written by rol-dash --format gold from review files: facts are the values a person confirmed, corrected or added; also are the parser\'s readings nobody judged; rejected readings are in neither.';
	// One fact a line, as the gold files are kept: a diff between two reviews reads fact by fact.
	const list = (facts: readonly GoldFact[]) => (facts.length === 0 ? '[]' : `[\n${facts.map(fact => `    ${JSON.stringify(fact)}`).join(',\n')}\n   ]`);
	const reportText = ({facts, also, ...head}: (typeof written)[number]) => {
		const fields = Object.entries(head).map(([key, value]) => `   ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
		return `  {\n${[...fields, `   "facts": ${list(facts)}`, `   "also": ${list(also)}`].join(',\n')}\n  }`;
	};

	return `{\n "about": ${JSON.stringify(about)},\n "reports": [${written.length === 0 ? '' : `\n${written.map(reportText).join(',\n')}\n `}]\n}\n`;
}
