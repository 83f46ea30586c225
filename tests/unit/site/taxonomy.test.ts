import { describe, expect, test } from 'vitest';
import { termCounts, termLabel, termMap } from '../../../src/lib/site/taxonomy.ts';
import type { Term } from '../../../src/schemas/vocabulary.ts';

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
	test.each<[string, Map<string, string[]>, number[]]>([
		['no entries', new Map(), [0, 0, 0]],
		[
			'some terms used',
			new Map([
				['legislation', ['a', 'b']],
				['migrant-smuggling', ['c']],
			]),
			[1, 2, 0],
		],
		[
			'all used',
			new Map([
				['legislation', ['a']],
				['migrant-smuggling', ['a', 'b', 'c']],
				['smuggling-by-sea', ['d']],
			]),
			[3, 1, 1],
		],
		['terms outside the vocabulary ignored', new Map([['other', ['x', 'y']]]), [0, 0, 0]],
		['empty list', new Map([['legislation', []]]), [0, 0, 0]],
	])('%s', (_, byTerm, counts) => {
		const result = termCounts(topics, byTerm);
		// Vocabulary order, unused terms kept.
		expect(result.map((row) => row.term)).toEqual(topics);
		expect(result.map((row) => row.count)).toEqual(counts);
	});
});
