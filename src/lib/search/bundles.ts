/**
 * Where the search indexes live in the built site, relative to the root:
 * the full-text index, one bundle per language (`pagefind/<lang>/`, entry
 * pages ranked by relevance), and the browse index (one record per version,
 * newest first, for listing without a query). The search page hands their
 * URLs to its script, which takes them as parameters.
 */
export const INDEX_FOLDERS = { main: 'pagefind', browse: 'pagefind-browse' } as const;

/** The folder of a language's full-text bundle, relative to the root. */
export function languageBundle(lang: string): string {
	return `${INDEX_FOLDERS.main}/${lang}`;
}
