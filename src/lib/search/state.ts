/**
 * The search page's state and its URL form:
 * `?q=model+law&type=publications&year=2011&from=2011-03&to=2012&sort=newest&page=2&languages=all`.
 * Filter values are slugs; ticking two values of one filter means either (OR),
 * different filters combine with AND, and the date range (calendar months,
 * `YYYY` or `YYYY-MM` strings, never instants) is one more filter ANDed with
 * the others, the year filter included. Shared by the search page and its script.
 */

/** Filters offered on the search page as checkboxes, in display order. */
export const FILTER_KEYS = ['type', 'year', 'topic', 'region', 'language'] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

/** Orders a reader can ask for; best match only makes sense with a query. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;

export type SortOrder = (typeof SORT_ORDERS)[number];

/** Results per page; "Show more" adds a page. */
export const RESULTS_PER_PAGE = 10;

export interface SearchState {
	/** The query as typed, trimmed; '' to browse. */
	q: string;
	/** Ticked values per filter. */
	filters: Record<FilterKey, string[]>;
	/** Published from (inclusive): `YYYY` (from January) or `YYYY-MM`; '' for no lower bound. */
	from: string;
	/** Published until (inclusive): `YYYY` (to December) or `YYYY-MM`; '' for no upper bound. */
	to: string;
	/** The order asked for; '' for the default: best match with a query, newest first without. */
	sort: SortOrder | '';
	/** Pages of results shown ("Show more"), from 1: kept so that Back returns to as many. */
	pages: number;
	/** True when the reader includes results in other languages than the page's (`languages=all`). */
	allLanguages: boolean;
}

/** The URL parameter (and form field) that includes other languages, and its value. */
export const ALL_LANGUAGES = { name: 'languages', value: 'all' } as const;

/** The first and last month anything was published in (`YYYY-MM`): where an open range ends. */
export interface MonthBounds {
	first: string;
	last: string;
}

/** Longest query kept from a URL; longer ones are cut. */
const MAX_QUERY = 200;
/** Most pages a URL can ask for: more is a hand-made URL, not a reader's Show more. */
const MAX_PAGES = 100;
const VALUE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MONTH_OR_YEAR = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** The browse index's filter of the page languages that list a version (src/lib/search/record.ts). */
export const SHOWN_FILTER = 'shown';

const noFilters = (): Record<FilterKey, string[]> => Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;

/** A state with nothing asked: every entry, newest first. */
export function emptyState(): SearchState {
	return { q: '', filters: noFilters(), from: '', to: '', sort: '', pages: 1, allLanguages: false };
}

/** The first month a range end covers: `2011` → `2011-01`, or the last when `end` is true (`2011` → `2011-12`). */
export function rangeMonth(value: string, end: boolean): string {
	const match = MONTH_OR_YEAR.exec(value);
	if (!match) return '';
	return `${match[1]}-${match[2] ?? (end ? '12' : '01')}`;
}

/** A valid range end, or ''. */
const rangeEnd = (value: string | null) => (value && MONTH_OR_YEAR.test(value) ? value : '');

/** The range with its ends in order: a reader who picks them the wrong way round means the same months. */
function orderedRange(from: string, to: string): { from: string; to: string } {
	if (from && to && rangeMonth(from, false) > rangeMonth(to, true)) {
		// Swapped ends keep their precision: "from 2012-05 to 2011" becomes "from 2011 to 2012-05".
		return { from: to, to: from };
	}
	return { from, to };
}

/** Reads the state from a query string; unknown parameters and malformed values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter((value) => VALUE.test(value)))].sort()])) as Record<
		FilterKey,
		string[]
	>;
	const sort = params.get('sort') ?? '';
	const pages = Number(params.get('page') ?? '1');
	return {
		q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
		filters,
		...orderedRange(rangeEnd(params.get('from')), rangeEnd(params.get('to'))),
		sort: (SORT_ORDERS as readonly string[]).includes(sort) ? (sort as SortOrder) : '',
		pages: Number.isInteger(pages) && pages >= 1 ? Math.min(pages, MAX_PAGES) : 1,
		allLanguages: params.get(ALL_LANGUAGES.name) === ALL_LANGUAGES.value,
	};
}

/**
 * The search form's fields as URL parameters: the date range is picked as a
 * year and an optional month per end (`from-year`, `from-month`, `to-year`,
 * `to-month`), which become `from` and `to`; a month without a year is no bound.
 */
export function formParams(form: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of form) if (!/^(from|to)-(year|month)$/.test(key)) params.append(key, value);
	for (const end of ['from', 'to'] as const) {
		const year = form.get(`${end}-year`) ?? '';
		const month = form.get(`${end}-month`) ?? '';
		if (/^\d{4}$/.test(year)) params.set(end, /^\d{2}$/.test(month) ? `${year}-${month}` : year);
	}
	return params;
}

/**
 * The state the search page starts from: the URL's, plus what the reader did
 * in the form before the page's script ran (it starts after the first paint,
 * so a quick reader on a slow connection gets there first): a query typed into
 * the box wins over the URL's, boxes ticked are added to the URL's filters,
 * dates and an order picked win over the URL's. `form` is the form's data at
 * that moment (see formParams); `typed` and `ticked` say whether the reader
 * changed the query or anything else, so that it is searched and put in the URL.
 */
export function startingState(search: string, form: URLSearchParams): { state: SearchState; typed: boolean; ticked: boolean } {
	const fromUrl = parseSearchState(search);
	const fromForm = parseSearchState(formParams(form));
	const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set([...fromUrl.filters[key], ...fromForm.filters[key]])].sort()])) as Record<
		FilterKey,
		string[]
	>;
	const state: SearchState = {
		q: fromForm.q || fromUrl.q,
		filters,
		...orderedRange(fromForm.from || fromUrl.from, fromForm.to || fromUrl.to),
		sort: fromForm.sort || fromUrl.sort,
		pages: fromUrl.pages,
		allLanguages: fromForm.allLanguages || fromUrl.allLanguages,
	};
	const ticked =
		FILTER_KEYS.some((key) => filters[key].length > fromUrl.filters[key].length) ||
		state.allLanguages !== fromUrl.allLanguages ||
		state.from !== fromUrl.from ||
		state.to !== fromUrl.to ||
		state.sort !== fromUrl.sort;
	// Anything new starts from the first page again.
	if (state.q !== fromUrl.q || ticked) state.pages = 1;
	return { state, typed: state.q !== fromUrl.q, ticked };
}

/** The order results are shown in: the one asked for, else best match with a query and newest first without. */
export function effectiveSort(state: SearchState): SortOrder {
	if (!state.q) return state.sort === 'oldest' ? 'oldest' : 'newest';
	return state.sort || 'relevance';
}

/** The query string for a state (with leading `?`, or '' when empty), in a stable order; defaults are left out. */
export function toQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FILTER_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
	if (state.from) params.set('from', state.from);
	if (state.to) params.set('to', state.to);
	const sort = effectiveSort(state);
	if (state.sort && sort !== (state.q ? 'relevance' : 'newest')) params.set('sort', sort);
	if (state.pages > 1) params.set('page', String(state.pages));
	if (state.allLanguages) params.set(ALL_LANGUAGES.name, ALL_LANGUAGES.value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when a filter is ticked or a date range set. */
export function hasFilters(state: SearchState): boolean {
	return Boolean(state.from || state.to) || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** True when there is neither a query nor a filter: the page lists everything in its language, as it was built. */
export function isEmptyState(state: SearchState): boolean {
	return !state.q && !hasFilters(state) && !state.allLanguages;
}

/** Two states that ask for the same results in the same order (pages shown aside). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
	return toQueryString({ ...a, pages: 1 }) === toQueryString({ ...b, pages: 1 });
}

/**
 * A state keeping only filter values the page offers: a link to a topic that
 * no longer exists (`?topic=smuggling-by-air`) would otherwise filter by a
 * value the reader can neither see nor untick. Returns what was dropped too.
 */
export function withKnownValues(
	state: SearchState,
	known: Record<FilterKey, ReadonlySet<string>>,
): { state: SearchState; dropped: { key: FilterKey; value: string }[] } {
	const dropped = FILTER_KEYS.flatMap((key) => state.filters[key].filter((value) => !known[key].has(value)).map((value) => ({ key, value })));
	if (dropped.length === 0) return { state, dropped };
	const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, state.filters[key].filter((value) => known[key].has(value))])) as Record<
		FilterKey,
		string[]
	>;
	return { state: { ...state, filters }, dropped };
}

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthString = (n: number) => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * The months (`YYYY-MM`) of the state's date range that anything can have
 * been published in, for Pagefind's `month` filter; undefined when there is
 * no range. An open end runs to the first or last month of the site, and a
 * range outside them has no months.
 */
export function rangeMonths(state: SearchState, bounds: MonthBounds): string[] | undefined {
	if (!state.from && !state.to) return undefined;
	const [lowest, highest] = [rangeMonth(bounds.first, false), rangeMonth(bounds.last, true)];
	if (!lowest || !highest) return [];
	const first = Math.max(monthNumber(lowest), state.from ? monthNumber(rangeMonth(state.from, false)) : -Infinity);
	const last = Math.min(monthNumber(highest), state.to ? monthNumber(rangeMonth(state.to, true)) : Infinity);
	const months: string[] = [];
	for (let n = first; n <= last; n++) months.push(monthString(n));
	return months;
}

/** A month no entry has: Pagefind reads an empty `any` as no filter at all, so an empty range asks for this instead. */
const NO_MONTH = '0000-00';

/**
 * Pagefind's `filters` option: `{ type: { any: [...] } }` per ticked filter
 * and `month` for the date range, leaving out `except` (to count that
 * filter's values as if none of its own were ticked).
 */
export function pagefindFilters(state: SearchState, bounds: MonthBounds, except?: FilterKey): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const key of FILTER_KEYS) if (key !== except && state.filters[key].length) filters[key] = { any: state.filters[key] };
	const months = rangeMonths(state, bounds);
	if (months) filters['month'] = { any: months.length ? months : [NO_MONTH] };
	return filters;
}

/**
 * The filters for the index a state searches: the full-text indexes take
 * pagefindFilters as they are; the browse index (no query) has a record per
 * version of each work, so it lists the versions the page's language shows
 * (its translation, else the original) unless the reader includes other
 * languages (src/lib/search/record.ts).
 */
export function indexFilters(state: SearchState, bounds: MonthBounds, lang: string, except?: FilterKey): Record<string, { any: string[] }> {
	const filters = pagefindFilters(state, bounds, except);
	if (!state.q && !state.allLanguages) filters[SHOWN_FILTER] = { any: [lang] };
	return filters;
}

/**
 * Pagefind's `sort` option for the browse index (no query): newest or oldest
 * first. Query results are ranked by the full-text index, which has no date
 * sort (its order would be fetched by every search); the script orders them
 * by date itself when asked (src/lib/search/date-order.ts).
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
	if (state.q) return undefined;
	return { date: effectiveSort(state) === 'oldest' ? 'asc' : 'desc' };
}
