/** The search page's state and its URL form (src/lib/search/state.ts). */
import { describe, expect, test } from 'vitest';
import {
	isEmptyState,
	pagefindFilters,
	pagefindSort,
	parseSearchState,
	startingState,
	toQueryString,
	type SearchState,
} from '../../../src/lib/search/state.ts';

const none = { type: [], year: [], topic: [], region: [], language: [] };
const state = (q: string, filters: Partial<SearchState['filters']> = {}): SearchState => ({ q, filters: { ...none, ...filters } });

describe('parseSearchState and toQueryString', () => {
	test.each([
		['', state(''), ''],
		['?q=+model+law+', state('model law'), '?q=model+law'],
		['?type=publications&q=smuggling&type=news', state('smuggling', { type: ['news', 'publications'] }), '?q=smuggling&type=news&type=publications'],
		['?year=2011&year=2011&topic=legislation', state('', { year: ['2011'], topic: ['legislation'] }), '?year=2011&topic=legislation'],
		['?type=<script>&region=Bad Value&colour=red', state(''), ''],
		[`?q=${'a'.repeat(300)}`, state('a'.repeat(200)), `?q=${'a'.repeat(200)}`],
	])('%s', (search, expected, query) => {
		expect(parseSearchState(search)).toEqual(expected);
		expect(toQueryString(parseSearchState(search))).toBe(query);
	});
});

describe('startingState: the URL, plus what the reader did before the script ran', () => {
	test.each([
		{ name: 'nothing typed: the URL', search: '?q=model+law', form: '', expected: state('model law'), typed: false, ticked: false },
		{ name: 'typed on an empty page: the typed query', search: '', form: 'q=model+law', expected: state('model law'), typed: true, ticked: false },
		{
			name: "typed over a shared link: the typed query, the link's filters kept",
			search: '?q=smuggling&type=news',
			form: 'q=manual',
			expected: state('manual', { type: ['news'] }),
			typed: true,
			ticked: false,
		},
		{ name: 'the same query as the URL: nothing new', search: '?q=manual', form: 'q=+manual+', expected: state('manual'), typed: false, ticked: false },
		{ name: 'only spaces typed: the URL', search: '?q=manual', form: 'q=+++', expected: state('manual'), typed: false, ticked: false },
		{
			name: "a box ticked: added to the URL's filters",
			search: '?type=news',
			form: 'q=&type=events&year=2012',
			expected: state('', { type: ['events', 'news'], year: ['2012'] }),
			typed: false,
			ticked: true,
		},
		{
			name: 'a ticked box the URL already has: nothing new',
			search: '?type=news',
			form: 'type=news',
			expected: state('', { type: ['news'] }),
			typed: false,
			ticked: false,
		},
		{
			name: 'typed and ticked',
			search: '',
			form: 'q=training&region=asia-and-the-pacific',
			expected: state('training', { region: ['asia-and-the-pacific'] }),
			typed: true,
			ticked: true,
		},
	])('$name', ({ search, form, expected, typed, ticked }) => {
		expect(startingState(search, new URLSearchParams(form))).toEqual({ state: expected, typed, ticked });
	});
});

describe('what Pagefind is asked', () => {
	test.each([
		[state(''), true],
		[state('x'), false],
		[state('', { year: ['2011'] }), false],
	])('isEmptyState %#', (value, empty) => {
		expect(isEmptyState(value)).toBe(empty);
	});

	test('filters: any of the ticked values, per filter; one filter can be left out for its counts', () => {
		const value = state('x', { type: ['news', 'events'], year: ['2011'] });
		expect(pagefindFilters(value)).toEqual({ type: { any: ['news', 'events'] }, year: { any: ['2011'] } });
		expect(pagefindFilters(value, 'type')).toEqual({ year: { any: ['2011'] } });
	});

	test('sort: relevance with a query, newest first without', () => {
		expect(pagefindSort(state('x'))).toBeUndefined();
		expect(pagefindSort(state('', { type: ['news'] }))).toEqual({ date: 'desc' });
	});
});
