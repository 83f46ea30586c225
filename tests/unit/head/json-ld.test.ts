import { describe, expect, test } from 'vitest';
import { escapeJsonForHtml, serializeJsonLd } from '../../../src/lib/head/json-ld.ts';
import { entryJsonLd, websiteJsonLd, type JsonLdEntry } from '../../../src/lib/head/structured-data.ts';

const NASTY = `Fish & "chips" <b> 'x' </script><script>alert(1)</script> <!-- \u2028 end`;
const publisher = { name: 'UNODC', url: 'https://www.example.org/sub/' };
const facts = (overrides: Partial<JsonLdEntry>): JsonLdEntry => ({
	schemaType: 'NewsArticle',
	title: 'T',
	summary: 'S',
	date: '2012-03-07',
	url: 'https://www.example.org/sub/news/t/',
	lang: 'en',
	...overrides,
});

describe('serializeJsonLd', () => {
	test('no value can end the script element, and the JSON is unchanged', () => {
		const out = serializeJsonLd({ '@type': 'Thing', name: NASTY });
		expect(out).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(out)).toEqual({ '@type': 'Thing', name: NASTY });
	});
	test.each([
		['<', '\\u003c'],
		['>', '\\u003e'],
		['&', '\\u0026'],
		['\u2028', '\\u2028'],
	])('escapes %j as %s', (char, escaped) => {
		expect(escapeJsonForHtml(JSON.stringify(char))).toBe(`"${escaped}"`);
	});
	test('drops empty values', () => {
		expect(JSON.parse(serializeJsonLd({ a: undefined, b: '', c: [], d: { e: undefined }, f: 0 }))).toEqual({ d: {}, f: 0 });
	});
});

describe('entryJsonLd', () => {
	test.each(['Report', 'Book', 'CreativeWork'])('a %s is a creative work in the languages it is available in', (type) => {
		expect(entryJsonLd(facts({ schemaType: type, languages: ['en', 'fr'] }), publisher)).toMatchObject({
			'@type': type,
			inLanguage: ['en', 'fr'],
			datePublished: '2012-03-07',
			headline: 'T',
		});
	});
	test('news is a NewsArticle', () => {
		expect(entryJsonLd(facts({ keywords: ['A', 'B'], image: 'https://www.example.org/sub/i.jpg' }), publisher)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'T',
			datePublished: '2012-03-07',
			keywords: 'A, B',
			image: ['https://www.example.org/sub/i.jpg'],
			publisher: { '@type': 'Organization', name: 'UNODC' },
		});
	});
	test('an event has dates and a place', () => {
		expect(entryJsonLd(facts({ schemaType: 'Event', startDate: '2012-03-20', endDate: '2012-03-22', location: 'Vienna' }), publisher)).toMatchObject({
			'@type': 'Event',
			name: 'T',
			startDate: '2012-03-20',
			endDate: '2012-03-22',
			location: { '@type': 'Place', name: 'Vienna' },
		});
	});
	test('an event without dates falls back to the posting date', () => {
		expect(entryJsonLd(facts({ schemaType: 'Event' }), publisher)).toMatchObject({ startDate: '2012-03-07', endDate: '2012-03-07' });
	});
	test('the home page is a WebSite', () => {
		expect(websiteJsonLd({ name: 'N', url: 'https://www.example.org/sub/', description: 'D', lang: 'en' }, publisher)).toMatchObject({
			'@type': 'WebSite',
			url: 'https://www.example.org/sub/',
		});
	});
});
