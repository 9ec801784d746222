import type {District, Hints, Origin} from '../types.js';
import type {Line} from '../lines.js';
import {readDistrict} from './district.js';
import {readLayout} from './layout.js';
import {readPublished} from './published.js';
import {readYear} from './year.js';

export type Metadata = {
	readonly district: District;
	readonly year: number | null;
	/** ISO date (YYYY-MM-DD) the report was signed, when it states one. */
	readonly published: string | null;
	readonly origin: {readonly district: Origin; readonly year: Origin};
};

/**
A report's district, year under review and signing date, from its cleaned, simplified lines. The text
wins over the hints (which usually come from a file name); a hint fills in only what the text never states.
*/
export function readMetadata(lines: readonly Line[], hints: Hints = {}): Metadata {
	const layout = readLayout(lines);
	const {district, origin: districtOrigin} = readDistrict(layout, hints.district);
	const stated = readYear(layout);
	const year = stated ?? hints.year ?? null;
	const yearOrigin: Origin = stated !== null ? 'text' : year !== null ? 'filename' : 'none';
	return {
		district,
		year,
		published: readPublished(layout),
		origin: {district: districtOrigin, year: yearOrigin},
	};
}
