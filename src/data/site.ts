/**
 * Astro-bound access to the published entries. Loads the three collections once
 * per build (drafts left out) and builds the site index from them; every page
 * shares the result instead of calling getCollection again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadVocabularies, resolveContentDir } from '../lib/content-files.ts';
import { ENTRY_TYPES, type EntryType } from '../lib/entry-types.ts';
import { paginatedPaths } from '../lib/paging.ts';
import { buildSiteIndex, type EntrySummary, type SiteIndex } from '../lib/site-index.ts';
import { termMap } from '../lib/taxonomy.ts';
import type { Term, Vocabularies } from '../schemas/index.ts';

export type AnyEntry = CollectionEntry<'news'> | CollectionEntry<'events'> | CollectionEntry<'publications'>;

export interface Site {
	index: SiteIndex;
	/** Full collection entries by slug, for detail pages. */
	entries: Map<string, AnyEntry>;
	vocabularies: Vocabularies;
	topics: Map<string, Term>;
	regions: Map<string, Term>;
}

/** The listing view of a collection entry. */
export function toSummary(entry: AnyEntry): EntrySummary {
	const data = entry.data;
	return {
		type: entry.collection,
		id: entry.id,
		title: data.title,
		date: data.date,
		summary: data.summary ?? data.excerpt,
		lang: data.lang,
		topics: data.topics,
		regions: data.regions,
		related: data.related,
		kind: 'kind' in data ? data.kind : undefined,
		startDate: 'startDate' in data ? data.startDate : undefined,
		endDate: 'endDate' in data ? data.endDate : undefined,
		location: 'location' in data ? data.location : undefined,
	};
}

async function loadSite(): Promise<Site> {
	const collections = await Promise.all(ENTRY_TYPES.map((type: EntryType) => getCollection(type, (entry) => !entry.data.draft)));
	const published = collections.flat() as AnyEntry[];
	const vocabularies = loadVocabularies(resolveContentDir());
	return {
		index: buildSiteIndex(published.map(toSummary)),
		entries: new Map(published.map((entry) => [entry.id, entry])),
		vocabularies,
		topics: termMap(vocabularies.topics),
		regions: termMap(vocabularies.regions),
	};
}

let site: Promise<Site> | undefined;

/** The published site, loaded on first use. */
export function getSite(): Promise<Site> {
	site ??= loadSite();
	return site;
}

export type Taxonomy = 'topics' | 'regions';

/**
 * Static paths of a topic's or region's paginated listing. Every term gets a
 * page, even before anything is filed under it, so links to it never break.
 */
export async function termListingPaths<P extends string>(taxonomy: Taxonomy, param: P) {
	const { index, vocabularies } = await getSite();
	const byTerm = taxonomy === 'topics' ? index.byTopic : index.byRegion;
	return vocabularies[taxonomy].flatMap((term) =>
		paginatedPaths(byTerm.get(term.slug) ?? [], { [param]: term.slug } as Record<P, string>, { taxonomy, term }),
	);
}
