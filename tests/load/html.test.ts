import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

import {toDocument} from '../../source/load/document.js';
import {cleanTitle, htmlToText, looksLikeHtml} from '../../source/load/html.js';
import {parseReport} from '../../source/parse/index.js';
import {explainReport} from '../../source/parse/explain/index.js';

const page = readFileSync(new URL('../fixtures/load/gov-page.html', import.meta.url), 'utf8');

describe('htmlToText on a government CMS page', () => {
	const lines = htmlToText(page).split('\n');

	it('opens with the article title from outside the content container', () => {
		expect(lines[0]).toBe('北京市朝阳区人民政府2023年法治政府建设年度情况报告');
		expect(lines.filter(line => line.includes('年度情况报告'))).toHaveLength(1);
	});

	it('keeps the article sentences, entities decoded, CJK line breaks joined', () => {
		expect(lines).toContain('2023年，朝阳区坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政，法治政府建设取得新进展。');
		expect(lines).toContain('（一）依法全面履行政府职能。深化“放管服”改革，全年办理政务服务事项1,234,567件，“一网通办”率达到98.6%，企业开办时间压缩至0.5天。');
		expect(lines).toContain('（二）严格规范公正文明执法。全区行政执法检查23645次，同比下降3.2%。');
		expect(lines).toContain('二、存在的不足和原因');
		expect(lines).toContain('部分执法人员法治意识有待提高。');
		expect(lines).toContain('持续深化行政执法体制改革；');
		expect(lines.at(-1)).toBe('2024年3月28日');
	});

	it('turns each table row into one line', () => {
		expect(lines).toContain('类别 | 事项 | 数量');
		expect(lines).toContain('行政复议 | 收案 | 47件');
		expect(lines).toContain('行政复议 | 纠错 | 6件');
	});

	it('drops navigation, breadcrumb, scripts, styles, hidden text, share and footer', () => {
		const text = lines.join('\n');
		for (const chrome of ['首页', '政务公开', '当前位置', '搜索', '脚本', 'document.write', 'text-indent', '隐藏的测试文字', '字号', '分享到', '打印本页', '相关链接', '版权所有', 'ICP备', '京公网安备', '欢迎访问']) {
			expect(text, chrome).not.toContain(chrome);
		}
	});
});

describe('htmlToText without a content container', () => {
	const page = `<!doctype html><html><head><title>海淀区2022年法治政府建设报告 - 北京市海淀区人民政府</title>
		<script>alert("x")</script></head><body>
		<header><a>首页</a><a>机构</a></header>
		<div class="top-nav"><a>政务公开</a></div>
		<div class="crumbs">当前位置：首页</div>
		<div class="wrap"><p>一、主要成效</p><p>全年受理行政复议申请&lt;100&gt;件。</p>
		<table><tr><td>行政复议</td><td>收案</td><td>47件<table><tr><td>内</td><td>嵌</td></tr></table></td></tr></table></div>
		<aside>热点新闻</aside>
		<div id="footer">版权所有 京ICP备123号</div></body></html>`;
	const lines = htmlToText(page).split('\n');

	it('reads the body without chrome and puts <title> (site name removed) first', () => {
		expect(lines).toEqual([
			'海淀区2022年法治政府建设报告',
			'一、主要成效',
			'全年受理行政复议申请<100>件。',
			'行政复议 | 收案 | 47件 内 嵌',
		]);
	});
});

describe('HTML detection and edge cases', () => {
	it('treats a .txt that opens like a page as HTML, and a tagless .html as text', () => {
		expect(looksLikeHtml('a.txt', '\n<!DOCTYPE html><html><body><p>甲</p>')).toBe(true);
		expect(looksLikeHtml('a.txt', '<!-- saved --><html lang="zh">')).toBe(true);
		expect(looksLikeHtml('a.txt', '一、<主要>成效\n<p>')).toBe(false);
		expect(looksLikeHtml('a.html', '第一行\n第二行')).toBe(false);
		const document = toDocument('a.html', Buffer.from('第一行\n第二行'), {});
		expect(document).toMatchObject({text: '第一行\n第二行', format: 'text'});
	});

	it('reports a page without text, even when it has a title (filled in by script)', () => {
		expect(toDocument('a.html', Buffer.from('<html><script>var a = 1;</script></html>'), {})).toEqual({file: 'a.html', reason: 'no text in HTML page'});
		const scripted = '<html><head><title>朝阳区2023年法治政府建设报告</title></head><body><div id="app"></div><script>render()</script></body></html>';
		expect(toDocument('a.html', Buffer.from(scripted), {})).toEqual({file: 'a.html', reason: 'no text in HTML page'});
	});

	it('drops chrome inside a generic container, and ignores a container too small to be the article', () => {
		expect(htmlToText('<article><div class="share">分享到微信</div><p>正文第一段。</p></article><p>页脚</p>')).toBe('正文第一段。');
		const sidebar = `<body><div class="side"><div class="content">热点：某某新闻</div></div><div class="main"><p>${'正文很长。'.repeat(20)}</p></div></body>`;
		expect(htmlToText(sidebar)).toBe(`热点：某某新闻\n${'正文很长。'.repeat(20)}`);
	});

	it('sanitizes escapes that only appear once entities are decoded', () => {
		const document = toDocument('a.html', Buffer.from('<p>甲&#27;]0;标题&#7;乙&#x202E;丙</p>'), {});
		expect(document).toMatchObject({text: '甲乙丙'});
	});

	it('reads a page nested 9 000 levels deep, and skips one nested a million deep quickly', () => {
		const nested = (depth: number): string => `${'<div>'.repeat(depth)}深处的文字${'</div>'.repeat(depth)}`;
		expect(htmlToText(nested(9000))).toBe('深处的文字');
		const started = performance.now();
		expect(toDocument('deep.html', Buffer.from(nested(1_000_000)), {})).toEqual({file: 'deep.html', reason: 'HTML nested more than 10000 levels deep'});
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('takes the longest part of a <title> as the article title', () => {
		expect(cleanTitle('朝阳区2023年法治政府建设年度情况报告_政务公开_北京市朝阳区人民政府')).toBe('朝阳区2023年法治政府建设年度情况报告');
		expect(cleanTitle('《法治政府建设实施纲要(2021-2025年)》解读 | 某市')).toBe('《法治政府建设实施纲要(2021-2025年)》解读');
	});
});

describe('a table that compares years, saved in a page', () => {
	const page = `<html><head><title>某某区2024年法治政府建设年度报告</title></head><body><div id="zoom">
		<p>2024年，某某区坚持依法行政。行政复议和应诉情况如下表。</p>
		<table><tr><th>项目</th><th>2023年</th><th>2024年</th></tr>
		<tr><td>行政复议收案</td><td>47件</td><td>56件</td></tr>
		<tr><td>行政诉讼案件</td><td>80件</td><td>89件</td></tr></table>
		<p>全年审结行政复议案件50件。</p></div></body></html>`;

	it('reads the column of the year under review, and keeps the other year\'s as figures with the reason', () => {
		const report = parseReport(htmlToText(page), {file: 'report.html'});
		expect(report.facts.filter(fact => !fact.derived).map(fact => [fact.indicator, fact.value])).toEqual([
			['reconsideration.received', 56],
			['litigation.cases', 89],
			['reconsideration.closed', 50],
		]);
		expect(report.figures.map(figure => figure.value)).toEqual(expect.arrayContaining([47, 80]));
		const entry = explainReport(htmlToText(page), {file: 'report.html'}).entries.find(({expression}) => expression === '47件');
		expect(entry).toMatchObject({outcome: {kind: 'excluded', by: 'other-year'}, why: 'another year: a table column headed 2023年 (kept as a figure)'});
	});

	it('reads a table headed by no year, also after a table that was', () => {
		const text = '某某区2024年法治政府建设年度报告\n项目 | 2023年 | 2024年\n行政复议收案 | 47件 | 56件\n\n类别 | 事项 | 数量\n行政复议 | 审结 | 47件';
		expect(parseReport(text, {file: 'report.txt'}).facts.filter(fact => !fact.derived).map(fact => [fact.indicator, fact.value])).toEqual([
			['reconsideration.received', 56],
			['reconsideration.closed', 47],
		]);
	});
});
