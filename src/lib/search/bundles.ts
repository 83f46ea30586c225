/**
 * Where the search indexes live in the built site, relative to the root:
 * the full-text index (entry pages, ranked by relevance) and the browse index
 * (one record per entry, newest first, for listing without a query). The
 * search page hands their URLs to its script, which takes them as parameters.
 */
export const INDEX_FOLDERS = { main: 'pagefind', browse: 'pagefind-browse' } as const;
