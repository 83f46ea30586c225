/** What an entry's detail page shows besides the entry: its neighbours, related entries and rendered body. */
import { readBodyFile } from '../lib/build-cache/body-files.ts';
import { cacheKeyOf } from '../lib/build-cache/cache-key.ts';
import { relatedEntries, sectionNeighbours, type EntrySummary } from '../lib/site/site-index.ts';
import type { AnyEntry, Site } from './site.ts';

/** Its newer and older neighbours in its section, and related entries. */
export interface EntryNeighbourhood {
	newer?: EntrySummary | undefined;
	older?: EntrySummary | undefined;
	related: EntrySummary[];
}

/** An entry's neighbourhood, worked out once per page (for its cache key and for the page itself). */
export function entryNeighbourhood(site: Site, entry: AnyEntry): EntryNeighbourhood {
	const summary = site.index.bySlug.get(entry.id)!;
	return { ...sectionNeighbours(site.index, summary), related: relatedEntries(site.index, summary) };
}

/**
 * The incremental-build key of an entry page: the entry (its data names its
 * rendered body by a hash) and what the page shows of other entries and terms.
 */
export function entryPageCacheKey(site: Site, entry: AnyEntry, { newer, older, related }: EntryNeighbourhood): string {
	const terms = [...entry.data.topics.map((slug) => site.topics.get(slug)), ...entry.data.regions.map((slug) => site.regions.get(slug))];
	return cacheKeyOf(entry.collection, entry.id, entry.data, newer, older, related, terms);
}

/** An entry's body as rendered and sanitised by the content loader (HTML). */
export function entryBody(entry: AnyEntry): string {
	return entry.data.bodyFile ? readBodyFile(entry.data.bodyFile, entry.filePath ?? `${entry.collection}/${entry.id}`) : '';
}
