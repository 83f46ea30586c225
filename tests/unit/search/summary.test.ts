/** What the search page's status says (src/lib/search/summary.ts), in English. */
import { describe, expect, test } from 'vitest';
import { emptyState, type SearchState } from '../../../src/lib/search/state.ts';
import { resultSummary } from '../../../src/lib/search/summary.ts';
import { translatorFor } from '../../../src/translations/index.ts';

const t = translatorFor('en');
const state = (q: string, rest: Partial<Omit<SearchState, 'q'>> = {}): SearchState => ({ ...emptyState(), q, ...rest });
const say = (value: SearchState, total: number, shown: number) =>
	resultSummary(value, total, shown)
		.map(([key, vars]) => t(key, vars))
		.join(' ');

describe('resultSummary', () => {
	test('no results while other languages are left out: says where else to look; with results, nothing more', () => {
		const sentences = (total: number) =>
			resultSummary(state('smuggling'), total, 10, true)
				.map(([key, vars]) => t(key, vars))
				.join(' ');
		expect(sentences(0)).toBe(
			'No results for “smuggling”. Check the spelling, or try fewer or more general words. Only pages in this language were searched: select “Include results in other languages” to search them all.',
		);
		expect(sentences(3)).toBe('3 results for “smuggling”. Best matches first.');
		expect(resultSummary(state(''), 0, 10, true).map(([key]) => key)).toEqual(['listing.empty']);
	});

	test.each([
		['all results shown', state('smuggling'), 12, 12, '12 results for “smuggling”. Best matches first.'],
		['one result', state('sea'), 1, 10, '1 result for “sea”. Best matches first.'],
		['the first page of many', state('training'), 312, 10, 'Showing 1–10 of 312 results for “training”. Best matches first.'],
		['after Show more', state('training'), 312, 20, 'Showing 1–20 of 312 results for “training”. Best matches first.'],
		['newest first with a query', state('training', { sort: 'newest' }), 312, 10, 'Showing 1–10 of 312 results for “training”. Newest first.'],
		['browsing everything', state(''), 4, 10, '4 items. Newest first.'],
		['browsing, oldest first', state('', { sort: 'oldest' }), 400, 10, 'Showing 1–10 of 400 items. Oldest first.'],
		['one item', state('', { filters: { ...emptyState().filters, type: ['events'] } }), 1, 10, '1 item. Newest first.'],
	])('%s', (_, value, total, shown, expected) => {
		expect(say(value, total, shown)).toBe(expected);
	});

	test.each([
		[
			'a query that matches nothing: spelling, fewer words',
			state('zzyzxqwv'),
			'No results for “zzyzxqwv”. Check the spelling, or try fewer or more general words.',
		],
		[
			'a query and filters: remove some too',
			state('zzyzxqwv', { filters: { ...emptyState().filters, type: ['news'] } }),
			'No results for “zzyzxqwv”. Check the spelling, try fewer or more general words, or remove some filters.',
		],
		// Nothing was typed: no spelling to check.
		[
			'filters only',
			state('', { filters: { ...emptyState().filters, language: ['ar'], type: ['news'] } }),
			'Nothing matches these filters. Remove a filter or widen the dates to see more.',
		],
		['a date range only', state('', { from: '2030' }), 'Nothing matches these filters. Remove a filter or widen the dates to see more.'],
		['nothing asked and nothing published', state(''), 'Nothing has been published here yet.'],
	])('no results: %s', (_, value, expected) => {
		const text = say(value, 0, 0);
		expect(text).toBe(expected);
		if (!value.q) expect(text).not.toContain('spelling');
	});
});
