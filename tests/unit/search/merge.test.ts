import { describe, expect, test } from 'vitest';
import { mergeFilters, mergeResponses } from '../../../src/lib/search/merge.ts';

const result = (id: string, score: number) => ({ id, score });

describe('mergeResponses', () => {
	test.each([
		['one response stays as it is', [{ results: [result('a', 2), result('b', 1)], filters: {} }], ['a', 'b']],
		[
			'best score first across languages',
			[
				{ results: [result('en1', 0.9), result('en2', 0.2)], filters: {} },
				{ results: [result('fr1', 0.5)], filters: {} },
			],
			['en1', 'fr1', 'en2'],
		],
		[
			'an equal score keeps the page’s language first, then each list’s order',
			[
				{ results: [result('en1', 0.5), result('en2', 0.5)], filters: {} },
				{ results: [result('fr1', 0.5)], filters: {} },
			],
			['en1', 'en2', 'fr1'],
		],
		['a missing response is no results', [null, { results: [result('ru1', 1)], filters: {} }, undefined], ['ru1']],
		['nothing at all', [], []],
	])('%s', (_, responses, ids) => {
		expect(mergeResponses(responses).results.map((item) => item.id)).toEqual(ids);
	});

	test('counts are summed per filter value', () => {
		const merged = mergeResponses([
			{ results: [], filters: { type: { news: 2, events: 1 }, language: { en: 3 } } },
			{ results: [], filters: { type: { news: 1 }, language: { fr: 1 } } },
		]);
		expect(merged.filters).toEqual({ type: { news: 3, events: 1 }, language: { en: 3, fr: 1 } });
	});
});

describe('mergeFilters', () => {
	test('a filter only one index has is kept', () => {
		expect(mergeFilters([{ topic: { legislation: 1 } }, {}])).toEqual({ topic: { legislation: 1 } });
	});
});
