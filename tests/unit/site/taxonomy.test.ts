import { describe, expect, test } from 'vitest';
import { broaderTerms, termCounts, termLabel, termMap, withBroader, type Term } from '../../../src/lib/site/taxonomy.ts';

const topics: Term[] = [
	{ slug: 'migrant-smuggling', label: 'Migrant smuggling', description: 'How smuggling networks operate.' },
	{ slug: 'legislation', label: 'Legislation and legal frameworks' },
	{ slug: 'smuggling-by-sea', label: 'Smuggling by sea' },
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
	test.each([
		['migrant-smuggling', 'Migrant smuggling'],
		['legislation', 'Legislation and legal frameworks'],
		['smuggling-by-sea', 'Smuggling by sea'],
		['unknown-term', 'unknown-term'],
		['', ''],
	])('%j → %j', (slug, label) => {
		expect(termLabel(map, slug)).toBe(label);
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
		{ slug: 'americas', label: 'Americas' },
		{ slug: 'central-america-and-mexico', label: 'Central America and Mexico', within: 'americas' },
		{ slug: 'mexico-city', label: 'Mexico City', within: 'central-america-and-mexico' },
		{ slug: 'global', label: 'Global' },
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
