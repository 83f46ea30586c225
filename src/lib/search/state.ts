/**
 * The search page's state and its URL form: `?q=model+law&type=publications&year=2011`.
 * Filter values are slugs; ticking two values of one filter means either (OR),
 * different filters combine with AND. Shared by the search page and its script.
 */

/** Filters offered on the search page, in display order. */
export const FILTER_KEYS = ['type', 'year', 'topic', 'region', 'language'] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
	/** The query as typed, trimmed; '' to browse by filter. */
	q: string;
	/** Ticked values per filter. */
	filters: Record<FilterKey, string[]>;
}

/** Longest query kept from a URL; longer ones are cut. */
const MAX_QUERY = 200;
const VALUE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads the state from a query string; unknown parameters and malformed values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter((value) => VALUE.test(value)))].sort()])) as Record<
		FilterKey,
		string[]
	>;
	return { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY), filters };
}

/**
 * The state the search page starts from: the URL's, plus what the reader did
 * in the form before the page's script ran (it starts after the first paint,
 * so a quick reader on a slow connection gets there first): a query typed into
 * the box wins over the URL's, boxes ticked are added to the URL's filters.
 * `form` is the form's data at that moment; `typed` and `ticked` say whether
 * the reader changed anything, so that it is searched and put in the URL.
 */
export function startingState(search: string, form: URLSearchParams): { state: SearchState; typed: boolean; ticked: boolean } {
	const fromUrl = parseSearchState(search);
	const fromForm = parseSearchState(form);
	const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set([...fromUrl.filters[key], ...fromForm.filters[key]])].sort()])) as Record<
		FilterKey,
		string[]
	>;
	const state = { q: fromForm.q || fromUrl.q, filters };
	return { state, typed: state.q !== fromUrl.q, ticked: FILTER_KEYS.some((key) => filters[key].length > fromUrl.filters[key].length) };
}

/** The query string for a state (with leading `?`, or '' when empty), in a stable order. */
export function toQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FILTER_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when there is neither a query nor a ticked filter. */
export function isEmptyState(state: SearchState): boolean {
	return !state.q && FILTER_KEYS.every((key) => state.filters[key].length === 0);
}

/** Pagefind's `filters` option: `{ type: { any: [...] } }` per ticked filter, leaving out `except`. */
export function pagefindFilters(state: SearchState, except?: FilterKey): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const key of FILTER_KEYS) if (key !== except && state.filters[key].length) filters[key] = { any: state.filters[key] };
	return filters;
}

/** Relevance when there is a query; newest first when browsing by filter. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
	return state.q ? undefined : { date: 'desc' };
}
