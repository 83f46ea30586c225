/**
 * Public injection vectors as titles, summaries and topic labels, through the
 * real feed writers, read back with a real XML parser, then read the way a
 * feed reader that does not sanitise reads HTML-typed fields (RSS title,
 * description and category; Atom type="html"): each must be plain text there,
 * with no element at all, reading exactly as written (issues #15.1, #14.12).
 */
import { XMLParser } from 'fast-xml-parser';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test } from 'vitest';
import { renderAtom } from '../../../src/lib/feeds/atom.ts';
import { renderJsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import type { FeedChannel } from '../../../src/lib/feeds/model.ts';
import { renderRss } from '../../../src/lib/feeds/rss.ts';
import { excerptFromMarkdown } from '../../../src/lib/markdown/excerpt.ts';
import { replaceForbiddenCharacters } from '../../../src/lib/text/characters.ts';
import { ALL_VECTORS, BLNS_MARKUP } from '../../fixtures/vectors/xss.ts';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	trimValues: false,
	parseTagValue: false,
	isArray: (name) => ['item', 'entry', 'category'].includes(name),
});

/** What a non-sanitising reader makes of an HTML field: its elements, and its text. */
function asHtml(html: string): { elements: string[]; text: string } {
	const elements: string[] = [];
	let text = '';
	const stack: DefaultTreeAdapterTypes.ChildNode[] = [...parseFragment(html).childNodes];
	while (stack.length) {
		const node = stack.shift()!;
		if ('tagName' in node) {
			elements.push(node.tagName);
			stack.unshift(...node.childNodes);
		} else if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
	}
	return { elements, text };
}

/** How the text should read: characters XML cannot carry replaced, line ends as XML and HTML parsers give them. */
const expected = (text: string) =>
	replaceForbiddenCharacters(text)
		.replace(/\r\n?/g, '\n')
		.replace(/\u0000/g, '\ufffd');

const channelOf = (vector: string): FeedChannel => ({
	title: `News ${vector}`,
	description: vector,
	lang: 'en',
	homeUrl: 'https://www.example.org/news/',
	selfUrl: 'https://www.example.org/feeds/news.rss',
	updated: '2012-03-09',
	author: { name: 'UNODC', url: 'https://www.example.org/' },
	items: [
		{
			id: 'https://www.example.org/news/x/',
			url: 'https://www.example.org/news/x/',
			title: vector,
			date: '2012-03-09',
			summary: vector,
			contentHtml: '<p>Body.</p>',
			categories: [{ term: 'x', label: vector }],
			lang: 'en',
		},
	],
});

test('the corpus is loaded', () => {
	expect(BLNS_MARKUP.length).toBeGreaterThan(100);
	expect(ALL_VECTORS.length).toBeGreaterThan(BLNS_MARKUP.length);
});

describe('RSS: HTML-typed fields read as the text, with no element', async () => {
	const docs = await Promise.all(ALL_VECTORS.map(async (vector) => [vector, parser.parse(await renderRss(channelOf(vector))).rss.channel] as const));
	test.each(docs.map(([vector, channel], index) => [index, vector, channel]))('vector %i: %j', (_, vector, channel) => {
		const item = channel.item[0];
		for (const [field, value, text] of [
			['channel title', channel.title, `News ${vector}`],
			['channel description', channel.description, vector],
			['title', item.title, vector],
			['description', item.description, vector],
			['category', item.category[0], vector],
		] as const) {
			const read = asHtml(String(value));
			expect(read.elements, field).toEqual([]);
			expect(read.text, field).toBe(expected(text));
		}
	});
});

describe('Atom: type="html" fields read as the text, with no element', () => {
	test.each(ALL_VECTORS.map((vector, index) => [index, vector]))('vector %i: %j', (_, vector) => {
		const entry = parser.parse(renderAtom(channelOf(vector))).feed.entry[0];
		for (const [field, value] of [
			['title', entry.title['#text']],
			['summary', entry.summary['#text']],
		] as const) {
			const read = asHtml(String(value));
			expect(read.elements, field).toEqual([]);
			expect(read.text, field).toBe(expected(vector));
		}
		expect(entry.category[0]['@label']).toBe(expected(vector).replace(/[\t\n]/g, ' '));
	});
});

test('JSON Feed: plain-text fields are the text', () => {
	for (const vector of ALL_VECTORS) {
		const item = JSON.parse(renderJsonFeed(channelOf(vector))).items[0];
		expect(item.title).toBe(replaceForbiddenCharacters(vector));
		expect(item.summary).toBe(replaceForbiddenCharacters(vector));
	}
});

test('an ordinary body mentioning markup in code gives an excerpt that stays text in RSS (issue #15.1)', async () => {
	const summary = excerptFromMarkdown('Use `<img src=x onerror=alert(1)>` to test.');
	expect(summary).toBe('Use <img src=x onerror=alert(1)> to test.');
	const description = parser.parse(await renderRss({ ...channelOf('x'), items: [{ ...channelOf('x').items[0]!, summary }] })).rss.channel.item[0].description;
	expect(asHtml(description)).toEqual({ elements: [], text: summary });
});
