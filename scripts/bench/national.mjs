/**
A national corpus in memory, to time the dashboard (never to test it): the five
seeds' parsed reports cloned onto real divisions of the gazetteer, each district
for the ten years 2015–2024, its values varied so sorts, bars and charts have
something to order. No text is parsed, so 30,000 reports take a second to make;
scripts/bench/corpus.mjs makes files instead, for the loader's benchmark.

	import {nationalReports, corpusDataTime} from './bench/national.mjs';
	const reports = await nationalReports(3000);
	const ms = await corpusDataTime(reports, {view: 'compare'});

Run alone (node scripts/bench/national.mjs [count…]) it prints the time to build the
dashboard's per-corpus data for each count (default 3000 and 30000).
*/
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadApp} from './app.mjs';
import {median} from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const firstYear = 2015;
export const years = 10;

/** The five seeds, parsed. */
export async function seedReports() {
	const {parseReport} = await loadApp();
	const seeds = join(root, 'seeds');
	return readdirSync(seeds).sort().map(name => parseReport(readFileSync(join(seeds, name), 'utf8'), {file: join('seeds', name)}));
}

/** A number in [0, 1) from a string, the same on every run. */
function unit(text) {
	let hash = 2_166_136_261;
	for (let index = 0; index < text.length; index++) {
		hash = Math.imul(hash ^ text.charCodeAt(index), 16_777_619);
	}

	return (hash >>> 0) / 2 ** 32;
}

// Counts scale by half to double and stay whole; a rate moves a few points and stays under 100%.
function vary(fact, salt) {
	const roll = unit(salt);
	if (fact.unit === '%') {
		return Math.min(100, Math.round((fact.value * (0.9 + (roll * 0.2))) * 100) / 100);
	}

	return Math.max(1, Math.round(fact.value * (0.5 + (roll * 1.5))));
}

function clone(seed, place, year) {
	const shift = year - (seed.year ?? year);
	const file = `national/${place.district.province}/${place.district.code}-${year}.txt`;
	const facts = seed.facts.map((fact, index) => ({
		...fact,
		value: vary(fact, `${file}#${index}`),
		derived: fact.derived === null ? null : {...fact.derived, year: fact.derived.year === null ? null : fact.derived.year + shift},
	}));
	// Its own outline array, so the per-outline caches cost what they would on real reports.
	return {...seed, file, district: place.district, year, facts, outline: [...seed.outline]};
}

/**
`count` reports: districts spread evenly over the country in code order (so every
province has some), ten years each, oldest first; cities join the counties when
there are not enough counties (2,974) for the count.
*/
export async function nationalReports(count, {seeds} = {}) {
	const {gazetteer, fullNameOf, provinceOf, cityOf} = await loadApp();
	const templates = seeds ?? await seedReports();
	const all = [...gazetteer().byCode.values()];
	const counties = all.filter(division => division.level === 'county');
	const pool = [...counties, ...all.filter(division => division.level === 'city')];
	const wanted = Math.min(pool.length, Math.ceil(count / years));
	const from = wanted <= counties.length ? counties : pool;
	const reports = [];
	for (let index = 0; index < wanted && reports.length < count; index++) {
		const division = from[Math.floor((index * from.length) / wanted)];
		const place = {district: {name: division.name, fullName: fullNameOf(division), province: provinceOf(division).name, city: cityOf(division)?.name ?? null, code: division.code}};
		for (let year = firstYear; year < firstYear + years && reports.length < count; year++) {
			reports.push(clone(templates[(index + year) % templates.length], place, year));
		}
	}

	return reports;
}

/** Median ms to build what the dashboard computes once per corpus before its first frame (screen/data viewData). */
export async function corpusDataTime(reports, {view = 'compare', runs = 5} = {}) {
	const {viewData, initialState} = await loadApp();
	const samples = [];
	for (let index = 0; index < runs; index++) {
		// Fresh objects each run: caches keyed on a corpus or a report must not carry over, as they would not after a load.
		const corpus = reports.map(report => ({...report, outline: [...report.outline]}));
		const start = performance.now();
		viewData(corpus, initialState('zh', view));
		samples.push(performance.now() - start);
	}

	return median(samples);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const counts = process.argv.slice(2).map(Number).filter(Number.isInteger);
	for (const count of counts.length > 0 ? counts : [3000, 30_000]) {
		const reports = await nationalReports(count);
		for (const view of ['compare', 'indicator']) {
			const ms = await corpusDataTime(reports, {view, runs: count > 10_000 ? 3 : 5});
			console.log(`per-corpus data, ${view}, ${reports.length} reports: ${ms.toFixed(1)} ms median`);
		}
	}

	process.exit(0);
}
