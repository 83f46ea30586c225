/** What an entry's detail page shows besides the entry: its neighbours, related entries and rendered body. */
import { readBodyFile } from '../lib/build-cache/body-files.ts';
import { cacheKeyOf } from '../lib/build-cache/cache-key.ts';
import { relatedEntries, sectionNeighbours, type EntrySummary } from '../lib/site/site-index.ts';
import { entryPath, localized, pageLanguageOfEntry, slugOf, type AnyEntry, type Site } from './site.ts';

/** A version of an entry: its language and its page. */
export interface EntryVersion {
	lang: string;
	/** Site path (no base). */
	path: string;
}

/** Its newer and older neighbours in its section, related entries (all in the page's language), and every version of it. */
export interface EntryNeighbourhood {
	newer?: EntrySummary | undefined;
	older?: EntrySummary | undefined;
	related: EntrySummary[];
	/** The original first, then its translations. */
	versions: EntryVersion[];
}

/** An entry's neighbourhood, worked out once per page (for its cache key and for the page itself). */
export function entryNeighbourhood(site: Site, entry: AnyEntry): EntryNeighbourhood {
	const summary = site.index.bySlug.get(slugOf(entry))!;
	const lang = pageLanguageOfEntry(entry);
	const { newer, older } = sectionNeighbours(site.index, summary);
	const [newerIn, olderIn] = localized(
		site,
		[newer, older].filter((neighbour) => neighbour !== undefined),
		lang,
	);
	return {
		newer: newer && newerIn,
		older: older && (newer ? olderIn : newerIn),
		related: localized(site, relatedEntries(site.index, summary), lang),
		versions: site.versions.get(slugOf(entry))!.map((version) => ({ lang: version.data.lang, path: entryPath(version) })),
	};
}

/**
 * The incremental-build key of an entry page: the entry (its data names its
 * rendered body by a hash) and what the page shows of other entries and terms.
 */
export function entryPageCacheKey(site: Site, entry: AnyEntry, { newer, older, related, versions }: EntryNeighbourhood): string {
	const terms = [...entry.data.topics.map((slug) => site.topics.get(slug)), ...entry.data.regions.map((slug) => site.regions.get(slug))];
	return cacheKeyOf(entry.collection, entry.id, entry.data, newer, older, related, versions, terms);
}

/** An entry's body as rendered and sanitised by the content loader (HTML). */
export function entryBody(entry: AnyEntry): string {
	return entry.data.bodyFile ? readBodyFile(entry.data.bodyFile, entry.filePath ?? `${entry.collection}/${entry.id}`) : '';
}
