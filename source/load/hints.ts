/**
File name → hints (朝阳区2023.txt, 2023年朝阳区法治政府建设报告.html, yancheng_yandu_2024.txt; chaoyang-2023.html
gives only its year, pinyin counting only as a pair). Only what the name states plainly; the parser decides whether
to trust it over the text.
*/
import {basename, extname} from 'node:path';

import {fullNameOf} from '../parse/metadata/divisions.js';
import {divisionInPinyin} from '../parse/metadata/pinyin.js';
import type {Hints} from '../parse/types.js';

// Words that follow a place name in report titles; the place name ends where they start.
const afterPlace = /人民政府|政府|法治|依法|关于|年|报告|工作|情况|建设|的/;
const placeSuffix = /[区县市旗]$/;
// Words that end like a place and name none: 全市2024.txt, 城区汇总.txt, 本县清单.txt.
const noPlace = /^(?:全|本|我|各|该|辖|市区|城区|城市|县城|地区|社区|小区|园区|景区|郊区)/;

function districtIn(name: string): string | undefined {
	for (const run of name.match(/[\u4e00-\u9fff]+/g) ?? []) {
		// 2023年朝阳区… leaves 年朝阳区… after the digits are gone.
		const place = run.replace(/^年度?/, '').split(afterPlace)[0] ?? '';
		if (place.length >= 2 && place.length <= 16 && placeSuffix.test(place) && !noPlace.test(place)) {
			return place;
		}
	}

	return undefined;
}

// A content hash (000_9fca2023e1b7.txt) can contain 2023 by chance.
const hashLike = /^[\da-f]{8,}$/i;

// A span of years (纲要2021-2025年) names a plan, not the year a report covers.
const yearSpan = /(?:19|20)\d\d\s*[-–—~～至到]\s*(?:19|20)\d\d/g;

function yearIn(fileName: string): number | undefined {
	const name = fileName.replace(yearSpan, ' ');
	const found: Array<{year: number; stated: boolean}> = [];
	for (const token of name.matchAll(/[\dA-Za-z]+/g)) {
		if (hashLike.test(token[0]) && /[a-f]/i.test(token[0])) {
			continue;
		}

		for (const match of token[0].matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) {
			const end = token.index + match.index + 4;
			found.push({year: Number(match[0]), stated: name[end] === '年'});
		}
	}

	// 2023年 is a statement; two different bare years (朝阳区2019对比2023) are not.
	const stated = found.find(candidate => candidate.stated);
	if (stated) {
		return stated.year;
	}

	const years = new Set(found.map(candidate => candidate.year));
	return years.size === 1 ? found[0]?.year : undefined;
}

/** A division named in pinyin as a pair (yancheng_yandu, lijiang_city), written out in full: 江苏省盐城市盐都区. */
function districtInPinyin(name: string): string | undefined {
	const words = name.toLowerCase().match(/[a-z]+/g);
	const division = words && words.length >= 2 ? divisionInPinyin(words) : null;
	return division ? fullNameOf(division) : undefined;
}

/**
Hints from the file name alone: a district written in Chinese with 区/县/市/旗, or in pinyin with its parent or its
level, and a 19xx/20xx year.
*/
export function hintsFromName(file: string): Hints {
	const name = basename(file, extname(file));
	const district = districtIn(name) ?? districtInPinyin(name);
	const year = yearIn(name);
	return {...(district === undefined ? {} : {district}), ...(year === undefined ? {} : {year})};
}
