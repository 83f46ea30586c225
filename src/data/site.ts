/**
 * Astro-bound access to the published entries. Loads the three collections once
 * per build (drafts left out) and builds the site index from them; every page
 * shares the result instead of calling getCollection again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readBodyFile } from '../lib/build-cache/body-files.ts';
import { cacheKeyOf, withCacheKeys } from '../lib/build-cache/cache-key.ts';
import { loadVocabularies, resolveContentDir } from '../entry-files/files.ts';
import { ENTRY_TYPES, type EntryType } from '../entry-types/index.ts';
import { paginatedPaths } from '../lib/routing/paging.ts';
import { buildSiteIndex, relatedEntries, sectionNeighbours, type EntrySummary, type SiteIndex } from '../lib/site/site-index.ts';
import type { SearchEntry } from '../lib/search/record.ts';
import { termMap } from '../lib/site/taxonomy.ts';
import { withBase } from '../lib/routing/paths.ts';
import type { UiKey } from '../translations/en.ts';
import type { Translate } from '../lib/i18n/translate.ts';
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

/** What an entry page shows of other entries: its newer and older neighbours in its section, and related entries. */
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

export type Taxonomy = 'topics' | 'regions';

/** Term slug → entries (newest first) of a taxonomy. */
export function entriesByTerm(index: SiteIndex, taxonomy: Taxonomy): Map<string, EntrySummary[]> {
	return taxonomy === 'topics' ? index.byTopic : index.byRegion;
}

/**
 * Static paths of a topic's or region's paginated listing. Every term gets a
 * page, even before anything is filed under it, so links to it never break.
 */
export async function termListingPaths<P extends string>(taxonomy: Taxonomy, param: P) {
	const { index, vocabularies } = await getSite();
	const byTerm = entriesByTerm(index, taxonomy);
	return withCacheKeys(vocabularies[taxonomy].flatMap((term) =>
		paginatedPaths(byTerm.get(term.slug) ?? [], { [param]: term.slug } as Record<P, string>, { taxonomy, term }),
	));
}

/** What search needs to know about an entry (see src/lib/search-record.ts). */
export function searchEntryOf(entry: AnyEntry, t: Translate, base: string): SearchEntry {
	const data = entry.data;
	const kind = 'kind' in data ? data.kind : undefined;
	const languages = [
		...('languages' in data ? data.languages : []),
		...data.links.flatMap((link) => (link.lang ? [link.lang] : [])),
		...('files' in data ? data.files.map((file) => file.lang) : []),
	];
	return {
		section: entry.collection,
		slug: entry.id,
		title: data.title,
		date: data.date,
		lang: data.lang,
		typeLabel: kind ? t(`kind.${kind}` as UiKey) : t(`type.${entry.collection}`),
		summary: data.summary ?? data.excerpt,
		topics: data.topics,
		regions: data.regions,
		languages,
		image: data.image?.src ? withBase(data.image.src, base) : undefined,
	};
}
