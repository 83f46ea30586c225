/** The removable chips of the active filters (src/lib/search/chips.ts). */
import { describe, expect, test } from 'vitest';
import { activeChips, focusAfterRemoving, withoutChip, withoutFilters, type ChipText } from '../../../src/lib/search/chips.ts';
import { emptyState, type SearchState } from '../../../src/lib/search/state.ts';

const labels: Record<string, string> = { 'topic:legislation': 'Legislation', 'type:news': 'News', 'year:2011': '2011', 'language:fr': 'French' };
const text: ChipText = {
	filter: (key, value) => (labels[`${key}:${value}`] ? `${key}: ${labels[`${key}:${value}`]}` : undefined),
	range: (end, value) => `${end} ${value}`,
};
const state = (rest: Partial<SearchState>, filters: Partial<SearchState['filters']> = {}): SearchState => ({
	...emptyState(),
	...rest,
	filters: { ...emptyState().filters, ...filters },
});

describe('activeChips', () => {
	test('one chip per ticked value and per end of the range, in the order of the page; the query is no chip', () => {
		const chips = activeChips(state({ q: 'x', from: '2011-03', to: '2012' }, { topic: ['legislation'], type: ['news'], year: ['2011'] }), text);
		expect(chips.map((chip) => chip.label)).toEqual(['type: News', 'year: 2011', 'from 2011-03', 'to 2012', 'topic: Legislation']);
	});

	test('a value the page does not offer gets no chip', () => {
		expect(activeChips(state({}, { topic: ['smuggling-by-air'] }), text)).toEqual([]);
	});

	test('nothing ticked: no chips', () => {
		expect(activeChips(state({ q: 'x', sort: 'oldest' }), text)).toEqual([]);
	});
});

describe('removing chips', () => {
	const value = state({ q: 'x', from: '2011', to: '2012', sort: 'newest', pages: 3 }, { type: ['news'], language: ['fr', 'en'] });

	test.each([
		[
			{ kind: 'filter', key: 'language', value: 'fr', label: '' } as const,
			state({ q: 'x', from: '2011', to: '2012', sort: 'newest' }, { type: ['news'], language: ['en'] }),
		],
		[{ kind: 'from', value: '2011', label: '' } as const, state({ q: 'x', to: '2012', sort: 'newest' }, { type: ['news'], language: ['fr', 'en'] })],
		[{ kind: 'to', value: '2012', label: '' } as const, state({ q: 'x', from: '2011', sort: 'newest' }, { type: ['news'], language: ['fr', 'en'] })],
	])('withoutChip %#: that filter only, from the first page', (chip, expected) => {
		expect(withoutChip(value, chip)).toEqual(expected);
	});

	test('withoutFilters (Clear all) keeps the query and the order', () => {
		expect(withoutFilters(value)).toEqual(state({ q: 'x', sort: 'newest' }));
	});

	test.each([
		[0, 3, 0],
		[1, 3, 1],
		[2, 3, 1],
		[0, 1, -1],
	])('removing chip %i of %i moves focus to chip %i', (index, count, next) => {
		expect(focusAfterRemoving(index, count)).toBe(next);
	});
});
