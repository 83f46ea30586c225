/**
 * Results from several Pagefind instances as one: a search page that
 * includes other languages searches each language's bundle with its own
 * module (so each keeps its own stemmer; Pagefind's mergeIndex would stem
 * every language with the page's) and shows one list.
 */

/** What this module needs of a Pagefind response. */
export interface Response<R extends { score: number }> {
	results: R[];
	filters: Record<string, Record<string, number>>;
}

/** Filter counts summed per value. */
export function mergeFilters(all: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
	const merged: Record<string, Record<string, number>> = {};
	for (const filters of all)
		for (const [key, values] of Object.entries(filters)) {
			const target = (merged[key] ??= {});
			for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
		}
	return merged;
}

/**
 * One response from several: results by score, best first (equal scores keep
 * the order of the responses, the page's own language first), and filter
 * counts summed. A missing response (Pagefind answers null to an empty query
 * it was not asked to browse) counts as no results.
 */
export function mergeResponses<R extends { score: number }>(responses: readonly (Response<R> | null | undefined)[]): Response<R> {
	const present = responses.filter((response): response is Response<R> => Boolean(response));
	const results = present
		.flatMap((response, index) => response.results.map((result, position) => ({ result, index, position })))
		.sort((a, b) => b.result.score - a.result.score || a.index - b.index || a.position - b.position)
		.map(({ result }) => result);
	return { results, filters: mergeFilters(present.map((response) => response.filters)) };
}
