/**
 * Query words that match nothing. Pagefind drops a query word no page
 * contains and returns the results of the other words, silently (Pagefind
 * issue #329): "migrant xylophone" lists the migrant results as if they
 * matched both. The script searches each word on its own, quoted (an exact
 * word: no prefix matching, stemming kept), and says which words found nothing.
 */

/** Languages written without spaces between words: their queries are split with Intl.Segmenter, as Pagefind splits them. */
const UNSPACED = ['zh', 'ja', 'th'];

/** Characters Pagefind removes from a query: dashes, brackets, quotes and other punctuation. */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word of a query: as the reader typed it (for messages) and as searched on its own. */
export interface QueryWord {
	text: string;
	search: string;
}

/**
 * The words of a query, once each. A quoted query is a phrase, searched as a
 * whole: no words (nothing to analyse).
 */
export function queryWords(query: string, locale: string): QueryWord[] {
	if (query.includes('"')) return [];
	const language = locale.split('-')[0]!.toLowerCase();
	const tokens = UNSPACED.includes(language)
		? [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(query)].filter((segment) => segment.isWordLike).map((segment) => segment.segment)
		: query.split(/\s+/);
	const words: QueryWord[] = [];
	for (const token of tokens) {
		const search = token.replace(PUNCTUATION, '').toLocaleLowerCase(locale);
		const text = token.replace(/^\p{P}+|\p{P}+$/gu, '');
		if (search && !words.some((word) => word.search === search)) words.push({ text: text || token, search });
	}
	return words;
}

/**
 * Splits a query's words by whether a search for each alone found anything.
 * Only meaningful for two words or more (with one, no results says it all);
 * undefined when every word matched (nothing to say) or none did.
 */
export function unmatchedWords(words: readonly QueryWord[], found: readonly number[]): { missing: string[]; kept: string[] } | undefined {
	const missing = words.filter((_, index) => found[index] === 0).map((word) => word.text);
	const kept = words.filter((_, index) => (found[index] ?? 0) > 0).map((word) => word.text);
	return missing.length && kept.length ? { missing, kept } : undefined;
}
