/** The search page's state and its URL form (src/lib/search/state.ts). */
import { describe, expect, test } from 'vitest';
import {
	effectiveSort,
	emptyState,
	formParams,
	hasFilters,
	indexFilters,
	isEmptyState,
	pagefindFilters,
	pagefindSort,
	parseSearchState,
	rangeMonths,
	sameSearch,
	startingState,
	toQueryString,
	withKnownValues,
	type SearchState,
} from '../../../src/lib/search/state.ts';

const state = (q: string, filters: Partial<SearchState['filters']> = {}, rest: Partial<Omit<SearchState, 'q' | 'filters'>> = {}): SearchState => ({
	...emptyState(),
	q,
	filters: { ...emptyState().filters, ...filters },
	...rest,
});
const bounds = { first: '2011-06', last: '2013-12' };

describe('parseSearchState and toQueryString', () => {
	test.each([
		['', state(''), ''],
		['?q=+model+law+', state('model law'), '?q=model+law'],
		['?type=publications&q=smuggling&type=news', state('smuggling', { type: ['news', 'publications'] }), '?q=smuggling&type=news&type=publications'],
		['?year=2011&year=2011&topic=legislation', state('', { year: ['2011'], topic: ['legislation'] }), '?year=2011&topic=legislation'],
		['?type=<script>&region=Bad Value&colour=red', state(''), ''],
		[`?q=${'a'.repeat(300)}`, state('a'.repeat(200)), `?q=${'a'.repeat(200)}`],
		// Date ranges: a year or a month at either end.
		['?from=2011-03&to=2012', state('', {}, { from: '2011-03', to: '2012' }), '?from=2011-03&to=2012'],
		['?to=2012-11', state('', {}, { to: '2012-11' }), '?to=2012-11'],
		// Ends the wrong way round mean the same months.
		['?from=2012-05&to=2011', state('', {}, { from: '2011', to: '2012-05' }), '?from=2011&to=2012-05'],
		['?from=2011-13&to=11&from=2011-00', state(''), ''],
		// Sort: kept when it is not the default for the state.
		['?q=x&sort=newest', state('x', {}, { sort: 'newest' }), '?q=x&sort=newest'],
		['?q=x&sort=relevance', state('x', {}, { sort: 'relevance' }), '?q=x'],
		['?sort=oldest', state('', {}, { sort: 'oldest' }), '?sort=oldest'],
		['?sort=newest', state('', {}, { sort: 'newest' }), ''],
		['?sort=shuffle', state(''), ''],
		// Pages shown.
		['?q=x&page=3', state('x', {}, { pages: 3 }), '?q=x&page=3'],
		['?q=x&page=1', state('x'), '?q=x'],
		['?q=x&page=0', state('x'), '?q=x'],
		['?q=x&page=2.5', state('x'), '?q=x'],
		['?q=x&page=100000', state('x', {}, { pages: 100 }), '?q=x&page=100'],
		// Other languages included, or not.
		['?q=x&languages=all', state('x', {}, { allLanguages: true }), '?q=x&languages=all'],
		['?languages=all&type=news', state('', { type: ['news'] }, { allLanguages: true }), '?type=news&languages=all'],
		['?q=x&languages=fr', state('x'), '?q=x'],
	])('%s', (search, expected, query) => {
		expect(parseSearchState(search)).toEqual(expected);
		expect(toQueryString(parseSearchState(search))).toBe(query);
	});
});

describe('formParams: the date selects become from and to', () => {
	test.each([
		['q=x&from-year=&from-month=&to-year=&to-month=', 'q=x'],
		['from-year=2011&from-month=03&to-year=2012&to-month=', 'from=2011-03&to=2012'],
		['from-year=&from-month=03&to-year=2012&to-month=11', 'to=2012-11'],
		['type=news&from-year=2011', 'type=news&from=2011'],
	])('%s', (form, params) => {
		expect(formParams(new URLSearchParams(form)).toString()).toBe(params);
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
		{
			name: 'dates and an order picked: they win, from the first page',
			search: '?q=x&from=2011&page=3',
			form: 'q=x&from-year=2012&from-month=02&sort=oldest',
			expected: state('x', {}, { from: '2012-02', sort: 'oldest' }),
			typed: false,
			ticked: true,
		},
		{ name: 'nothing new: the pages shown are kept', search: '?q=x&page=3', form: 'q=x', expected: state('x', {}, { pages: 3 }), typed: false, ticked: false },
	])('$name', ({ search, form, expected, typed, ticked }) => {
		expect(startingState(search, new URLSearchParams(form))).toEqual({ state: expected, typed, ticked });
	});
});

describe('what the state asks for', () => {
	test.each([
		[state(''), true, false],
		[state('x'), false, false],
		[state('', { year: ['2011'] }), false, true],
		[state('', {}, { to: '2012' }), false, true],
		[state('', {}, { sort: 'oldest', pages: 2 }), true, false],
		// Other languages: not what the page was built with, but no filter.
		[state('', {}, { allLanguages: true }), false, false],
	])('isEmptyState and hasFilters %#', (value, empty, filtered) => {
		expect(isEmptyState(value)).toBe(empty);
		expect(hasFilters(value)).toBe(filtered);
	});

	test.each([
		[state('x'), 'relevance'],
		[state('x', {}, { sort: 'newest' }), 'newest'],
		[state('x', {}, { sort: 'oldest' }), 'oldest'],
		[state(''), 'newest'],
		[state('', {}, { sort: 'relevance' }), 'newest'],
		[state('', {}, { sort: 'oldest' }), 'oldest'],
	] as const)('effectiveSort %#', (value, sort) => {
		expect(effectiveSort(value)).toBe(sort);
	});

	test('sameSearch ignores the pages shown only', () => {
		expect(sameSearch(state('x', {}, { pages: 3 }), state('x'))).toBe(true);
		expect(sameSearch(state('x'), state('x', {}, { sort: 'newest' }))).toBe(false);
		expect(sameSearch(state('x'), state('x', { type: ['news'] }))).toBe(false);
	});
});

describe('the date range as months', () => {
	test.each([
		[{}, undefined],
		[{ from: '2013-11' }, ['2013-11', '2013-12']],
		[{ to: '2011-07' }, ['2011-06', '2011-07']],
		[{ from: '2012', to: '2012-03' }, ['2012-01', '2012-02', '2012-03']],
		[{ from: '2012-11', to: '2013-01' }, ['2012-11', '2012-12', '2013-01']],
		[{ from: '2020' }, []],
		[{ to: '2010' }, []],
	])('%j', (range, months) => {
		expect(rangeMonths(state('', {}, range), bounds)).toEqual(months);
	});

	test('a range covers whole years when no month is given', () => {
		expect(rangeMonths(state('', {}, { from: '2012', to: '2012' }), bounds)).toHaveLength(12);
	});
});

describe('what Pagefind is asked', () => {
	test('filters: any of the ticked values, per filter; one filter can be left out for its counts', () => {
		const value = state('x', { type: ['news', 'events'], year: ['2011'] });
		expect(pagefindFilters(value, bounds)).toEqual({ type: { any: ['news', 'events'] }, year: { any: ['2011'] } });
		expect(pagefindFilters(value, bounds, 'type')).toEqual({ year: { any: ['2011'] } });
	});

	test('the date range is a month filter, ANDed with the years; an empty range matches nothing', () => {
		expect(pagefindFilters(state('', { year: ['2012'] }, { from: '2013-12' }), bounds)).toEqual({ year: { any: ['2012'] }, month: { any: ['2013-12'] } });
		expect(pagefindFilters(state('', {}, { from: '2012', to: '2012' }), bounds, 'year')['month']?.any).toHaveLength(12);
		// Pagefind reads `any: []` as no filter.
		expect(pagefindFilters(state('', {}, { from: '2030' }), bounds)).toEqual({ month: { any: ['0000-00'] } });
	});

	test.each([
		['browsing lists the versions the page’s language shows', state('', { type: ['news'] }), { type: { any: ['news'] }, shown: { any: ['fr'] } }],
		['browsing every language lists every version', state('', { type: ['news'] }, { allLanguages: true }), { type: { any: ['news'] } }],
		['a query searches full-text indexes, which have no such filter', state('x', { type: ['news'] }), { type: { any: ['news'] } }],
	])('indexFilters: %s', (_, value, expected) => {
		expect(indexFilters(value, bounds, 'fr')).toEqual(expected);
	});

	test('sort: relevance with a query (dates ordered by the script), newest or oldest first without', () => {
		expect(pagefindSort(state('x'))).toBeUndefined();
		expect(pagefindSort(state('x', {}, { sort: 'oldest' }))).toBeUndefined();
		expect(pagefindSort(state('', { type: ['news'] }))).toEqual({ date: 'desc' });
		expect(pagefindSort(state('', {}, { sort: 'oldest' }))).toEqual({ date: 'asc' });
	});
});

describe('withKnownValues: filter values the page does not offer are dropped', () => {
	const known = {
		type: new Set(['news', 'events']),
		year: new Set(['2011']),
		topic: new Set(['legislation']),
		region: new Set<string>(),
		language: new Set(['en']),
	};
	test('a topic that does not exist', () => {
		const { state: kept, dropped } = withKnownValues(state('', { topic: ['legislation', 'smuggling-by-air'], type: ['news'] }), known);
		expect(kept).toEqual(state('', { topic: ['legislation'], type: ['news'] }));
		expect(dropped).toEqual([{ key: 'topic', value: 'smuggling-by-air' }]);
	});
	test('nothing unknown: the same state', () => {
		const value = state('x', { year: ['2011'] });
		expect(withKnownValues(value, known)).toEqual({ state: value, dropped: [] });
	});
});
