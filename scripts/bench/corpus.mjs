/**
The scale corpus: N synthetic reports made from the five seeds, each rewritten to
a real county-level division and a year 2015–2024, filed by province and city as
a user's collection would be. Used only to time; written under .bench/ (ignored
by git) and reused while the seeds and the parameters are unchanged.
*/
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {bundle} from './bundle.mjs';

// Bump when the way files are made changes, so an old cache is not reused.
const version = 2;
const seedsDir = 'seeds';
export const firstYear = 2015;
export const years = 10;

/** What each seed says about itself; every other name in it is left alone. */
const seedFacts = [
	{prefix: '000_', district: '朝阳区', short: '朝阳', year: 2024, province: '北京市'},
	{prefix: '001_', district: '江北区', short: '江北', year: 2024, province: '重庆市', provinceShort: '重庆'},
	{prefix: '002_', district: '示范区', cityDistrict: '开封市示范区', year: 2024, province: '河南省', city: '开封市', cityShort: '开封'},
	{prefix: '003_', district: '门头沟区', short: '门头沟', year: 2020, province: '北京市'},
	{prefix: '004_', district: '城阳区', short: '城阳', year: 2024, province: '山东省', provinceShort: '山东', city: '青岛市'},
];

const shortOf = name => (name.length >= 3 && name.length <= 4 && /[区县市旗]$/u.test(name) ? name.slice(0, -1) : name);
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Old name → new name for one seed and one division; replaced in one pass so a new name is never rewritten again. */
function renames(seed, place) {
	const pairs = [
		[seed.cityDistrict, `${place.city ?? place.province}${place.name}`],
		[seed.district, place.name],
		[seed.short, shortOf(place.name)],
		// A municipality stands where the new place has a province and a city.
		[seed.province, seed.city ? place.province : `${place.province}${place.city ?? ''}`],
		[seed.provinceShort, place.province.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/u, '')],
		[seed.city, place.city ?? place.province],
		[seed.cityShort, shortOf(place.city ?? place.province)],
	].filter(([from]) => from);
	const map = new Map(pairs);
	// Longest first, so 开封市示范区 wins over 示范区.
	const pattern = new RegExp([...map.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
	return text => text.replace(pattern, found => map.get(found));
}

// A span of years (纲要(2021—2025年)) names a plan period and stays as written.
const yearPattern = /(?<!\d)20\d\d\s*[-–—~～至到]\s*20\d\d(?!\d)|(?<!\d)20\d\d(?!\d)/gu;

/** The report year, the year before (同比) and the plan year after move by the same step. */
function moveYears(text, from, to) {
	return text.replace(yearPattern, year => (year.length === 4 && Math.abs(Number(year) - from) <= 1 ? String(Number(year) + to - from) : year));
}

/** County-level divisions spread over the whole country, the given count of them (repeating when asked for more). */
function divisionsFor(count, divisions) {
	const all = [...divisions.gazetteer().byCode.values()].filter(division => division.level === 'county');
	return Array.from({length: count}, (_, index) => {
		const division = all[count <= all.length ? Math.floor((index * all.length) / count) : index % all.length];
		const city = divisions.cityOf(division);
		return {
			...division,
			province: divisions.provinceOf(division).name,
			city: city?.name ?? null,
			copy: Math.floor(index / all.length),
		};
	});
}

function fingerprint(n, seeds) {
	const hash = createHash('sha256').update(JSON.stringify({version, n, firstYear, years}));
	for (const seed of seeds) hash.update(seed.text);
	return hash.digest('hex').slice(0, 16);
}

/**
Makes (or reuses) .bench/corpus-N/ and returns {dir, files, bytes}. Report k is
division ⌊k / 10⌋ and year 2015 + k mod 10; past ~2,970 divisions a place
comes round again as a second copy, which the loader flags as a duplicate.
*/
export async function scaleCorpus(n, {log = () => {}} = {}) {
	const seeds = readdirSync(seedsDir).sort().map(name => {
		const facts = seedFacts.find(seed => name.startsWith(seed.prefix));
		if (!facts) throw new Error(`no facts for seed ${name}`);
		return {...facts, text: readFileSync(join(seedsDir, name), 'utf8')};
	});
	const dir = join('.bench', `corpus-${n}`);
	const stamp = join(dir, '.params');
	const params = fingerprint(n, seeds);
	if (existsSync(stamp) && readFileSync(stamp, 'utf8').startsWith(params)) {
		return JSON.parse(readFileSync(stamp, 'utf8').slice(params.length + 1));
	}

	log(`generating ${n} reports in ${dir} …`);
	rmSync(dir, {recursive: true, force: true});
	const divisions = await bundle('source/parse/metadata/divisions.ts', 'divisions');
	const places = divisionsFor(Math.ceil(n / years), divisions);
	const folders = new Set();
	let bytes = 0;
	for (let k = 0; k < n; k++) {
		const place = places[Math.floor(k / years)];
		const year = firstYear + (k % years);
		const seed = seeds[Math.floor(k / years) % seeds.length];
		const text = moveYears(renames(seed, place)(seed.text), seed.year, year);
		const copy = place.copy > 0 ? ` (${place.copy + 1})` : '';
		const file = join(dir, place.province, place.city ?? '', `${year}年${place.name}法治政府建设年度报告${copy}.txt`);
		if (!folders.has(dirname(file))) {
			mkdirSync(dirname(file), {recursive: true});
			folders.add(dirname(file));
		}

		writeFileSync(file, text);
		bytes += Buffer.byteLength(text);
	}

	const made = {dir, files: n, bytes};
	writeFileSync(stamp, `${params} ${JSON.stringify(made)}`);
	return made;
}

/**
scaleCorpus in a process of its own. Making a corpus leaves the process that made it
slower to parse in (a fresh clone's benchmark measured the parser at 31.6 MB/s right
after making the 3,000 texts, 44.1 and 55.9 MB/s with them made beforehand), so the
benchmark never makes one in the process that measures.
*/
export function scaleCorpusApart(n) {
	const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(n)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
	if (child.status !== 0) {
		throw new Error(`making the ${n}-report corpus failed (exit ${child.status})`);
	}

	return JSON.parse(child.stdout);
}

// Run alone (node scripts/bench/corpus.mjs N): makes or reuses .bench/corpus-N, says so on stderr, prints what it made.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const made = await scaleCorpus(Number(process.argv[2]), {log: message => process.stderr.write(`${message}\n`)});
	process.stdout.write(JSON.stringify(made));
}
