/**
 * What the search page's status line says, as messages of
 * src/translations/ to be translated by the page: how many results, which of
 * them are shown ("Showing 1–10 of 312 results for “training”."), in which
 * order, and, when nothing matches, what to try instead. Each message is a
 * sentence of its own, so they read one after the other.
 */
import { effectiveSort, hasFilters, type SearchState } from './state.ts';

export type SummaryKey =
	| 'search.resultsFor'
	| 'search.showingFor'
	| 'search.results'
	| 'search.showing'
	| 'search.sortedRelevance'
	| 'search.sortedNewest'
	| 'search.sortedOldest'
	| 'search.noResults'
	| 'search.noResultsHelp'
	| 'search.noResultsHelpFiltered'
	| 'search.noResultsOtherLanguages'
	| 'search.noMatches'
	| 'search.noMatchesHelp'
	| 'listing.empty';

export type Sentence = readonly [key: SummaryKey, vars?: Record<string, string | number>];

const SORTED = { relevance: 'search.sortedRelevance', newest: 'search.sortedNewest', oldest: 'search.sortedOldest' } as const;

/**
 * The sentences for `total` results of `state`, the first `shown` of them on the page. `otherLanguagesLeftOut`: the page
 * searched its own language only while others have an index, so a query with no results says where else to look.
 */
export function resultSummary(state: SearchState, total: number, shown: number, otherLanguagesLeftOut = false): Sentence[] {
	const { q } = state;
	if (total === 0) {
		if (q)
			return [
				['search.noResults', { q }],
				[hasFilters(state) ? 'search.noResultsHelpFiltered' : 'search.noResultsHelp'],
				...(otherLanguagesLeftOut ? [['search.noResultsOtherLanguages'] as const] : []),
			];
		// No query: it was the filters (or, with none, an empty site).
		return hasFilters(state) ? [['search.noMatches'], ['search.noMatchesHelp']] : [['listing.empty']];
	}
	const to = Math.min(shown, total);
	const count: Sentence =
		to >= total
			? q
				? ['search.resultsFor', { count: total, q }]
				: ['search.results', { count: total }]
			: q
				? ['search.showingFor', { from: 1, to, count: total, q }]
				: ['search.showing', { from: 1, to, count: total }];
	return [count, [SORTED[effectiveSort(state)]]];
}
