import { describe, expect, test } from 'vitest';
import { broaderTerms, termCounts, termLabel, termMap, withBroader, type Term } from '../../../src/lib/site/taxonomy.ts';

const topics: Term[] = [
	{ slug: 'migrant-smuggling', label: { en: 'Migrant smuggling' }, description: { en: 'How smuggling networks operate.' } },
	{ slug: 'legislation', label: { en: 'Legislation and legal frameworks' } },
	{ slug: 'smuggling-by-sea', label: { en: 'Smuggling by sea' } },
];

describe('termMap', () => {
	test('maps every slug to its term', () => {
		const map = termMap(topics);
		expect([...map.keys()]).toEqual(['migrant-smuggling', 'legislation', 'smuggling-by-sea']);
		expect(map.get('legislation')).toBe(topics[1]);
	});

	test('an empty vocabulary gives an empty map', () => {
		expect(termMap([]).size).toBe(0);
	});
});

describe('termLabel', () => {
	const map = termMap(topics);
	const french = termMap([{ slug: 'legislation', label: { en: 'Legislation', fr: 'Législation' } }]);
	test.each([
		[map, 'migrant-smuggling', 'en', 'Migrant smuggling'],
		[map, 'legislation', 'en', 'Legislation and legal frameworks'],
		[map, 'smuggling-by-sea', 'fr', 'Smuggling by sea'],
		[map, 'unknown-term', 'en', 'unknown-term'],
		[map, '', 'en', ''],
		[french, 'legislation', 'fr', 'Législation'],
		[french, 'legislation', 'ar', 'Legislation'],
	])('%#: %j in %s → %j', (terms, slug, lang, label) => {
		expect(termLabel(terms, slug, lang, 'en')).toBe(label);
	});
});

describe('termCounts', () => {
	test.each<[string, Map<string, string[]>, [string, number][]]>([
		['no entries', new Map(), []],
		[
			'some terms used',
			new Map([
				['legislation', ['a', 'b']],
				['migrant-smuggling', ['c']],
			]),
			[
				['migrant-smuggling', 1],
				['legislation', 2],
			],
		],
		[
			'all used',
			new Map([
				['legislation', ['a']],
				['migrant-smuggling', ['a', 'b', 'c']],
				['smuggling-by-sea', ['d']],
			]),
			[
				['migrant-smuggling', 3],
				['legislation', 1],
				['smuggling-by-sea', 1],
			],
		],
		['terms outside the vocabulary ignored', new Map([['other', ['x', 'y']]]), []],
		['empty list', new Map([['legislation', []]]), []],
	])('%s: terms with entries, in vocabulary order', (_, byTerm, expected) => {
		expect(termCounts(topics, byTerm).map((row) => [row.term.slug, row.count])).toEqual(expected);
	});
});

describe('broader terms', () => {
	const regions: Term[] = [
		{ slug: 'americas', label: { en: 'Americas' } },
		{ slug: 'central-america-and-mexico', label: { en: 'Central America and Mexico' }, within: 'americas' },
		{ slug: 'mexico-city', label: { en: 'Mexico City' }, within: 'central-america-and-mexico' },
		{ slug: 'global', label: { en: 'Global' } },
	];
	const broader = broaderTerms(regions);

	test('maps each term to the one it is within', () => {
		expect([...broader]).toEqual([
			['central-america-and-mexico', 'americas'],
			['mexico-city', 'central-america-and-mexico'],
		]);
	});

	test.each<[string[], string[]]>([
		[['global'], ['global']],
		[['central-america-and-mexico'], ['central-america-and-mexico', 'americas']],
		[
			['mexico-city', 'global'],
			['mexico-city', 'central-america-and-mexico', 'americas', 'global'],
		],
		[
			['americas', 'central-america-and-mexico'],
			['americas', 'central-america-and-mexico'],
		],
		[[], []],
	])('%j with broader terms → %j', (slugs, expected) => {
		expect(withBroader(slugs, broader)).toEqual(expected);
	});
});
