import { describe, expect, test } from 'vitest';
import { isSlug, MAX_SLUG_LENGTH, slugify } from '../../../src/lib/routing/slugs.ts';

describe('isSlug', () => {
	test.each([
		['news', true],
		['issue-paper-smuggling-of-migrants-by-sea', true],
		['2012', true],
		['a', true],
		['unodc-2012-report', true],
		['', false],
		['News', false],
		['two  words', false],
		['two words', false],
		['double--hyphen', false],
		['-leading', false],
		['trailing-', false],
		['under_score', false],
		['dotted.name', false],
		['file.md', false],
		['café', false],
		['slash/slug', false],
		['ümlaut', false],
	])('%j → %s', (value, expected) => {
		expect(isSlug(value)).toBe(expected);
	});
});

describe('slugify', () => {
	test.each([
		['Ways and Means — countering smuggling of migrants', 'ways-and-means-countering-smuggling-of-migrants'],
		['Hello, World!', 'hello-world'],
		['  spaces   everywhere  ', 'spaces-everywhere'],
		['Côte d’Ivoire joins the Protocol', 'cote-divoire-joins-the-protocol'],
		["UNODC's 2012 report", 'unodcs-2012-report'],
		['Bosnia & Herzegovina', 'bosnia-and-herzegovina'],
		['R&D', 'r-and-d'],
		['São Paulo: naïve café', 'sao-paulo-naive-cafe'],
		['COVID-19 and smuggling', 'covid-19-and-smuggling'],
		['already-a-slug', 'already-a-slug'],
		['Under_scores.and/slashes', 'under-scores-and-slashes'],
		['«Quoted» “title”', 'quoted-title'],
		['', ''],
		['— !!! —', ''],
	])('%j → %j', (title, expected) => {
		expect(slugify(title)).toBe(expected);
	});

	test.each([
		// [title, maxLength, expected]
		['one two three four', 9, 'one-two'],
		['one two three four', 13, 'one-two-three'],
		['one two three four', 18, 'one-two-three-four'],
		['alpha of the beta', 12, 'alpha'],
		['smuggling by sea and by air', 20, 'smuggling-by-sea'],
		['supercalifragilistic', 5, 'super'],
		['a verylongword', 5, 'a'],
		['the verylongword', 5, 'the'],
	])('%j cut at %i → %j', (title, maxLength, expected) => {
		expect(slugify(title, maxLength)).toBe(expected);
	});

	test.each([
		'Issue Paper: Smuggling of Migrants by Sea — the international legal framework, current responses and challenges and recommendations for the way forward',
		'Regional workshop on the investigation and prosecution of migrant smuggling cases for criminal justice practitioners from the countries of the Western Balkans and of the Middle East and North Africa',
		'In-depth training manual on investigating and prosecuting the smuggling of migrants: module 1, module 2, module 3 and the annexes of the',
		`${'x'.repeat(100)} and more`,
	])('long titles give a slug of at most MAX_SLUG_LENGTH without a trailing stop word: %j', (title) => {
		const slug = slugify(title);
		expect(isSlug(slug)).toBe(true);
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slug).not.toMatch(/-(a|an|and|at|by|for|from|in|of|on|or|the|to|with)$/);
	});

	test('a title exactly MAX_SLUG_LENGTH long is kept whole', () => {
		// 15 four-letter words and their 14 hyphens (74 characters), a hyphen and a 5-letter word: 80.
		const title = `${Array.from({ length: 15 }, () => 'abcd').join(' ')} fiver`;
		expect(MAX_SLUG_LENGTH).toBe(80);
		expect(slugify(title).length).toBe(MAX_SLUG_LENGTH);
		expect(slugify(`${title} more`).length).toBe(MAX_SLUG_LENGTH);
	});

	test.each(['Smuggling of Migrants', 'Bosnia & Herzegovina', 'Côte d’Ivoire'])('is idempotent on %j', (title) => {
		const slug = slugify(title);
		expect(slugify(slug)).toBe(slug);
	});
});
